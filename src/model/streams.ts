import type Decimal from 'decimal.js';
import { ONE, ZERO, money } from './money';
import { longRunRealisation, realisation, type AfterFive } from './profile';
import { normalisedShare } from './shares';
import type { PartnerLens, ScenarioInputs, Theme } from './types';

export function blendWeights(scenario: number): [Decimal, Decimal] {
  const base = money(scenario);
  return [ONE.minus(base), base];
}

/** A scenario's inputs as decimals, converted once: turning numbers into decimals is slow. */
export interface DecimalInputs {
  gross: Decimal;
  steadyGross: Decimal;
  ongoing: Decimal;
  // Filled in as years are asked for; costs[0] is year 1; realised by year and, after the fifth, its rule.
  costs: Decimal[];
  realised: Map<string, Decimal>;
}
const decimalCache = new WeakMap<ScenarioInputs, DecimalInputs>();

export function decimals(sc: ScenarioInputs): DecimalInputs {
  let d = decimalCache.get(sc);
  if (!d) {
    const gross = money(sc.grossBenefit.value);
    d = { gross, steadyGross: gross.times(money(longRunRealisation(sc.profile.values))), ongoing: money(sc.ongoingCost.value), costs: [], realised: new Map() };
    decimalCache.set(sc, d);
  }
  return d;
}

export function realisedAt(sc: ScenarioInputs, year: number, rule: AfterFive): Decimal {
  const cache = decimals(sc).realised;
  // A decay's years are not kept: a drop-off slider would fill the cache with every value it passed.
  const given = sc.profile.values.length;
  if (year > given && rule.after5 === 'decay') return money(realisation(sc.profile.values, year, rule));
  const key = year <= given ? String(year) : `${year}/${rule.after5}`;
  let value = cache.get(key);
  if (!value) cache.set(key, (value = money(realisation(sc.profile.values, year, rule))));
  return value;
}

export const costAt = (sc: ScenarioInputs, year: number): Decimal =>
  (decimals(sc).costs[year - 1] ??= money(scenarioCost(sc, year)));

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

/** A partner leading alone does not run a theme it has no share in: no benefits, no costs (docs/decisions/0010). */
export const themeSitsOut = (theme: Theme, lens: PartnerLens): boolean => lens.kind === 'lead' && normalisedShare(theme, lens.partner).isZero();

/** Share of a theme's benefit counted under a lens (all, the lead's share, or all but one's). Costs are borne in full. */
export function lensMultiplier(theme: Theme, lens: PartnerLens): Decimal {
  if (lens.kind === 'all') return ONE;
  const share = normalisedShare(theme, lens.partner);
  return lens.kind === 'lead' ? share : ONE.minus(share);
}

/** `lensMultiplier` as a plain number, for ordering and drawing. */
export const lensShare = (theme: Theme, lens: PartnerLens): number => lensMultiplier(theme, lens).toNumber();
