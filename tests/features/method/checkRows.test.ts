import { describe, expect, it } from 'vitest';
import { buildCheckRows, classLines, filterCheckRows, missLine, summaryLine, themeOptions } from '../../../src/features/method/checkRows';
import { fidelityTable, knownDifferences, summariseFidelity } from '../../../src/model';
import { loadData, loadGolden } from '../../helpers';

const data = loadData();
const KNOWN_DIFFERENCES = knownDifferences(data);
const golden = loadGolden();
const table = fidelityTable(golden, data);
const summary = summariseFidelity(table);
const rows = buildCheckRows(table, golden, data);
const byId = (id: string) => rows.find((r) => r.id === id)!;

describe('classLines', () => {
  it('gives one line per class, in order, whose counts add up to the whole table', () => {
    const lines = classLines(summary);
    expect(lines.map((l) => l.fitClass)).toEqual(['input', 'fitted', 'notFitted']);
    const counted = lines.map((l) => /^(\d+) of (\d+) match/.exec(l.count)!.slice(1).map(Number));
    expect(counted.reduce((a, [m]) => a + m!, 0)).toBe(summary.matched);
    expect(counted.reduce((a, [, t]) => a + t!, 0)).toBe(summary.total);
    expect(lines[2]!.name).toBe('Figures the model was not fitted to');
  });

  it('labels each row with its class', () => {
    expect(byId('hsc.spend').kind).toBe('Input shown back');
    expect(byId('hsc.npv.base').kind).toBe('Fitted to');
    expect(byId('total.pctSpend.prudent').kind).toBe('Not fitted: a test');
  });
});

describe('buildCheckRows', () => {
  it('has one row per published figure, matching exactly as the fidelity check does', () => {
    expect(rows).toHaveLength(golden.length);
    expect(rows.filter((r) => r.match)).toHaveLength(summary.matched);
    for (const [i, r] of rows.entries()) expect(r.match).toBe(table[i]!.match);
  });

  it('gives the documented reason for every figure that does not match, and none for those that do', () => {
    for (const r of rows) expect(r.reason).toBe(r.match ? '' : KNOWN_DIFFERENCES[r.id]);
  });

  it('formats money, shares as percentages, years and counts readably', () => {
    expect(byId('total.npv.base')).toMatchObject({ section: '6.1', published: '£20.6bn', allowed: '±\u00a0£0.05bn', match: true, themeLabel: 'Three themes together' });
    expect(byId('total.npv.base').model).toMatch(/^£20\.\d\dbn$/);
    expect(byId('hsc.share.DH')).toMatchObject({ published: '67%', model: '67.0%', allowed: '±\u00a00.5\u00a0points' });
    expect(byId('hsc.range.DH').published).toBe('56% to 96%');
    expect(byId('da.netAnnual').published).toBe('£0.1bn (prudent) to £0.4bn (base)');
    expect(byId('ws.dwpRemoved.prudent').published).toBe('£0.143bn');
    expect(byId('hsc.switchDelay')).toMatchObject({ published: '3 to 4 years', difference: 'inside the band', allowed: 'between 3 and 4 years' });
    expect(byId('hsc.switchDelay').figure).toMatch(/\(base\)$/);
    expect(byId('ws.switchDelay').published).toBe('3 years, read as between 3 and 4 years');
    expect(byId('fcn.cohort.national')).toMatchObject({ allowed: 'exact', difference: '0 families' });
    expect(byId('da.pilotA.net').figure).toMatch(/years 1 to 5/);
    expect(byId('hsc.net.base.y2').figure).toBe('Net benefit in year (year 2, base)');
    for (const r of rows) expect(Object.values(r).join(' ')).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it('shows the model one decimal place finer than the report, so near misses are visible', () => {
    expect(byId('total.pctSpend.base')).toMatchObject({ published: '8%', model: '7.4%', match: false });
    expect(byId('total.pctSpend.base').difference).toMatch(/^0\.\d\u00a0points?$/);
  });
});

describe('filters and summary', () => {
  it('filters by match and by theme', () => {
    expect(filterCheckRows(rows, 'all', 'all')).toHaveLength(rows.length);
    expect(filterCheckRows(rows, 'match', 'all')).toHaveLength(summary.matched);
    const misses = filterCheckRows(rows, 'miss', 'all');
    expect(misses).toHaveLength(summary.total - summary.matched);
    expect(misses.every((r) => !r.match)).toBe(true);
    const hsc = filterCheckRows(rows, 'all', 'hsc');
    expect(hsc.length).toBe(golden.filter((g) => g.theme === 'hsc').length);
    // Since issue 19 the £143m with DWP removed matches (DWP's share read within its rounding).
    expect(filterCheckRows(rows, 'miss', 'ws').map((r) => r.id).sort()).toEqual(['ws.partner.MoJ.base']);
  });

  it('offers every theme in the table once, after "All themes"', () => {
    const options = themeOptions(rows);
    expect(options[0]).toEqual({ value: 'all', label: 'All themes' });
    expect(options.map((o) => o.value).sort()).toEqual(['all', ...new Set(golden.map((g) => g.theme))].sort());
  });

  it('says how many match, as npm run fidelity does', () => {
    expect(summaryLine(summary)).toBe(
      `${summary.matched} of ${summary.total} published figures match at the precision the report printed them (${((100 * summary.matched) / summary.total).toFixed(1)}%).`,
    );
    expect(missLine(summary)).toMatch(new RegExp(`^The ${summary.total - summary.matched} that do not match`));
    expect(missLine({ ...summary, matched: summary.total })).toBe('Every published figure matches.');
    expect(missLine({ ...summary, unexplained: [table[0]!] })).toMatch(/1 have no documented reason yet/);
  });
});
