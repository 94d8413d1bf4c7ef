// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/model';
import { buildFlowLinks, buildLedgerRows, buildPositionRows, CREATED, LOST, NO_PAYER, PROGRAMME } from '../../../src/features/deal/dealRows';
import { ledgerSpec, paybackText, roiText, yearlyLedgerSpec } from '../../../src/features/deal/dealTables';
import { payWords } from '../../../src/lib/describe';
import { settingsWith, tinyData, tinyTheme } from '../../fixtures/model-data';

// The tiny case at 0%: benefits 45, costs 9; DH 60%, LG 40% (docs in tests/model/deal.test.ts).
const data = tinyData([tinyTheme({ shares: { DH: 0.6, LG: 0.4 } })]);
const rowsFor = (over: Parameters<typeof settingsWith>[0] = {}) => {
  const results = evaluate(data, settingsWith({ rate: 0, ...over }, data));
  return { results, rows: buildLedgerRows(results, data) };
};

describe('the ledger rows', () => {
  it('list every partner of the case, in its order, with what each gets and pays', () => {
    const { rows } = rowsFor({ pay: { kind: 'lead', partner: 'LG' } });
    expect(rows.map((r) => r.key)).toEqual(data.partners.map((p) => p.id));
    const lg = rows.find((r) => r.key === 'LG')!;
    expect(lg).toMatchObject({ where: 'local', pvBenefit: 18, pvCost: 9, npv: 9, costShare: 1, roi: 1, paybackYear: '2013-14' });
    expect(lg.years.map((y) => y.cumulative)).toEqual([-2, 0, 3, 6, 9]);
    const dwp = rows.find((r) => r.key === 'DWP')!;
    expect(dwp).toMatchObject({ pvBenefit: 0, pvCost: 0, costShare: 0, roi: null, paybackYear: null });
  });

  it('give the running totals a row a year, a column a partner', () => {
    const { rows } = rowsFor({ pay: { kind: 'lead', partner: 'LG' } });
    expect(buildPositionRows(rows)[0]).toMatchObject({ year: '2012-13', LG: -2, DH: 3 });
  });

  it('say in words when a partner pays nothing or never breaks even', () => {
    expect(paybackText({ pvCost: 0, paybackYear: null }, 5)).toBe('Nothing to pay back');
    expect(paybackText({ pvCost: 2, paybackYear: null }, 5)).toBe('Not within 5 years');
    expect(roiText(null)).toBe('Pays nothing');
    expect(roiText(-0.25)).toBe('−£0.25 per £1');
  });

  it('make a table a partner a row, and a year-by-year table a block a partner', () => {
    const { rows } = rowsFor();
    const spec = ledgerSpec(rows, 5);
    expect(spec.rows).toHaveLength(data.partners.length);
    expect(spec.rows.find((r) => r.key === 'DH')!.cells.map((c) => c.text)).toEqual(['Central', '£27.0bn', '£5.4bn', '60%', '£21.6bn', '£4.00 per £1', '2012-13']);
    const years = yearlyLedgerSpec(rows);
    expect(years.rows).toHaveLength(data.partners.length * 5);
    expect(new Set(years.rows.map((r) => r.group)).size).toBe(data.partners.length);
  });
});

describe('the money flows', () => {
  const inOut = (links: ReturnType<typeof buildFlowLinks>) => [
    links.filter((l) => l.to === PROGRAMME).reduce((a, l) => a + l.value, 0),
    links.filter((l) => l.from === PROGRAMME).reduce((a, l) => a + l.value, 0),
  ];

  it('balance: what the payers put in and the net benefit created is what the partners get out', () => {
    const { results, rows } = rowsFor();
    const links = buildFlowLinks(rows, results.total.npv.toNumber(), 0);
    expect(links.find((l) => l.from === CREATED)?.value ?? 0).toBeCloseTo(36, 12);
    const [into = 0, out = 0] = inOut(links);
    expect(into).toBeCloseTo(out, 12);
  });

  it('show costs nobody has agreed to pay as coming from no payer', () => {
    const { results, rows } = rowsFor({ pay: { kind: 'custom' }, payShares: { DH: 0.5 } });
    const unpaid = results.deal.gap * results.total.pvCost.toNumber();
    const links = buildFlowLinks(rows, results.total.npv.toNumber(), unpaid);
    expect(links.find((l) => l.from === NO_PAYER)?.value ?? 0).toBeCloseTo(4.5, 12);
    const [into = 0, out = 0] = inOut(links);
    expect(into).toBeCloseTo(out, 12);
  });

  it('send a net loss to its own node', () => {
    const loss = tinyData([tinyTheme({ scenario: { costs: [60, 0, 0, 0, 0], ongoing: 0 } })]);
    const results = evaluate(loss, settingsWith({ rate: 0 }, loss));
    const links = buildFlowLinks(buildLedgerRows(results, loss), results.total.npv.toNumber(), 0);
    expect(links.find((l) => l.to === LOST)?.value ?? 0).toBeCloseTo(15, 12);
    const [into = 0, out = 0] = inOut(links);
    expect(into).toBeCloseTo(out, 12);
  });
});

describe('payWords', () => {
  const names = (over: Parameters<typeof settingsWith>[0]) => payWords(settingsWith(over, data), data);
  it('names the rule, its partner and the agreed shares', () => {
    expect(names({})).toBe('Each partner pays its share of each theme’s costs');
    expect(names({ pay: { kind: 'lead', partner: 'LG' } })).toBe('Partner LG pays every cost');
    expect(names({ pay: { kind: 'custom' }, payShares: { DH: 0.4, LG: 0.6 } })).toBe('Agreed shares of every cost: Partner DH 40%, Partner LG 60%');
    expect(names({ pay: { kind: 'custom' } })).toBe('Agreed shares of every cost: none yet');
    expect(names({ pay: { kind: 'breakeven' }, breakeven: 9 })).toMatch(/break even by year 5$/);
  });
});
