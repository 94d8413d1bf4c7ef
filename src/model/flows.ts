import type Decimal from 'decimal.js';
import { keyOf } from './cache';
import { ONE, ZERO, money, sum } from './money';
import type { Settings } from './types';

/** A theme's or several themes' yearly money after every setting has been applied. */
export interface Combined {
  /** Benefit counted each year: gross × lens share × price base × what the adjustments leave. */
  benefit: Decimal[];
  cost: Decimal[];
  steadyBenefit: Decimal;
  steadyCost: Decimal;
}

/** The settings that take a share off every benefit, in the order the breakdown applies them (docs/model.md). */
export const BENEFIT_ADJUSTMENTS = ['leakage', 'deadweight', 'displacement', 'attribution', 'obBenefit'] as const;
export type BenefitAdjustment = (typeof BENEFIT_ADJUSTMENTS)[number];

/** A theme's delay: its own where it has one, else the overall setting. */
export const delayFor = (themeId: string, s: Settings): number => s.delayByTheme[themeId] ?? s.delay;

/** A theme's share of each adjustment: its own where it has one, else the overall setting. */
function adjustmentShares(themeId: string, s: Settings): Record<BenefitAdjustment, number> {
  return {
    obBenefit: s.obBenefit,
    deadweight: s.deadweightByTheme[themeId] ?? s.deadweight,
    displacement: s.displacementByTheme[themeId] ?? s.displacement,
    attribution: s.attributionByTheme[themeId] ?? s.attribution,
    leakage: s.leakageByTheme[themeId] ?? s.leakage,
  };
}

/** The product of what the adjustments leave, all of them or all but one. */
// A factor of one is skipped: at the report's settings every adjustment but leakage is one, and a slider step must stay cheap.
export const keptWithout = (left: Record<BenefitAdjustment, Decimal>, without?: BenefitAdjustment): Decimal =>
  BENEFIT_ADJUSTMENTS.reduce((acc, k) => (k === without || left[k].eq(ONE) ? acc : acc.times(left[k])), ONE);

/** Every cost × (1 + optimism bias on costs) × the price-base factor. */
export const costFactor = (s: Settings): Decimal => ONE.plus(money(s.obCost)).times(money(s.uprate));

/** What the adjustments leave of a theme's benefit, with and without each. */
export interface Adjustments {
  left: Record<BenefitAdjustment, Decimal>;
  kept: Decimal;
  keptFloat: number;
  without: Record<BenefitAdjustment, Decimal>;
}

/**
 * Each theme's adjustments under one set of settings. Themes without their own shares have the
 * same ones, worked out once: a hundred themes would otherwise convert the same numbers a hundred times.
 */
export function adjustmentsFor(s: Settings): (themeId: string) => Adjustments {
  const known = new Map<string, Adjustments>();
  return (themeId) => {
    const shares = adjustmentShares(themeId, s);
    const key = keyOf(...BENEFIT_ADJUSTMENTS.map((k) => shares[k]));
    let found = known.get(key);
    if (!found) {
      const left = Object.fromEntries(BENEFIT_ADJUSTMENTS.map((k) => [k, ONE.minus(money(shares[k]))])) as Record<BenefitAdjustment, Decimal>;
      const without = Object.fromEntries(BENEFIT_ADJUSTMENTS.map((k) => [k, keptWithout(left, k)])) as Record<BenefitAdjustment, Decimal>;
      const kept = keptWithout(left);
      known.set(key, (found = { left, kept, keptFloat: kept.toNumber(), without }));
    }
    return found;
  };
}

const addSeries = (a: Decimal[], b: Decimal[]) => a.map((v, i) => v.plus(b[i] ?? ZERO));

/** Several groups' money added year by year. */
export function combineFlows(all: Combined[], horizon: number): Combined {
  const zeros = Array.from({ length: horizon }, () => ZERO);
  const add = (pick: (f: Combined) => Decimal[]) => all.reduce((acc, f) => addSeries(acc, pick(f)), zeros);
  return {
    benefit: add((f) => f.benefit),
    cost: add((f) => f.cost),
    steadyBenefit: all.reduce((acc, f) => acc.plus(f.steadyBenefit), ZERO),
    steadyCost: all.reduce((acc, f) => acc.plus(f.steadyCost), ZERO),
  };
}

export const presentValue = (series: Decimal[], factors: Decimal[]): Decimal =>
  sum(series.map((v, i) => v.times(factors[i] ?? ZERO)));
