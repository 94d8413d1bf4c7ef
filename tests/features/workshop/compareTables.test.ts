import { describe, expect, it } from 'vitest';
import type { CompareFigureRow, ComparePartnerRow } from '../../../src/features/workshop/compareRows';
import { compareFiguresSpec, compareProfileSpec, partnerText, rowText } from '../../../src/features/workshop/compareTables';
import { buildCompareFigures, buildCompareProfile, resolveSide } from '../../../src/features/workshop/compareRows';
import { defaultSettings, evaluate } from '../../../src/model';
import { loadData } from '../../helpers';
import { formatMoney, formatPercent, formatYears } from '../../../src/lib/format';

const M = '\u2212';
const row = (kind: CompareFigureRow['kind'], a: number | null, b: number | null): CompareFigureRow => ({ id: 'x', label: 'x', kind, a, b });
/** A, B and the difference (A − B) as shown, and the difference as read aloud. */
const shown = (r: CompareFigureRow, order: 'a-b' | 'b-a' = 'a-b') => {
  const t = rowText(r, order);
  return [t.a, t.b, t.diff.text, t.diff.spoken];
};
const partner = (a: number, b: number): ComparePartnerRow => ({ key: 'MoJ', name: 'Ministry of Justice', label: 'Justice', a, b, annualA: a / 5, annualB: b / 5, shareA: null, shareB: null });

describe('comparison rows read as the headline reads', () => {
  it('formats each figure exactly as the headline does: no "£9,605m" beside "£9.6bn"', () => {
    for (const [a, b] of [
      [9.605, 0.8],
      [0.8, 1.3],
      [20.6, 9.4],
    ]) {
      const t = rowText(row('money', a!, b!));
      expect([t.a, t.b]).toEqual([formatMoney(a), formatMoney(b)]);
    }
    expect(shown(row('money', 9.605, 0.8))).toEqual(['£9.6bn', '£800m', '▲ £8.8bn', 'up £8.8bn']);
    expect(shown(row('percent', 0.12, 0.083)).slice(0, 2)).toEqual([formatPercent(0.12), formatPercent(0.083)]);
    expect(shown(row('years', 3.04, 3.37)).slice(0, 2)).toEqual([formatYears(3.04), formatYears(3.37)]);
  });

  it('gives the difference of the figures as shown: not "+0.3 years" between 3.4 and 3', () => {
    // 3.35 and 3.04 years show as "3.4 years" and "3 years"; unrounded they are 0.31 apart.
    expect(shown(row('years', 3.35, 3.04))).toEqual(['3.4 years', '3 years', '+0.4 years', '0.4 years more']);
    expect(shown(row('years', 3.04, 2.035))).toEqual(['3 years', '2 years', '+1 year', '1 year more']);
    expect(shown(row('percent', 0.6643, 0.734))).toEqual(['66%', '73%', `${M}7 points`, 'down 7 percentage points']);
    expect(shown(row('percent', 0.02, 0.03))).toEqual(['2%', '3%', `${M}1 point`, 'down 1 percentage point']);
    expect(shown(row('money', 7.066, 7.42))).toEqual(['£7.1bn', '£7.4bn', '▼ £0.3bn', 'down £0.3bn']);
  });

  it('says "no change" exactly when the two figures show the same', () => {
    expect(shown(row('money', 0.12341, 0.12344))).toEqual(['£123m', '£123m', 'no change', 'no change']);
    expect(shown(row('money', 0.1234, 0.1238))).toEqual(['£123m', '£124m', '▼ £1m', 'down £1m']);
    expect(shown(row('percent', 0.074, 0.0741))).toEqual(['7.4%', '7.4%', 'no change', 'no change']);
    expect(shown(row('years', 2.96, 3.04))).toEqual(['3 years', '3 years', 'no change', 'no change']);
  });

  it('reads current minus the other: the order turns the sign and the arrow', () => {
    expect(shown(row('money', 20.6, 9.4), 'a-b')[2]).toBe('▲ £11.2bn');
    expect(shown(row('money', 20.6, 9.4), 'b-a')[2]).toBe('▼ £11.2bn');
    expect(rowText({ id: 'p', label: 'p', kind: 'year', a: '2015-16', b: '2013-14' }, 'a-b').diff.text).toBe('2 years later');
    expect(rowText({ id: 'p', label: 'p', kind: 'year', a: '2015-16', b: '2013-14' }, 'b-a').diff.text).toBe('2 years earlier');
  });

  it('leaves a missing side as a dash, or the headline card’s words', () => {
    expect(shown(row('percent', null, 0.03))).toEqual(['–', '3%', '–', 'no difference can be given']);
    expect(rowText({ ...row('percent', null, 0.5), words: ['none', '50%'] }).a).toBe('none');
  });
});

describe('partner rows', () => {
  it('gives each partner’s figures over the horizon and a year, formatted as on the partner chart', () => {
    const t = partnerText(partner(0.15, 0.285));
    expect(t.npv).toEqual({ a: '£150m', b: '£285m', diff: { text: '▼ £135m', spoken: 'down £135m' } });
    expect(t.annual).toEqual({ a: '£30.0m', b: '£57.0m', diff: { text: '▼ £27.0m', spoken: 'down £27.0m' } });
    expect(partnerText(partner(0, 0)).npv).toEqual({ a: '£0m', b: '£0m', diff: { text: 'no change', spoken: 'no change' } });
  });
});

describe('tables with a third and fourth scenario', () => {
  const data = loadData();
  const base = defaultSettings();
  const half = { ...base, leakage: 0.5 };
  const [ra, rh] = [evaluate(data, base), evaluate(data, half)];
  const a = resolveSide('current', base, []);
  const b = resolveSide('preset:prudent', base, []);
  it('add C and D columns after the difference, each with its own figures', () => {
    const rows = buildCompareFigures(ra, ra, base, base);
    const spec = compareFiguresSpec(a, b, rows, 'a-b', [{ letter: 'C', side: { ref: 'current', label: 'Half', settings: half }, rows: buildCompareFigures(rh, rh, half, half) }]);
    expect(spec.columns.map((c) => c.header)).toEqual(['Figure', 'A: Current settings', 'B: Preset: Report prudent', 'Difference (A − B)', 'C: Half']);
    const npv = spec.rows.find((r) => r.key === 'npv')!;
    expect(npv.cells[3]!.text).toBe(formatMoney(rh.total.npv.toNumber()));
    expect(compareFiguresSpec(a, b, rows, 'a-b').columns).toHaveLength(4);
  });
  it('give the profile table a year and a running column for each', () => {
    const spec = compareProfileSpec(buildCompareProfile(ra, ra, { d: rh }));
    expect(spec.columns.map((c) => c.header)).toEqual(['Year', 'A: year', 'B: year', 'D: year', 'A: running total', 'B: running total', 'D: running total']);
  });
});
