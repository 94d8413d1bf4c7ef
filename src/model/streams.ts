import type Decimal from 'decimal.js';
import { ONE, ZERO, money } from './money';
import { longRunRealisation, realisation, type AfterFive } from './profile';
import { normalisedShare } from './shares';
import type { PartnerLens, ScenarioInputs, Theme } from './types';

/** What shapes one theme's yearly streams before leakage and the partner lens are applied. */
export interface StreamSettings extends AfterFive {
  scenario: number;
  scale: number;
  horizon: number;
}

function blendWeights(scenario: number): [Decimal, Decimal] {
  const base = money(scenario);
  return [ONE.minus(base), base];
}

/** A scenario's inputs as decimals, converted once: turning numbers into decimals is slow. */
interface DecimalInputs {
  gross: Decimal;
  steadyGross: Decimal;
  ongoing: Decimal;
  // Filled in as years are asked for; costs[0] is year 1; realised by year and, after the fifth, its rule.
  costs: Decimal[];
  realised: Map<string, Decimal>;
}
const decimalCache = new WeakMap<ScenarioInputs, DecimalInputs>();

function decimals(sc: ScenarioInputs): DecimalInputs {
  let d = decimalCache.get(sc);
  if (!d) {
    const gross = money(sc.grossBenefit.value);
    d = { gross, steadyGross: gross.times(money(longRunRealisation(sc.profile.values))), ongoing: money(sc.ongoingCost.value), costs: [], realised: new Map() };
    decimalCache.set(sc, d);
  }
  return d;
}

function realisedAt(sc: ScenarioInputs, year: number, rule: AfterFive): Decimal {
  const cache = decimals(sc).realised;
  // A decay's years are not kept: a drop-off slider would fill the cache with every value it passed.
  const given = sc.profile.values.length;
  if (year > given && rule.after5 === 'decay') return money(realisation(sc.profile.values, year, rule));
  const key = year <= given ? String(year) : `${year}/${rule.after5}`;
  let value = cache.get(key);
  if (!value) cache.set(key, (value = money(realisation(sc.profile.values, year, rule))));
  return value;
}

const costAt = (sc: ScenarioInputs, year: number): Decimal =>
  (decimals(sc).costs[year - 1] ??= money(scenarioCost(sc, year)));

// Gross benefit after take-up and the lens's share, before delay and leakage, in whole years
// 0..horizon. Realisation is straight between whole years, so any delay interpolates it.
export function grossAtWholeYears(theme: Theme, s: StreamSettings, multiplier: Decimal = ONE): Decimal[] {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  // Scale and any multiplier fold into the two full amounts once, not into every year.
  const factor = money(s.scale).times(multiplier);
  const fullP = wP.times(decimals(prudent).gross).times(factor);
  const fullB = wB.times(decimals(base).gross).times(factor);
  return Array.from({ length: s.horizon + 1 }, (_, year) =>
    fullP.times(realisedAt(prudent, year, s)).plus(fullB.times(realisedAt(base, year, s))),
  );
}

/** Gross benefit in years 1..horizon when everything arrives `delay` years later. */
export function shiftByDelay(whole: readonly Decimal[], delay: number, horizon: number): Decimal[] {
  const shift = Math.floor(delay);
  const frac = money(delay - shift);
  const rest = ONE.minus(frac);
  const at = (year: number) => (year <= 0 ? ZERO : (whole[year] ?? ZERO));
  return Array.from({ length: horizon }, (_, i) => {
    const year = i + 1 - shift;
    return frac.isZero() ? at(year) : at(year).times(rest).plus(at(year - 1).times(frac));
  });
}

export function scenarioCost(s: ScenarioInputs, year: number): number {
  return year <= s.costs.values.length ? (s.costs.values[year - 1] ?? 0) : s.ongoingCost.value;
}

/** Costs in years 1..horizon, after take-up. Delay never moves them. */
export function costSeries(theme: Theme, s: StreamSettings): Decimal[] {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  const scale = money(s.scale);
  const [sP, sB] = [wP.times(scale), wB.times(scale)];
  return Array.from({ length: s.horizon }, (_, i) => sP.times(costAt(prudent, i + 1)).plus(sB.times(costAt(base, i + 1))));
}

/** Gross benefit and ongoing cost a year once running steadily, after take-up. */
export function steadyState(theme: Theme, s: StreamSettings): { gross: Decimal; cost: Decimal } {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  const scale = money(s.scale);
  return {
    gross: wP.times(decimals(prudent).steadyGross).plus(wB.times(decimals(base).steadyGross)).times(scale),
    cost: wP.times(decimals(prudent).ongoing).plus(wB.times(decimals(base).ongoing)).times(scale),
  };
}

/** A partner leading alone does not run a theme it has no share in: no benefits, no costs (docs/decisions/0010). */
export const themeSitsOut = (theme: Theme, lens: PartnerLens): boolean => lens.kind === 'lead' && normalisedShare(theme, lens.partner).isZero();

/** Share of a theme's benefit counted under a lens (all, the lead's share, or all but one's). Costs are borne in full. */
export function lensMultiplier(theme: Theme, lens: PartnerLens): Decimal {
  if (lens.kind === 'all') return ONE;
  const share = normalisedShare(theme, lens.partner);
  return lens.kind === 'lead' ? share : ONE.minus(share);
}
