// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type Decimal from 'decimal.js';
import { discountFactors } from '../../src/model/discount';
import { evaluate } from '../../src/model/evaluate';
import { presentValue } from '../../src/model/flows';
import { money } from '../../src/model/money';
import { allocate, allocationWeights, type Allocation, type ThemeSplit } from '../../src/model/partners';
import { PARTNER_IDS, type Partner, type PartnerAllocation, type PartnerLens, type Result, type Theme } from '../../src/model/types';
import { loadRealData, randomSettings, seededRandom, settingsWith, tinyData, tinyPartners, tinyTheme } from '../fixtures/model-data';

type Net = { yearly: Decimal[]; annual: Decimal };
/** A theme whose net benefit is all benefit (no costs), split under a lens. */
const splitOf = (theme: Theme, lens: PartnerLens, net: Net, factors: Decimal[]): ThemeSplit => ({
  themeId: theme.id, weights: allocationWeights(theme, lens), benefit: net.yearly, cost: net.yearly.map(() => money(0)),
  pvBenefit: presentValue(net.yearly, factors), pvCost: money(0), steadyBenefit: net.annual, steadyCost: money(0),
});
const allocateTheme = (theme: Theme, lens: PartnerLens, net: Net, factors: Decimal[], partners: Partner[]) => allocate([splitOf(theme, lens, net, factors)], null, factors, '2012-13', partners);

const weightsOf = (w: Partial<Record<string, Decimal>>) =>
  Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v?.toNumber()]));

const allLenses: PartnerLens[] = [
  { kind: 'all' },
  ...PARTNER_IDS.flatMap((partner): PartnerLens[] => [
    { kind: 'lead', partner },
    { kind: 'exclude', partner },
  ]),
];

function expectWeights(actual: Partial<Record<string, Decimal>>, expected: Record<string, number>) {
  const got = weightsOf(actual);
  expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(got[k]).toBeCloseTo(v, 14);
}

describe('allocationWeights', () => {
  const even = tinyTheme({ shares: { DH: 0.6, LG: 0.4 } });
  const short = tinyTheme({ shares: { DH: 0.67, LG: 0.31 } }); // adds to 98%, like health and care
  const three = tinyTheme({ shares: { DWP: 0.5, HO: 0.3, DH: 0.2 } });

  it.each<[string, ReturnType<typeof tinyTheme>, PartnerLens, Record<string, number>]>([
    ['all, shares add to 100%', even, { kind: 'all' }, { DH: 0.6, LG: 0.4 }],
    ['all, shares add to 98% (divided by their sum)', short, { kind: 'all' }, { DH: 0.67 / 0.98, LG: 0.31 / 0.98 }],
    ['lead keeps everything', even, { kind: 'lead', partner: 'DH' }, { DH: 1 }],
    ['lead with no share still keeps everything', even, { kind: 'lead', partner: 'MoJ' }, { MoJ: 1 }],
    ['exclude leaves the other', even, { kind: 'exclude', partner: 'DH' }, { LG: 1 }],
    ['exclude with short shares', short, { kind: 'exclude', partner: 'LG' }, { DH: 1 }],
    ['exclude divides the rest pro rata', three, { kind: 'exclude', partner: 'DWP' }, { HO: 0.6, DH: 0.4 }],
    ['exclude another', three, { kind: 'exclude', partner: 'DH' }, { DWP: 0.625, HO: 0.375 }],
    ['exclude a partner without a share changes nothing', three, { kind: 'exclude', partner: 'LG' }, { DWP: 0.5, HO: 0.3, DH: 0.2 }],
    ['exclude the only partner: unallocated', tinyTheme({ shares: { DH: 1 } }), { kind: 'exclude', partner: 'DH' }, { unallocated: 1 }],
    ['no shares at all: unallocated', tinyTheme({ shares: {} }), { kind: 'all' }, { unallocated: 1 }],
    ['zero shares: unallocated', tinyTheme({ shares: { DH: 0, LG: 0 } }), { kind: 'all' }, { unallocated: 1 }],
  ])('%s', (_name, theme, lens, expected) => {
    expectWeights(allocationWeights(theme, lens), expected);
  });

  it('add to exactly one for every real theme under every lens', () => {
    const data = loadRealData();
    for (const theme of data.themes) {
      for (const lens of allLenses) {
        const w = Object.values(allocationWeights(theme, lens)).reduce<Decimal>((a, v) => a.plus(v ?? 0), money(0));
        expect(w.minus(1).abs().toNumber(), `${theme.id} ${JSON.stringify(lens)}`).toBeLessThan(1e-15);
        for (const v of Object.values(allocationWeights(theme, lens))) expect(v?.gte(0)).toBe(true);
      }
    }
  });

  it('never give the excluded partner anything', () => {
    const data = loadRealData();
    for (const theme of data.themes) {
      for (const partner of PARTNER_IDS) {
        expect(allocationWeights(theme, { kind: 'exclude', partner })[partner]).toBeUndefined();
      }
    }
  });

  it('do not change the theme', () => {
    const theme = tinyTheme({ shares: { DH: 0.5, LG: 0.3 } });
    const copy = structuredClone(theme);
    allocationWeights(theme, { kind: 'exclude', partner: 'DH' });
    allocationWeights(theme, { kind: 'all' });
    expect(theme).toEqual(copy);
  });
});

