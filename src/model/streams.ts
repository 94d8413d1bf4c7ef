import type Decimal from 'decimal.js';
import { ONE, ZERO, money } from './money';
import { PUBLISHED_YEARS, realisation } from './profile';
import { normalisedShare } from './shares';
import type { PartnerLens, ScenarioInputs, Theme } from './types';

/** What shapes one theme's yearly streams before leakage and the partner lens are applied. */
export interface StreamSettings {
  scenario: number;
  scale: number;
  horizon: number;
}

/** Weights of the prudent and base scenarios for a blend between 0 (prudent) and 1 (base). */
function blendWeights(scenario: number): [Decimal, Decimal] {
  const base = money(scenario);
  return [ONE.minus(base), base];
}

/**
 * Gross benefit (after take-up, before delay and leakage) in whole programme years 0..horizon:
 * the blend of each scenario's full benefit × its realisation. Year 0 is before the start.
 * Realisation is a straight line between whole years, so any delay, fractional or not, is an
 * interpolation of this series (see `shiftByDelay`).
 */
export function grossAtWholeYears(theme: Theme, s: StreamSettings): Decimal[] {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  const scale = money(s.scale);
  const fullP = wP.times(prudent.grossBenefit.value).times(scale);
  const fullB = wB.times(base.grossBenefit.value).times(scale);
  return Array.from({ length: s.horizon + 1 }, (_, year) =>
    fullP.times(realisation(prudent.profile.values, year)).plus(fullB.times(realisation(base.profile.values, year))),
  );
}

/** Gross benefit in years 1..horizon when everything arrives `delay` years later. */
export function shiftByDelay(whole: readonly Decimal[], delay: number, horizon: number): Decimal[] {
  const shift = Math.floor(delay);
  const frac = money(delay - shift);
  const at = (year: number) => (year <= 0 ? ZERO : (whole[year] ?? ZERO));
  return Array.from({ length: horizon }, (_, i) => {
    const year = i + 1 - shift;
    return frac.isZero() ? at(year) : at(year).times(ONE.minus(frac)).plus(at(year - 1).times(frac));
  });
}

function scenarioCost(s: ScenarioInputs, year: number): number {
  return year <= PUBLISHED_YEARS ? (s.costs.values[year - 1] ?? 0) : s.ongoingCost.value;
}

/** Investment and ongoing costs in years 1..horizon, after take-up. Delay never moves them. */
export function costSeries(theme: Theme, s: StreamSettings): Decimal[] {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  const scale = money(s.scale);
  return Array.from({ length: s.horizon }, (_, i) =>
    wP.times(scenarioCost(prudent, i + 1)).plus(wB.times(scenarioCost(base, i + 1))).times(scale),
  );
}

/** Gross benefit and ongoing cost a year once fully realised (steady state), after take-up. */
export function steadyState(theme: Theme, s: StreamSettings): { gross: Decimal; cost: Decimal } {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  const scale = money(s.scale);
  return {
    gross: wP.times(prudent.grossBenefit.value).plus(wB.times(base.grossBenefit.value)).times(scale),
    cost: wP.times(prudent.ongoingCost.value).plus(wB.times(base.ongoingCost.value)).times(scale),
  };
}

/**
 * Share of a theme's benefit counted under a partner lens: everything when all partners act
 * together; only the lead partner's share when it acts alone; all but one partner's share when
 * that partner is left out. Costs are always borne in full.
 */
export function lensMultiplier(theme: Theme, lens: PartnerLens): Decimal {
  if (lens.kind === 'all') return ONE;
  const share = normalisedShare(theme, lens.partner);
  return lens.kind === 'lead' ? share : ONE.minus(share);
}
