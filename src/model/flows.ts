import type Decimal from 'decimal.js';
import { ONE, ZERO, money, sum } from './money';
import { costSeries, grossAtWholeYears, lensMultiplier, shiftByDelay, steadyState, themeSitsOut } from './streams';
import type { Settings, Theme } from './types';

/** A theme's (or a set of themes') yearly money after every setting has been applied. */
export interface Flows {
  /** Benefit counted each year: gross × lens share × price base × what the adjustments leave. */
  benefit: Decimal[];
  /** The same before leakage. */
  benefitBeforeLeakage: Decimal[];
  /** Before every adjustment: after take-up, the lens, the price base and the delay. */
  gross: Decimal[];
  cost: Decimal[];
  steadyBenefit: Decimal;
  steadyCost: Decimal;
}

/** The settings that take a share off every benefit, in the order the breakdown applies them (docs/model.md). */
export const BENEFIT_ADJUSTMENTS = ['leakage', 'deadweight', 'displacement', 'attribution', 'obBenefit'] as const;
export type BenefitAdjustment = (typeof BENEFIT_ADJUSTMENTS)[number];

/** Everything about one theme that does not depend on its delay, computed once per evaluation. */
export interface ThemeBasis {
  theme: Theme;
  /** Gross benefit at whole years 0..horizon, take-up, lens share and price base applied, before the adjustments. */
  counted: Decimal[];
  /** What each adjustment leaves of the benefit, 1 − its share, for this theme. */
  left: Record<BenefitAdjustment, Decimal>;
  /** Their product: the share of `counted` that is counted. */
  kept: Decimal;
  cost: Decimal[];
  steadyBenefit: Decimal;
  steadyCost: Decimal;
}

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
const scaled = (series: Decimal[], factor: Decimal): Decimal[] => (factor.eq(ONE) ? series : series.map((v) => v.times(factor)));

/** Every cost × (1 + optimism bias on costs) × the price-base factor. */
export const costFactor = (s: Settings): Decimal => ONE.plus(money(s.obCost)).times(money(s.uprate));

export function themeBasis(theme: Theme, s: Settings): ThemeBasis {
  const counted = lensMultiplier(theme, s.lens).times(money(s.uprate));
  const shares = adjustmentShares(theme.id, s);
  const left = Object.fromEntries(BENEFIT_ADJUSTMENTS.map((k) => [k, ONE.minus(money(shares[k]))])) as Record<BenefitAdjustment, Decimal>;
  const kept = keptWithout(left);
  const steady = steadyState(theme, s);
  const costs = costFactor(s);
  // A lead partner with no share here does not run the theme: no costs either (its benefit is already zero).
  const runs = !themeSitsOut(theme, s.lens);
  return {
    theme,
    counted: grossAtWholeYears(theme, s, counted),
    left,
    kept,
    cost: runs ? scaled(costSeries(theme, s), costs) : costSeries(theme, s).map(() => ZERO),
    steadyBenefit: steady.gross.times(counted).times(kept),
    steadyCost: runs ? steady.cost.times(costs) : ZERO,
  };
}

export function flowsFromBasis(b: ThemeBasis, s: Settings): Flows {
  const gross = shiftByDelay(b.counted, s.delayByTheme[b.theme.id] ?? s.delay, s.horizon);
  const beforeLeakage = keptWithout(b.left, 'leakage');
  return {
    gross,
    benefitBeforeLeakage: scaled(gross, beforeLeakage),
    benefit: scaled(gross, b.kept),
    cost: b.cost,
    steadyBenefit: b.steadyBenefit,
    steadyCost: b.steadyCost,
  };
}

const addSeries = (a: Decimal[], b: Decimal[]) => a.map((v, i) => v.plus(b[i] ?? ZERO));

export function combineFlows(all: Flows[], horizon: number): Flows {
  const zeros = Array.from({ length: horizon }, () => ZERO);
  return all.reduce<Flows>(
    (acc, f) => ({
      benefit: addSeries(acc.benefit, f.benefit),
      benefitBeforeLeakage: addSeries(acc.benefitBeforeLeakage, f.benefitBeforeLeakage),
      gross: addSeries(acc.gross, f.gross),
      cost: addSeries(acc.cost, f.cost),
      steadyBenefit: acc.steadyBenefit.plus(f.steadyBenefit),
      steadyCost: acc.steadyCost.plus(f.steadyCost),
    }),
    { benefit: zeros, benefitBeforeLeakage: zeros, gross: zeros, cost: zeros, steadyBenefit: ZERO, steadyCost: ZERO },
  );
}

export const presentValue = (series: Decimal[], factors: Decimal[]): Decimal =>
  sum(series.map((v, i) => v.times(factors[i] ?? ZERO)));