describe('allocateTheme (hand-computed)', () => {
  // Net 1, 8, 9, 9, 9 a year; 9 a year in the steady state; 0% rate so NPV = 36.
  const theme = tinyTheme({ shares: { DH: 0.6, LG: 0.4 } });
  const net = { yearly: [1, 8, 9, 9, 9].map((v) => money(v)), annual: money(9) };
  const factors = discountFactors(0, 5);
  const partners = tinyPartners();

  const plain = (a: PartnerAllocation | undefined) =>
    a && { annual: a.annual.toNumber(), share: a.share, pctOfBudget: a.pctOfBudget, npv: a.npv.toNumber(), yearly: a.yearly.map((v) => v.toNumber()) };

  it('all together: each partner its share of every figure', () => {
    const out = allocateTheme(theme, { kind: 'all' }, net, factors, partners);
    expect(Object.keys(out).sort()).toEqual(['DH', 'LG']);
    const dh = plain(out.DH);
    const lg = plain(out.LG);
    expect(dh?.annual).toBeCloseTo(5.4, 14);
    expect(dh?.share).toBeCloseTo(0.6, 14);
    expect(dh?.pctOfBudget).toBeCloseTo(5.4 / 100, 14);
    expect(dh?.npv).toBeCloseTo(21.6, 14);
    [0.6, 4.8, 5.4, 5.4, 5.4].forEach((v, i) => expect(dh?.yearly[i]).toBeCloseTo(v, 14));
    expect(lg?.annual).toBeCloseTo(3.6, 14);
    expect(lg?.pctOfBudget).toBeCloseTo(3.6 / 50, 14);
    expect(lg?.npv).toBeCloseTo(14.4, 14);
  });

  it('discounts each partner’s yearly amounts with the factors', () => {
    const f = discountFactors(0.1, 5);
    const out = allocateTheme(theme, { kind: 'all' }, net, f, partners);
    const expected = 0.6 * (1 + 8 / 1.1 + 9 / 1.21 + 9 / 1.331 + 9 / 1.4641);
    expect(out.DH?.npv.toNumber()).toBeCloseTo(expected, 12);
  });

  it('uses a theme’s own budget figure where the report gives one', () => {
    // DWP: 200 in general, 80 for hsc.
    const out = allocateTheme(theme, { kind: 'lead', partner: 'DWP' }, net, factors, partners);
    expect(out.DWP?.annual.toNumber()).toBe(9);
    expect(out.DWP?.share).toBe(1);
    expect(out.DWP?.pctOfBudget).toBeCloseTo(9 / 80, 14);
    const ws = tinyTheme({ id: 'ws', shares: { DWP: 1 } });
    expect(allocateTheme(ws, { kind: 'all' }, net, factors, partners).DWP?.pctOfBudget).toBeCloseTo(9 / 200, 14);
  });

  it('gives no percentage of budget without a budget, or for the unallocated part', () => {
    const dfe = allocateTheme(theme, { kind: 'lead', partner: 'DfE' }, net, factors, partners);
    expect(dfe.DfE?.pctOfBudget).toBeNull(); // DfE's budget is 0 in the fixture
    const noPartners = allocateTheme(theme, { kind: 'all' }, net, factors, []);
    expect(noPartners.DH?.pctOfBudget).toBeNull();
    const none = allocateTheme(tinyTheme({ shares: {} }), { kind: 'all' }, net, factors, partners);
    expect(Object.keys(none)).toEqual(['unallocated']);
    expect(none.unallocated?.pctOfBudget).toBeNull();
    expect(none.unallocated?.annual.toNumber()).toBe(9);
  });

  it('gives no share when the steady-state net is zero', () => {
    const zero = { yearly: [1, 2, 3, 4, 5].map((v) => money(v)), annual: money(0) };
    const out = allocateTheme(theme, { kind: 'all' }, zero, factors, partners);
    expect(out.DH?.share).toBeNull();
    expect(out.DH?.annual.toNumber()).toBe(0);
    expect(out.DH?.npv.toNumber()).toBeCloseTo(9, 14);
  });

  it('splits a loss the same way as a gain', () => {
    const loss = { yearly: [-5, -5, -5, -5, -5].map((v) => money(v)), annual: money(-2) };
    const out = allocateTheme(theme, { kind: 'all' }, loss, factors, partners);
    expect(out.DH?.annual.toNumber()).toBeCloseTo(-1.2, 14);
    expect(out.DH?.share).toBeCloseTo(0.6, 14);
    expect(out.LG?.npv.toNumber()).toBeCloseTo(-10, 14);
  });
});

