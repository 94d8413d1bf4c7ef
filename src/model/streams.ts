import type Decimal from 'decimal.js';
import { ONE, ZERO, money } from './money';
import { PUBLISHED_YEARS, longRunRealisation, realisation } from './profile';
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

/** A scenario's inputs as decimals, converted once: turning numbers into decimals is slow. */
interface DecimalInputs {
  gross: Decimal;
  /** Gross benefit a year once running steadily: full benefit × long-run realisation. */
  steadyGross: Decimal;
  ongoing: Decimal;
  /** Cost in year 1, 2, … (index 0 is year 1), filled in as years are asked for. */
  costs: Decimal[];
  /** Share realised at whole years 0, 1, 2, …, filled in as years are asked for. */
  realised: Decimal[];
}
const decimalCache = new WeakMap<ScenarioInputs, DecimalInputs>();

function decimals(sc: ScenarioInputs): DecimalInputs {
  let d = decimalCache.get(sc);
  if (!d) {
    const gross = money(sc.grossBenefit.value);
    d = { gross, steadyGross: gross.times(money(longRunRealisation(sc.profile.values))), ongoing: money(sc.ongoingCost.value), costs: [], realised: [] };
    decimalCache.set(sc, d);
  }
  return d;
}

const realisedAt = (sc: ScenarioInputs, year: number): Decimal =>
  (decimals(sc).realised[year] ??= money(realisation(sc.profile.values, year)));

const costAt = (sc: ScenarioInputs, year: number): Decimal =>
  (decimals(sc).costs[year - 1] ??= money(scenarioCost(sc, year)));

/**
 * Gross benefit (after take-up, before delay and leakage) in whole programme years 0..horizon:
 * the blend of each scenario's full benefit × its realisation. Year 0 is before the start.
 * Realisation is a straight line between whole years, so any delay, fractional or not, is an
 * interpolation of this series (see `shiftByDelay`). `multiplier` (the partner lens's share) scales it.
 */
export function grossAtWholeYears(theme: Theme, s: StreamSettings, multiplier: Decimal = ONE): Decimal[] {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  // Scale and any multiplier fold into the two full amounts once, not into every year.
  const factor = money(s.scale).times(multiplier);
  const fullP = wP.times(decimals(prudent).gross).times(factor);
  const fullB = wB.times(decimals(base).gross).times(factor);
  return Array.from({ length: s.horizon + 1 }, (_, year) =>
    fullP.times(realisedAt(prudent, year)).plus(fullB.times(realisedAt(base, year))),
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
  const [sP, sB] = [wP.times(scale), wB.times(scale)];
  return Array.from({ length: s.horizon }, (_, i) => sP.times(costAt(prudent, i + 1)).plus(sB.times(costAt(base, i + 1))));
}

/** Gross benefit and ongoing cost a year once fully realised (steady state), after take-up. */
export function steadyState(theme: Theme, s: StreamSettings): { gross: Decimal; cost: Decimal } {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  const scale = money(s.scale);
  return {
    gross: wP.times(decimals(prudent).steadyGross).plus(wB.times(decimals(base).steadyGross)).times(scale),
    cost: wP.times(decimals(prudent).ongoing).plus(wB.times(decimals(base).ongoing)).times(scale),
  };
}

/**
 * Whether a theme is left out under the lens: a partner leading alone does not run a theme in
 * which it has no share of the benefits (docs/decisions/0010-lead-without-share.md), so that
 * theme counts neither benefits nor costs. Under the other lenses every theme runs.
 */
export const themeSitsOut = (theme: Theme, lens: PartnerLens): boolean => lens.kind === 'lead' && normalisedShare(theme, lens.partner).isZero();

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
