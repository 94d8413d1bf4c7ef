import type Decimal from 'decimal.js';
import { keyOf, remember, rememberFor } from './cache';
import { ONE, ZERO, money, sum } from './money';
import { costSeries, grossAtWholeYears, lensMultiplier, shiftByDelay, steadyState, themeSitsOut } from './streams';
import type { Settings, Theme } from './types';

/** A theme's (or a set of themes') yearly money after every setting has been applied. */
export interface Flows {
  /** Benefit counted each year: gross × lens share × price base × what the adjustments leave. */
  benefit: Decimal[];
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
  /** What later steps can reuse, worked out from `counted` and `cost`. */
  saved: Saved;
}

/** What is worked out from a theme's streams, kept with them for later steps and dropped with them. */
export interface Saved {
  /** Gross benefit by delay. */
  shifted: Map<number, Decimal[]>;
  /** Present value by series (the costs, or the gross benefit at one delay), then by discount factors. */
  pv: Map<Decimal[], Map<Decimal[], Decimal>>;
  /** The running present value of `counted` by discount factors (switching.ts). */
  firstYears: Map<Decimal[], Decimal[]>;
  countedFloat?: Float64Array;
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

/** A theme's streams before the adjustments and the delay: what leakage and delay steps leave alone. */
interface Streams {
  counted: Decimal[];
  cost: Decimal[];
  /** The steady gross benefit, take-up, lens share and price base applied. */
  steadyCounted: Decimal;
  steadyCost: Decimal;
  saved: Saved;
}

const streamCache = new WeakMap<Theme, Map<string, Streams>>();

function streamsOf(theme: Theme, s: Settings): Streams {
  const lens = s.lens.kind === 'all' ? 'all' : `${s.lens.kind}:${s.lens.partner}`;
  const key = keyOf(s.scenario, s.scale, lens, s.uprate, s.horizon, s.after5, s.dropoff, s.obCost);
  return rememberFor(streamCache, theme, key, 2, () => {
    const counted = lensMultiplier(theme, s.lens).times(money(s.uprate));
    const steady = steadyState(theme, s);
    const costs = costFactor(s);
    // A lead partner with no share here does not run the theme: no costs either (its benefit is already zero).
    const runs = !themeSitsOut(theme, s.lens);
    return {
      counted: grossAtWholeYears(theme, s, counted),
      cost: runs ? scaled(costSeries(theme, s), costs) : costSeries(theme, s).map(() => ZERO),
      steadyCounted: steady.gross.times(counted),
      steadyCost: runs ? steady.cost.times(costs) : ZERO,
      // Plain maps held by the streams rather than weak maps keyed by short-lived arrays, which
      // slow every minor garbage collection.
      saved: { shifted: new Map(), pv: new Map(), firstYears: new Map() },
    };
  });
}

export function themeBasis(theme: Theme, s: Settings, adjusted: Adjustments = adjustmentsFor(s)(theme.id)): ThemeBasis {
  const { left, kept } = adjusted;
  const { counted, cost, steadyCounted, steadyCost, saved } = streamsOf(theme, s);
  return { theme, counted, left, kept, cost, steadyBenefit: steadyCounted.times(kept), steadyCost, saved };
}

export function flowsFromBasis(b: ThemeBasis, s: Settings): Flows {
  const delay = s.delayByTheme[b.theme.id] ?? s.delay;
  const gross = remember(b.saved.shifted, delay, 8, () => shiftByDelay(b.counted, delay, s.horizon));
  return { gross, benefit: scaled(gross, b.kept), cost: b.cost, steadyBenefit: b.steadyBenefit, steadyCost: b.steadyCost };
}

const addSeries = (a: Decimal[], b: Decimal[]) => a.map((v, i) => v.plus(b[i] ?? ZERO));

/** Several themes' money added year by year (a result shows the benefit and cost, not the gross). */
export type Combined = Pick<Flows, 'benefit' | 'cost' | 'steadyBenefit' | 'steadyCost'>;

let lastCosts: { parts: Decimal[][]; horizon: number; total: Decimal[] } | null = null;

export function combineFlows(all: Combined[], horizon: number): Combined {
  const zeros = Array.from({ length: horizon }, () => ZERO);
  const add = (pick: (f: Combined) => Decimal[]) => all.reduce((acc, f) => addSeries(acc, pick(f)), zeros);
  // Costs stay put while leakage or delay is dragged: the last sum serves while every theme's costs are the same.
  const parts = all.map((f) => f.cost);
  const same = lastCosts && lastCosts.horizon === horizon && lastCosts.parts.length === parts.length && parts.every((p, i) => p === lastCosts!.parts[i]);
  if (!same) lastCosts = { parts, horizon, total: add((f) => f.cost) };
  return {
    benefit: add((f) => f.benefit),
    cost: lastCosts!.total,
    steadyBenefit: all.reduce((acc, f) => acc.plus(f.steadyBenefit), ZERO),
    steadyCost: all.reduce((acc, f) => acc.plus(f.steadyCost), ZERO),
  };
}

export const presentValue = (series: Decimal[], factors: Decimal[]): Decimal =>
  sum(series.map((v, i) => v.times(factors[i] ?? ZERO)));

/** `presentValue` of a theme's costs, or its gross benefit at one delay, kept with its streams. */
export const presentValueOf = (b: ThemeBasis, series: Decimal[], factors: Decimal[]): Decimal =>
  remember(remember(b.saved.pv, series, 12, () => new Map()), factors, 4, () => presentValue(series, factors));