describe('allocate across themes (hand-computed)', () => {
  const partners = tinyPartners();
  const factors = discountFactors(0, 5);
  const splitA = splitOf(tinyTheme({ shares: { DH: 0.6, LG: 0.4 } }), { kind: 'all' }, { yearly: [1, 1, 1, 1, 1].map((v) => money(v)), annual: money(10) }, factors);
  const splitB = splitOf(tinyTheme({ id: 'ws', shares: { DWP: 0.5, LG: 0.5 } }), { kind: 'all' }, { yearly: [2, 2, 2, 2, 2].map((v) => money(v)), annual: money(4) }, factors);
  const a = allocate([splitA], null, factors, '2012-13', partners);
  const b = allocate([splitB], null, factors, '2012-13', partners);
  const snapshot = (x: Allocation) => JSON.stringify(Object.entries(x).map(([k, v]) => [k, v?.annual.toString(), v?.share, v?.pctOfBudget, v?.npv.toString()]));
  const before = [snapshot(a), snapshot(b)];
  const total = allocate([splitA, splitB], null, factors, '2012-13', partners);

  it('adds each partner’s amounts across themes', () => {
    expect(Object.keys(total).sort()).toEqual(['DH', 'DWP', 'LG']);
    expect(total.DH?.annual.toNumber()).toBeCloseTo(6, 14);
    expect(total.LG?.annual.toNumber()).toBeCloseTo(4 + 2, 14);
    expect(total.DWP?.annual.toNumber()).toBeCloseTo(2, 14);
    expect(total.LG?.yearly.map((v) => v.toNumber())).toEqual([1.4, 1.4, 1.4, 1.4, 1.4]);
    expect(total.LG?.npv.toNumber()).toBeCloseTo(7, 14);
  });

  it('works out shares of the total and percentages of the general budget', () => {
    expect(total.DH?.share).toBeCloseTo(6 / 14, 14);
    expect(total.LG?.share).toBeCloseTo(6 / 14, 14);
    expect(total.DWP?.share).toBeCloseTo(2 / 14, 14);
    // The total uses the general budget (200), not the hsc figure (80).
    expect(total.DWP?.pctOfBudget).toBeCloseTo(2 / 200, 14);
    expect(total.LG?.pctOfBudget).toBeCloseTo(6 / 50, 14);
  });

  it('leaves the theme allocations as they were', () => {
    expect([snapshot(a), snapshot(b)]).toEqual(before);
    expect(a.LG?.share).toBeCloseTo(0.4, 14);
  });

  it('of nothing is nothing', () => {
    expect(allocate([], null, factors, '2012-13', partners)).toEqual({});
  });
});

