import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate } from '../../../src/model';
import { csvCell, headerLines, ledgerTable, partnerTable, toCsv, workbookSheets, yearlyTable } from '../../../src/features/workshop/exports';
import { fileSlug } from '../../../src/lib/download';
import { tableHead, tableValues } from '../../../src/ui/tableSpec';
import { describeAssumptions, describeDifferences } from '../../../src/lib/describe';
import { loadData } from '../../helpers';

const data = loadData();
const settings = { ...defaultSettings(), scenario: 0, leakage: 0.2 };
const results = evaluate(data, settings);
const NOW = new Date('2025-03-31T10:00:00Z');

describe('CSV', () => {
  it('quotes only what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('starts with a byte-order mark, uses CRLF, and carries settings and source above the table', () => {
    const table = yearlyTable(results, data);
    const text = toCsv(table, headerLines(table.caption, settings, data, 'https://example.org/?scenario=prudent', NOW));
    expect(text.startsWith('\uFEFFCommunity Budgets Explorer,Net benefit each year by theme\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).toContain('\r\nScenario (prudent to base),Report prudent (0%)\r\n');
    expect(text).toContain('\r\nLeakage,20%\r\n');
    expect(text).toContain('\r\nThemes included,Health and social care; Families with complex needs; Work and skills\r\n');
    expect(text).toContain('Source,"Ernst & Young for the Local Government Association (2013), Whole Place');
    expect(text).toContain('\r\n\r\nYear,Theme,Benefit (£bn),Cost (£bn),Net benefit (£bn)');
  });

  it('yearly rows add up: the themes give the total each year', () => {
    const rows = tableValues(yearlyTable(results, data));
    expect(rows).toHaveLength(4 * 5);
    const totals = rows.filter((r) => r[1] === 'All themes');
    totals.forEach((t, i) => {
      const sum = rows.filter((r) => r[0] === t[0] && r[1] !== 'All themes').reduce((s, r) => s + (r[5] as number), 0);
      expect(sum).toBeCloseTo(t[5] as number, 5);
      expect(t[6]).toBeCloseTo(results.total.yearly[i]!.cumulativeDiscounted.toNumber(), 5);
    });
  });

  it('partner rows add up to the annual net benefit', () => {
    const table = partnerTable(results, data, settings);
    expect(tableHead(table).slice(-5)).toEqual(['2012-13 net benefit (£bn)', '2013-14 net benefit (£bn)', '2014-15 net benefit (£bn)', '2015-16 net benefit (£bn)', '2016-17 net benefit (£bn)']);
    const sum = tableValues(table).reduce((s, r) => s + (r[1] as number), 0);
    expect(sum).toBeCloseTo(results.total.annualNet.toNumber(), 5);
    expect(tableValues(table)[0]?.[0]).toBe('Department of Health');
  });
});

describe('partner ledger', () => {
  it('has a row a partner a year whose costs add up to each year’s total, under the payment rule', () => {
    const lead = { ...settings, pay: { kind: 'lead' as const, partner: 'LG' } };
    const r = evaluate(data, lead);
    const table = ledgerTable(r, data, lead);
    expect(table.caption).toBe('Each partner’s ledger: Local government pays every cost');
    expect(table.rows).toHaveLength(data.partners.length * lead.horizon);
    const values = tableValues(table);
    const lgCosts = values.filter((v) => v[0] === 'Local government').map((v) => Number(v[3]));
    r.total.yearly.forEach((y, i) => expect(lgCosts[i]).toBeCloseTo(y.cost.toNumber(), 6));
    expect(values.filter((v) => v[0] === 'Department of Health').every((v) => v[3] === 0)).toBe(true);
  });
});

describe('workbook', () => {
  it('has a sheet per table and one of assumptions with sources', () => {
    const sheets = workbookSheets(results, data, settings, 'https://example.org/', NOW);
    expect(sheets.map((s) => s.name)).toEqual(['Yearly by theme', 'Partners', 'Partner ledger', 'Assumptions and sources']);
    const assumptions = sheets[3]!.rows;
    expect(assumptions[0]?.map((c) => c.value)).toEqual(['Assumption', 'Value', 'Source']);
    expect(assumptions.some((r) => r[0]?.value === 'Discount rate' && r[1]?.value === '3.5%' && r[2]?.value === 'EY 2013, 3.4')).toBe(true);
    expect(assumptions.some((r) => String(r[2]?.value).startsWith('fitted, not printed in the report: chosen so the model reproduces'))).toBe(true);
    expect(assumptions.every((r) => !/scripts\/|\.ts\b/.test(String(r[2]?.value)))).toBe(true);
    const yearly = sheets[0]!.rows;
    const head = yearly.findIndex((r) => r[0]?.value === 'Year');
    expect(yearly[head + 1]?.[2]).toMatchObject({ format: '#,##0.000' });
  });
});

describe('words for settings', () => {
  it('describes every assumption and the differences from the report base', () => {
    const lines = describeAssumptions({ ...settings, lens: { kind: 'lead', partner: 'DH' }, leakageByTheme: { hsc: 0.3 } }, data);
    expect(lines.map((l) => l.label)).toContain('Leakage: Health and social care');
    expect(lines.find((l) => l.label === 'Who takes part (partner lens)')?.value).toBe('Department of Health acts alone');
    expect(describeDifferences(defaultSettings(), data)).toBe('The report’s base settings');
    expect(describeDifferences({ ...defaultSettings(), scenario: 0.4, delay: 1 }, data)).toBe('Blend: 40% of the way from prudent to base; Delay 1 year');
  });

  it('makes safe file names', () => {
    expect(fileSlug('Who gets the savings: A and B')).toBe('who-gets-the-savings-a-and-b');
    expect(fileSlug('£££')).toBe('export');
  });
});
