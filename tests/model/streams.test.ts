// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type Decimal from 'decimal.js';
import { blend, stepFactors, ThemeSum } from '../../src/model/aggregate';
import { lensMultiplier, shiftByDelay } from '../../src/model/streams';
import { money, ONE } from '../../src/model/money';
import { RAMP, realisation, type AfterFive } from '../../src/model/profile';
import { defaultSettings } from '../../src/model/settings';
import { PARTNER_IDS, type PartnerLens, type Theme } from '../../src/model/types';
import { loadRealData, tinyTheme } from '../fixtures/model-data';

const nums = (xs: Decimal[]) => xs.map((x) => x.toNumber());

/** What shapes one theme's yearly streams before leakage and the partner lens. */
type StreamSettings = AfterFive & { scenario: number; scale: number; horizon: number };

/** One theme's streams as evaluate makes them: its sum (aggregate.ts) blended for the settings. */
function streams(theme: Theme, s: StreamSettings) {
  const settings = { ...defaultSettings(), ...s };
  const sum = new ThemeSum([{ theme, benefit: ONE, cost: ONE }], settings, s.horizon);
  const k = stepFactors(settings);
  const blended = sum.blended(k);
  return { gross: blended.counted, cost: blended.cost, steady: { gross: blend(k.benefit, sum.steadyGross), cost: blend(k.cost, sum.steadyCost) } };
}
const grossAtWholeYears = (theme: Theme, s: StreamSettings) => streams(theme, s).gross;
const costSeries = (theme: Theme, s: StreamSettings) => streams(theme, s).cost;
const steadyState = (theme: Theme, s: StreamSettings) => streams(theme, s).steady;
const base: StreamSettings = { scenario: 1, scale: 1, horizon: 5, ...RAMP };

function expectSeries(actual: Decimal[], expected: number[], digits = 12) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a.toNumber()).toBeCloseTo(expected[i] ?? Number.NaN, digits));
}

/** Gross benefit in years 1..horizon after a delay, as evaluate builds it. */
const delayed = (theme: ReturnType<typeof tinyTheme>, s: StreamSettings, delay: number) =>
  shiftByDelay(grossAtWholeYears(theme, s), delay, s.horizon);