describe('partner allocations through evaluate', () => {
  const data = loadRealData();
  const sumOf = (r: Result, pick: (a: PartnerAllocation) => Decimal) =>
    Object.values(r.partners).reduce<Decimal>((acc, a) => (a ? acc.plus(pick(a)) : acc), money(0));

  it('add up to the totals for random settings (seeded): annual, yearly and NPV', () => {
    const rng = seededRandom(314);
    for (let i = 0; i < 40; i++) {
      const s = randomSettings(rng, { nonEmptyThemes: true });
      const results = evaluate(data, s);
      const all: [string, Result][] = [['total', results.total], ...Object.entries(results.themes).map(([k, v]) => [k, v as Result] as [string, Result])];
      for (const [name, r] of all) {
        const label = `${name} ${JSON.stringify(s)}`;
        expect(sumOf(r, (a) => a.annual).minus(r.annualNet).abs().toNumber(), label).toBeLessThan(1e-12);
        expect(sumOf(r, (a) => a.npv).minus(r.npv).abs().toNumber(), label).toBeLessThan(1e-12);
        r.yearly.forEach((y, t) => {
          expect(sumOf(r, (a) => a.yearly[t] ?? money(Number.NaN)).minus(y.net).abs().toNumber(), label).toBeLessThan(1e-12);
        });
        if (!r.annualNet.isZero()) {
          const shares = Object.values(r.partners).reduce((acc, a) => acc + (a?.share ?? Number.NaN), 0);
          expect(shares, label).toBeCloseTo(1, 12);
        }
      }
    }
  });

  it('lead: everything goes to the lead partner', () => {
    for (const partner of PARTNER_IDS) {
      const r = evaluate(data, settingsWith({ lens: { kind: 'lead', partner } }));
      expect(Object.keys(r.total.partners)).toEqual([partner]);
      expect(r.total.partners[partner]?.annual.minus(r.total.annualNet).abs().toNumber()).toBeLessThan(1e-12);
    }
  });

  it('exclude: the excluded partner gets nothing', () => {
    for (const partner of PARTNER_IDS) {
      const r = evaluate(data, settingsWith({ lens: { kind: 'exclude', partner } }));
      expect(r.total.partners[partner]).toBeUndefined();
    }
  });

  it('a hand-made two-theme case through evaluate', () => {
    const two = tinyData([tinyTheme({ shares: { DH: 0.6, LG: 0.4 } }), tinyTheme({ id: 'ws', shares: { DWP: 1 } })]);
    const r = evaluate(two, settingsWith({ rate: 0 }, two));
    // Each theme: steady net 10 − 1 = 9 a year; NPV 36.
    expect(r.total.partners.DH?.annual.toNumber()).toBeCloseTo(5.4, 14);
    expect(r.total.partners.LG?.annual.toNumber()).toBeCloseTo(3.6, 14);
    expect(r.total.partners.DWP?.annual.toNumber()).toBeCloseTo(9, 14);
    expect(r.total.partners.DWP?.share).toBeCloseTo(0.5, 14);
    expect(r.total.partners.DWP?.npv.toNumber()).toBeCloseTo(36, 14);
    expect(r.themes.hsc?.partners.DH?.share).toBeCloseTo(0.6, 14);
    expect(r.themes.ws?.partners.DWP?.pctOfBudget).toBeCloseTo(9 / 200, 14);
  });
});
