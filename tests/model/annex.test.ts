// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annexPilots, defaultSettings, evaluate, parseGoldenCsv } from '../../src/model/index';
import { loadRealData, readPublishedCsv } from '../fixtures/model-data';

const data = loadRealData();
const rows = parseGoldenCsv(readPublishedCsv());
const ANNEX_FIVE_YEAR_TOTALS = annexPilots(data);

describe('the annex pilots in the case file', () => {
  it('names, for each indicative theme, the pilot each scenario follows and its printed total (EY 2013, 8.1.2, 8.1.3)', () => {
    // Domestic abuse: prudent follows pilot A, base pilot B; re-offending the other way round.
    expect(ANNEX_FIVE_YEAR_TOTALS).toEqual([
      { theme: 'da', pilot: 'pilotA', scenario: 0, total: 0.21, tolerance: 0.005 },
      { theme: 'da', pilot: 'pilotB', scenario: 1, total: 0.5, tolerance: 0.05 },
      { theme: 'ro', pilot: 'pilotB', scenario: 0, total: -0.02, tolerance: 0.005 },
      { theme: 'ro', pilot: 'pilotA', scenario: 1, total: 13.7, tolerance: 0.05 },
    ]);
  });
});

describe('the crime-and-justice annex (EY 2013, 8.1): undiscounted yearly rows', () => {
  it.each(ANNEX_FIVE_YEAR_TOTALS.map((t) => [`${t.theme} ${t.pilot}`, t] as const))(
    '%s: the published yearly rows add up to the "Total 5 year" column within their rounding',
    (_label, t) => {
      const r = rows.find((x) => x.id === `${t.theme}.${t.pilot}.net`)!;
      const sum = r.value.reduce((a, v) => a + v, 0);
      const slack = r.tolerances.reduce((a, v) => a + v, 0) + t.tolerance;
      expect(Math.abs(sum - t.total)).toBeLessThanOrEqual(slack + 1e-9);
    },
  );

  it('reads the yearly rows as undiscounted: discounting them would not add up to the domestic-abuse pilot B total', () => {
    const r = rows.find((x) => x.id === 'da.pilotB.net')!;
    const asPresentValues = r.value.reduce((a, v, i) => a + v / 1.035 ** i, 0);
    expect(Math.abs(asPresentValues - 0.5)).toBeGreaterThan(0.05 + 5 * 0.005);
  });

  it.each(ANNEX_FIVE_YEAR_TOTALS.map((t) => [`${t.theme} ${t.pilot}`, t] as const))(
    '%s: the model’s undiscounted yearly net benefits add up to the printed total, and its NPV is their discounted sum',
    (_label, t) => {
      const scenario = t.scenario;
      const r = evaluate(data, { ...defaultSettings(), themes: [t.theme], scenario }).total;
      const undiscounted = r.yearly.reduce((a, y) => a + y.net.toNumber(), 0);
      expect(Math.abs(undiscounted - t.total)).toBeLessThanOrEqual(t.tolerance + 1e-9);
      const discounted = r.yearly.reduce((a, y, i) => a + y.net.toNumber() / 1.035 ** i, 0);
      expect(r.npv.toNumber()).toBeCloseTo(discounted, 9);
    },
  );

  it('reproduces the domestic-abuse NPV range (£0.2–0.33bn) as the discounted sum of the yearly rows', () => {
    const npv = [0, 1].map((scenario) => evaluate(data, { ...defaultSettings(), themes: ['da'], scenario }).total.npv.toNumber());
    expect(Math.abs(npv[0]! - 0.2)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(npv[1]! - 0.33)).toBeLessThanOrEqual(0.005);
  });
});
