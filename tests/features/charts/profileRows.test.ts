import { describe, expect, it } from 'vitest';
import { alignedAxes, buildProfileRows, flattenProfileRows, MOST_STACKED, niceStep, OTHER_THEMES, otherThemeCount, profileThemes, runningExtent, yearExtent } from '../../../src/features/charts/profileRows';
import { profileTableSpec } from '../../../src/features/charts/chartTables';
import { defaultSettings, evaluate, vocabularyOf } from '../../../src/model';
import { largeCase } from '../../model/largeCase';
import { publishedYearlyTotals } from '../../../src/state';
import { loadData, loadGolden } from '../../helpers';

const data = loadData();

describe('buildProfileRows', () => {
  it('gives one row per year whose themes add up to the total discounted net benefit', () => {
    const results = evaluate(data, defaultSettings());
    const rows = buildProfileRows(results, data);
    expect(rows.map((r) => r.year)).toEqual(['2012-13', '2013-14', '2014-15', '2015-16', '2016-17']);
    rows.forEach((row, i) => {
      const year = results.total.yearly[i]!;
      expect(Object.keys(row.themes)).toEqual(['hsc', 'fcn', 'ws']);
      const sum = Object.values(row.themes).reduce((a, v) => a + v, 0);
      expect(sum).toBeCloseTo(year.netDiscounted.toNumber(), 9);
      expect(row.total).toBeCloseTo(year.netDiscounted.toNumber(), 12);
      expect(row.cumulative).toBeCloseTo(year.cumulativeDiscounted.toNumber(), 12);
      expect(row.published).toBeNull();
    });
    expect(rows.at(-1)!.cumulative).toBeCloseTo(results.total.npv.toNumber(), 9);
  });

  it('follows the horizon and the themes switched on', () => {
    const settings = { ...defaultSettings(), horizon: 8, themes: ['hsc' as const, 'ro' as const] };
    const results = evaluate(data, settings);
    const rows = buildProfileRows(results, data);
    expect(rows).toHaveLength(8);
    expect(profileThemes(results, data)).toEqual(['hsc', 'ro']);
    expect(Object.keys(rows[0]!.themes)).toEqual(['hsc', 'ro']);
  });

  it('stacks the largest themes of a large case one by one and the rest as one band, which stays put as sliders move', () => {
    const big = largeCase({ themes: 20, years: 8, partners: 4 }, 3);
    const settings = defaultSettings(vocabularyOf(big));
    const results = evaluate(big, settings);
    const ids = profileThemes(results, big);
    const byGross = [...big.themes].sort((a, b) => b.scenarios.base.grossBenefit.value - a.scenarios.base.grossBenefit.value);
    expect(ids).toHaveLength(MOST_STACKED);
    expect(ids.at(-1)).toBe(OTHER_THEMES);
    expect(new Set(ids.slice(0, -1))).toEqual(new Set(byGross.slice(0, MOST_STACKED - 1).map((t) => t.id)));
    // In the case's own order, for its colours.
    expect(ids.slice(0, -1)).toEqual(big.themes.map((t) => t.id).filter((id) => ids.includes(id)));
    expect(otherThemeCount(results, big, ids)).toBe(20 - (MOST_STACKED - 1));
    const rows = buildProfileRows(results, big);
    rows.forEach((row, i) => {
      const rest = big.themes.filter((t) => !ids.includes(t.id)).reduce((a, t) => a + results.themes[t.id]!.yearly[i]!.netDiscounted.toNumber(), 0);
      expect(row.themes[OTHER_THEMES]).toBeCloseTo(rest, 9);
      expect(Object.values(row.themes).reduce((a, v) => a + v, 0)).toBeCloseTo(row.total, 9);
    });
    expect(profileThemes(evaluate(big, { ...settings, leakage: 0.9, scale: 0.2, delay: 3 }), big)).toEqual(ids);
    expect(profileTableSpec(rows, big, ids, false, otherThemeCount(results, big, ids)).columns.map((c) => c.header)).toContain('Other themes (13)');
  });

  it('under a partner’s lead, stacks the largest themes as that partner counts them', () => {
    const many = largeCase({ themes: 30, years: 6, partners: 12 }, 4);
    const lens = { kind: 'lead' as const, partner: 'P02' };
    const settings = { ...defaultSettings(vocabularyOf(many)), lens };
    const inIt = many.themes.filter((t) => t.partnerShares.P02);
    expect(inIt.length).toBeGreaterThanOrEqual(MOST_STACKED);
    expect(inIt.length).toBeLessThan(many.themes.length - MOST_STACKED);
    // Never a theme it has no share in (nothing to draw) while one it has waits.
    const led = profileThemes(evaluate(many, settings), many, lens).slice(0, -1);
    for (const id of led) expect(many.themes.find((t) => t.id === id)!.partnerShares.P02).toBeDefined();
  });

  it('puts the published totals beside the model for the base scenario, within rounding', () => {
    const results = evaluate(data, defaultSettings());
    const published = publishedYearlyTotals(loadGolden(), 'base');
    expect(published).toEqual([2.4, 4.6, 4.6, 4.6, 4.5]);
    const rows = buildProfileRows(results, data, published);
    rows.forEach((r) => expect(Math.abs(r.total - (r.published ?? NaN))).toBeLessThan(0.16));
  });

  it('flattens rows for recharts with theme ids as keys', () => {
    const rows = buildProfileRows(evaluate(data, defaultSettings()), data);
    const flat = flattenProfileRows(rows);
    expect(flat[0]!.hsc).toBe(rows[0]!.themes.hsc);
    expect(flat[0]).not.toHaveProperty('themes');
  });
});

describe('axes for the profile chart', () => {
  it('picks nice steps', () => {
    expect(niceStep(0.9)).toBe(1);
    expect(niceStep(1.1)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(4.1)).toBe(5);
    expect(niceStep(0)).toBe(1);
  });

  it('lines up the zero of both scales, and covers the data', () => {
    const settings = { ...defaultSettings(), scenario: 0, delay: 2, leakage: 0.3 };
    const rows = buildProfileRows(evaluate(data, settings), data);
    const year = yearExtent(rows);
    const running = runningExtent(rows);
    expect(year.lo).toBeLessThan(0);
    const { left, right } = alignedAxes(year, running);
    expect(left.ticks.indexOf(0)).toBe(right.ticks.indexOf(0));
    expect(left.ticks.indexOf(0)).toBeGreaterThan(0);
    expect(left.domain[0]).toBeLessThanOrEqual(year.lo);
    expect(left.domain[1]).toBeGreaterThanOrEqual(year.hi);
    expect(right.domain[0]).toBeLessThanOrEqual(running.lo);
    expect(right.domain[1]).toBeGreaterThanOrEqual(running.hi);
  });

  it('starts at zero when nothing is negative', () => {
    const rows = buildProfileRows(evaluate(data, defaultSettings()), data);
    const { left, right } = alignedAxes(yearExtent(rows), runningExtent(rows));
    expect(left.domain[0]).toBe(0);
    expect(right.domain[0]).toBe(0);
  });
});