describe('streams of a hand-made theme', () => {
  // Profile 0.5, 1, 1, 1, 1; gross 10; costs 4, 2, 1, 1, 1; ongoing 1.
  const theme = tinyTheme();

  it('gross benefit at whole years 0..horizon is gross × realisation (nothing in year 0)', () => {
    expect(nums(grossAtWholeYears(theme, base))).toEqual([0, 5, 10, 10, 10, 10]);
    expect(grossAtWholeYears(theme, { ...base, horizon: 8 })).toHaveLength(9);
  });

  it('costs are as given, the steady state is the full benefit and the ongoing cost', () => {
    expect(nums(costSeries(theme, base))).toEqual([4, 2, 1, 1, 1]);
    const steady = steadyState(theme, base);
    expect(steady.gross.toNumber()).toBe(10);
    expect(steady.cost.toNumber()).toBe(1);
  });

  it('uses the ongoing cost after year 5 and the documented profile rule', () => {
    const t = tinyTheme({ scenario: { profile: [0.1, 0.2, 0.3, 0.4, 0.5], gross: 10, costs: [3, 3, 3, 3, 3], ongoing: 2 } });
    const s = { ...base, horizon: 10 };
    expectSeries(grossAtWholeYears(t, s), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expectSeries(delayed(t, s, 0), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expectSeries(costSeries(t, s), [3, 3, 3, 3, 3, 2, 2, 2, 2, 2]);
  });

  it.each([
    // delay, expected gross (profile 0.5,1,1,1,1 × 10)
    [0, [5, 10, 10, 10, 10]],
    [1, [0, 5, 10, 10, 10]],
    [2, [0, 0, 5, 10, 10]],
    [0.5, [2.5, 7.5, 10, 10, 10]],
    [1.25, [0, 3.75, 8.75, 10, 10]],
    [4, [0, 0, 0, 0, 5]],
    [4.5, [0, 0, 0, 0, 2.5]],
    [5, [0, 0, 0, 0, 0]],
    [7, [0, 0, 0, 0, 0]],
  ])('delay %f moves benefits later: %j', (delay, expected) => {
    expectSeries(delayed(theme, base, delay), expected);
  });

  it('shifting the whole-year series equals reading the realisation profile at (year − delay)', () => {
    const profiles = [[0.46, 0.74, 0.65, 0.62, 0.57], [0, 0.33, 0.67, 1, 1], [0.36, 0.81, 1.1, 1.39, 1.54]];
    for (const profile of profiles) {
      const t = tinyTheme({ scenario: { profile, gross: 3 } });
      for (const horizon of [5, 7, 10]) {
        for (const delay of [0, 0.1, 0.25, 0.5, 1, 1.3, 2.75, 3, 4.9, 5]) {
          const s = { ...base, horizon };
          const expected = Array.from({ length: horizon }, (_, i) => 3 * realisation(profile, i + 1 - delay));
          expectSeries(delayed(t, s, delay), expected, 12);
        }
      }
    }
  });

  it('shiftByDelay treats years before the start and beyond the series as nothing', () => {
    const whole = [0, 1, 2].map((v) => money(v));
    expect(nums(shiftByDelay(whole, 0, 4))).toEqual([1, 2, 0, 0]);
    expect(nums(shiftByDelay(whole, 1, 3))).toEqual([0, 1, 2]);
    expect(nums(shiftByDelay(whole, 0.5, 3))).toEqual([0.5, 1.5, 1]);
    expect(shiftByDelay(whole, 0, 0)).toEqual([]);
  });

  it('scales benefits, costs and the steady state by take-up', () => {
    for (const scale of [0, 0.25, 0.5, 0.73, 1]) {
      const s = { ...base, scale };
      expectSeries(delayed(theme, s, 0), [5, 10, 10, 10, 10].map((v) => v * scale));
      expectSeries(costSeries(theme, s), [4, 2, 1, 1, 1].map((v) => v * scale));
      expect(steadyState(theme, s).gross.toNumber()).toBeCloseTo(10 * scale, 12);
      expect(steadyState(theme, s).cost.toNumber()).toBeCloseTo(scale, 12);
    }
  });

  describe('scenario blend', () => {
    const blended = tinyTheme({
      prudent: { profile: [0.2, 0.4, 0.6, 0.8, 1], gross: 4, costs: [1, 1, 1, 1, 1], ongoing: 0.5 },
      base: { profile: [0.5, 1, 1, 1, 1], gross: 10, costs: [3, 2, 1, 1, 1], ongoing: 1 },
    });
    const prudentGross = [0.8, 1.6, 2.4, 3.2, 4];
    const baseGross = [5, 10, 10, 10, 10];
    const prudentCost = [1, 1, 1, 1, 1];
    const baseCost = [3, 2, 1, 1, 1];

    it.each([0, 0.25, 0.5, 0.8, 1])('scenario %f is the weighted mix of prudent and base', (w) => {
      const s = { ...base, scenario: w };
      expectSeries(delayed(blended, s, 0), prudentGross.map((p, i) => (1 - w) * p + w * (baseGross[i] ?? 0)));
      expectSeries(costSeries(blended, s), prudentCost.map((p, i) => (1 - w) * p + w * (baseCost[i] ?? 0)));
      expect(steadyState(blended, s).gross.toNumber()).toBeCloseTo((1 - w) * 4 + w * 10, 12);
      expect(steadyState(blended, s).cost.toNumber()).toBeCloseTo((1 - w) * 0.5 + w * 1, 12);
    });

    it('blends each scenario after its own delay-shifted profile', () => {
      // Prudent at tau 0.5, 1.5, ...: 0.1, 0.3, 0.5, 0.7, 0.9 × 4; base: 0.25, 0.75, 1, 1, 1 × 10.
      expectSeries(delayed(blended, { ...base, scenario: 0.5 }, 0.5), [0.2 + 1.25, 0.6 + 3.75, 1 + 5, 1.4 + 5, 1.8 + 5]);
    });
  });

  it('gives one value per horizon year', () => {
    for (let horizon = 5; horizon <= 10; horizon++) {
      const s = { ...base, horizon };
      expect(delayed(theme, s, 1.5)).toHaveLength(horizon);
      expect(costSeries(theme, s)).toHaveLength(horizon);
    }
  });

  it('gives finite, non-negative gross benefit for every real theme and setting mix', () => {
    const data = loadRealData();
    for (const t of data.themes) {
      for (const scenario of [0, 0.5, 1]) {
        const s = { scenario, scale: 1, horizon: 10, ...RAMP };
        const steady = steadyState(t, s);
        for (const delay of [0, 0.3, 2.5, 5]) {
          const gross = delayed(t, s, delay);
          for (const v of [...gross, ...costSeries(t, s), steady.gross, steady.cost]) expect(v.isFinite()).toBe(true);
          for (const g of gross) expect(g.gte(0)).toBe(true);
        }
      }
    }
  });
});

describe('lensMultiplier', () => {
  // Shares add to exactly 100% here, so normalised shares equal the published ones.
  const theme = tinyTheme({ shares: { DH: 0.6, LG: 0.4 } });

  it.each<[PartnerLens, number]>([
    [{ kind: 'all' }, 1],
    [{ kind: 'lead', partner: 'DH' }, 0.6],
    [{ kind: 'lead', partner: 'LG' }, 0.4],
    [{ kind: 'lead', partner: 'DWP' }, 0],
    [{ kind: 'exclude', partner: 'DH' }, 0.4],
    [{ kind: 'exclude', partner: 'LG' }, 0.6],
    [{ kind: 'exclude', partner: 'DWP' }, 1],
  ])('%j → %f', (lens, expected) => {
    expect(lensMultiplier(theme, lens).toNumber()).toBeCloseTo(expected, 14);
  });

  it('lead:P and exclude:P add to the whole for every partner', () => {
    const data = loadRealData();
    for (const t of data.themes) {
      for (const partner of PARTNER_IDS) {
        const sum = lensMultiplier(t, { kind: 'lead', partner }).plus(lensMultiplier(t, { kind: 'exclude', partner }));
        expect(sum.toNumber()).toBeCloseTo(1, 14);
      }
    }
  });

  it('lead multipliers over all partners add to 1 for a theme with shares (all of the benefit is someone’s)', () => {
    const data = loadRealData();
    for (const t of data.themes) {
      const sum = PARTNER_IDS.reduce((a, partner) => a + lensMultiplier(t, { kind: 'lead', partner }).toNumber(), 0);
      expect(sum).toBeCloseTo(1, 12);
    }
  });

  it('reads shares that do not add to 100% in proportion (each divided by their sum)', () => {
    const t = tinyTheme({ shares: { DH: 0.67, LG: 0.31 } });
    expect(lensMultiplier(t, { kind: 'lead', partner: 'DH' }).toNumber()).toBeCloseTo(0.67 / 0.98, 14);
    expect(lensMultiplier(t, { kind: 'exclude', partner: 'DH' }).toNumber()).toBeCloseTo(0.31 / 0.98, 14);
  });

  it('is always between 0 and 1 on the real data', () => {
    const data = loadRealData();
    for (const t of data.themes) {
      for (const partner of PARTNER_IDS) {
        for (const kind of ['lead', 'exclude'] as const) {
          const m = lensMultiplier(t, { kind, partner }).toNumber();
          expect(m).toBeGreaterThanOrEqual(0);
          expect(m).toBeLessThanOrEqual(1 + 1e-15);
        }
      }
    }
  });
});
