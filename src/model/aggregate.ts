import type Decimal from 'decimal.js';
import { keyOf, remember, rememberFor } from './cache';
import { costFactor, delayFor, presentValue, type Adjustments, type Combined } from './flows';
import { ONE, ZERO, money } from './money';
import { allocationWeights, type AllocationKey, type ThemeSplit, type Weights } from './partners';
import { blendWeights, costAt, decimals, lensMultiplier, realisedAt, shiftByDelay, themeSitsOut } from './streams';
import type { AfterFive } from './profile';
import { npvAtWholeDelaysFloat, type FloatNpvs } from './switching';
import type { PartnerLens, ScenarioInputs, Settings, Theme } from './types';

// Themes added up before the settings a slider moves are applied (docs/decisions/0017-sums-first.md).
// Take-up, the scenario, the adjustments, the delay and the discount rate act on every theme of a
// group alike and in proportion, so a group's inputs are added up once for its themes, lens and
// years, and each step works on those sums: tens of decimal operations a partner, not hundreds a theme.

export interface Pair<T> {
  prudent: T;
  base: T;
}
const SCENARIOS = ['prudent', 'base'] as const;

/** Themes with the same delay and the same adjustments: what a step does to one it does to all. */
export interface ThemeGroup {
  themes: Theme[];
  delay: number;
  adjusted: Adjustments;
}

export function groupThemes(themes: Theme[], s: Settings, adjustmentsOf: (themeId: string) => Adjustments): ThemeGroup[] {
  // adjustmentsOf gives the same object for the same shares, so it and the delay name a group.
  const groups = new Map<Adjustments, Map<number, ThemeGroup>>();
  const out: ThemeGroup[] = [];
  for (const theme of themes) {
    const delay = delayFor(theme.id, s);
    const adjusted = adjustmentsOf(theme.id);
    let byDelay = groups.get(adjusted);
    if (!byDelay) groups.set(adjusted, (byDelay = new Map()));
    const group = byDelay.get(delay);
    if (group) group.themes.push(theme);
    else {
      const made = { themes: [theme], delay, adjusted };
      byDelay.set(delay, made);
      out.push(made);
    }
  }
  return out;
}

/** One theme in a sum: what of its benefit counts (the lens's share, times a partner's weight) and of its costs. */
interface Weighted {
  theme: Theme;
  benefit: Decimal;
  cost: Decimal | null;
}

const times = (f: Decimal, v: Decimal) => (f.eq(ONE) ? v : v.times(f));

/** A weighted sum of themes' inputs, before the scenario weights, take-up, price base and adjustments. */
export class ThemeSum {
  /** Realised gross benefit at whole years 0..horizon. */
  readonly gross: Pair<Decimal[]> = { prudent: [], base: [] };
  /** Costs in years 1..horizon (index 0 is year 1). */
  readonly cost: Pair<Decimal[]> = { prudent: [], base: [] };
  readonly steadyGross: Pair<Decimal> = { prudent: ZERO, base: ZERO };
  readonly steadyCost: Pair<Decimal> = { prudent: ZERO, base: ZERO };
  readonly #firstYears = new Map<Decimal[], Pair<Decimal[]>>();
  readonly #pvCost = new Map<Decimal[], Pair<Decimal>>();
  readonly #blends = new Map<string, Blend>();
  readonly #steady = new Map<string, { gross: Decimal; cost: Decimal }>();
  #floats: { gross: Pair<Float64Array>; cost: Pair<Float64Array> } | undefined;

  constructor(items: Weighted[], rule: AfterFive, horizon: number) {
    for (const x of SCENARIOS) {
      const gross = Array.from({ length: horizon + 1 }, () => ZERO);
      const cost = Array.from({ length: horizon }, () => ZERO);
      let steadyGross = ZERO;
      let steadyCost = ZERO;
      for (const { theme, benefit, cost: costWeight } of items) {
        const sc: ScenarioInputs = theme.scenarios[x];
        const d = decimals(sc);
        const full = times(benefit, d.gross);
        for (let y = 0; y <= horizon; y++) gross[y] = gross[y]!.plus(full.times(realisedAt(sc, y, rule)));
        steadyGross = steadyGross.plus(times(benefit, d.steadyGross));
        if (!costWeight) continue;
        for (let y = 1; y <= horizon; y++) cost[y - 1] = cost[y - 1]!.plus(times(costWeight, costAt(sc, y)));
        steadyCost = steadyCost.plus(times(costWeight, d.ongoing));
      }
      this.gross[x] = gross;
      this.cost[x] = cost;
      this.steadyGross[x] = steadyGross;
      this.steadyCost[x] = steadyCost;
    }
  }

  /** The same sums in float64, for the delay curve (`floatNpvs`); a partner's are never asked for. */
  get floats(): { gross: Pair<Float64Array>; cost: Pair<Float64Array> } {
    const float = (v: Decimal[]) => Float64Array.from(v, (d) => d.toNumber());
    const pair = (p: Pair<Decimal[]>) => ({ prudent: float(p.prudent), base: float(p.base) });
    return (this.#floats ??= { gross: pair(this.gross), cost: pair(this.cost) });
  }

  /** Present value of the gross benefit over its first 0, 1, … horizon years, by discount factors (as switching.ts). */
  firstYears(factors: Decimal[]): Pair<Decimal[]> {
    return remember(this.#firstYears, factors, 4, () => ({ prudent: firstYearsOf(this.gross.prudent, factors), base: firstYearsOf(this.gross.base, factors) }));
  }

  /** The sums blended for one step's scenario, take-up and prices, kept for the next: leakage, delay and rate steps leave them alone. */
  blended(k: StepFactors): Blend {
    return remember(this.#blends, k.key, 2, () => {
      return { counted: blendSeries(k.benefit, this.gross), cost: blendSeries(k.cost, this.cost), shifted: new Map(), pv: new Map() };
    });
  }

  /** Gross benefit and cost a year once running, blended for one step; kept, as `blended`, but without the years. */
  steady(k: StepFactors): { gross: Decimal; cost: Decimal } {
    return remember(this.#steady, k.key, 2, () => ({ gross: blend(k.benefit, this.steadyGross), cost: blend(k.cost, this.steadyCost) }));
  }

  pvCost(factors: Decimal[]): Pair<Decimal> {
    return remember(this.#pvCost, factors, 4, () => ({ prudent: presentValue(this.cost.prudent, factors), base: presentValue(this.cost.base, factors) }));
  }
}

/** Running present value of a series at whole years 0..horizon over its first 0, 1, … horizon years. */
export function firstYearsOf(counted: readonly Decimal[], factors: readonly Decimal[]): Decimal[] {
  const firstYears = [ZERO];
  for (let n = 1; n <= factors.length; n++) firstYears.push(firstYears[n - 1]!.plus((counted[n] ?? ZERO).times(factors[n - 1] ?? ZERO)));
  return firstYears;
}

/**
 * Present value of a series delayed `delay` years, from its running present value: factors are
 * geometric, so d whole years late is worth factor[d] × the PV of its first horizon − d years, and
 * a part year lies straight between two whole ones (as `shiftByDelay`).
 */
export function pvAtDelay(firstYearsAt: (n: number) => Decimal, factors: readonly Decimal[], delay: number): Decimal {
  const horizon = factors.length;
  const shift = Math.floor(delay);
  const whole = (d: number) => (d >= horizon ? ZERO : firstYearsAt(horizon - d).times(factors[d]!));
  const frac = money(delay - shift);
  return frac.isZero() ? whole(shift) : whole(shift).times(ONE.minus(frac)).plus(whole(shift + 1).times(frac));
}

const lensKey = (lens: PartnerLens) => (lens.kind === 'all' ? 'all' : `${lens.kind}:${lens.partner}`);

/** A group's sums: all its themes as the lens counts them, and (when first asked for) each partner's weight of them. */
export class GroupSums {
  /** All the group's themes, as the lens counts them. */
  readonly all: ThemeSum;
  readonly #themes: Theme[];
  readonly #s: Settings;
  readonly #lensShare: Decimal[];
  readonly #runs: boolean[];
  #byPartner: Map<AllocationKey, ThemeSum> | undefined;

  constructor(themes: Theme[], s: Settings) {
    this.#themes = themes;
    this.#s = s;
    this.#lensShare = themes.map((t) => lensMultiplier(t, s.lens));
    this.#runs = themes.map((t) => !themeSitsOut(t, s.lens));
    this.all = new ThemeSum(themes.map((theme, i) => ({ theme, benefit: this.#lensShare[i]!, cost: this.#runs[i] ? ONE : null })), s, s.horizon);
  }

  /** Each partner's (and the unallocated) weight of the themes, in the order they first appear. */
  get byPartner(): Map<AllocationKey, ThemeSum> {
    if (!this.#byPartner) {
      const items = new Map<AllocationKey, Weighted[]>();
      this.#themes.forEach((theme, i) => {
        for (const [k, w] of Object.entries(allocationWeights(theme, this.#s.lens))) {
          if (!items.has(k)) items.set(k, []);
          items.get(k)!.push({ theme, benefit: times(this.#lensShare[i]!, w), cost: this.#runs[i] ? w : null });
        }
      });
      this.#byPartner = new Map([...items].map(([k, list]) => [k, new ThemeSum(list, this.#s, this.#s.horizon)]));
    }
    return this.#byPartner;
  }
}

// Keyed by the group's first theme, so a case's sums are dropped with it; and by each theme object
// (not its id): a tornado's changed partner share is a new theme with the same id.
const sumsCache = new WeakMap<Theme, Map<string, GroupSums>>();
const serials = new WeakMap<Theme, number>();
let nextSerial = 0;
const serialOf = (t: Theme): number => serials.get(t) ?? serials.set(t, nextSerial++).get(t)!;

/** Whether the horizon runs past a profile of these themes, where the after-year-5 rule starts. */
const pastAProfile = (themes: Theme[], horizon: number) => themes.some((t) => horizon > Math.min(t.scenarios.prudent.profile.values.length, t.scenarios.base.profile.values.length));

/**
 * A group's sums for the lens, the horizon and (where the horizon reaches it) the after-year-5 rule:
 * made once and kept for the steps that follow, so dragging the drop-off of a case whose profiles
 * cover every year adds nothing up again.
 */
export function groupSums(themes: Theme[], s: Settings): GroupSums {
  const rule = pastAProfile(themes, s.horizon) ? [s.after5, s.dropoff] : [];
  return rememberFor(sumsCache, themes[0]!, keyOf(s.horizon, lensKey(s.lens), ...rule, ...themes.map(serialOf)), 8, () => new GroupSums(themes, s));
}

/** What one step multiplies the prudent and base sums by: its scenario weight × take-up × price base (or cost factor). */
export interface StepFactors {
  key: string;
  benefit: Pair<Decimal>;
  cost: Pair<Decimal>;
  float: { benefit: Pair<number>; cost: Pair<number> };
}

export function stepFactors(s: Settings): StepFactors {
  const [wP, wB] = blendWeights(s.scenario);
  const scale = money(s.scale);
  const benefit = scale.times(money(s.uprate));
  const cost = scale.times(costFactor(s));
  const pair = (f: Decimal): Pair<Decimal> => ({ prudent: wP.times(f), base: wB.times(f) });
  const floats = (p: Pair<Decimal>): Pair<number> => ({ prudent: p.prudent.toNumber(), base: p.base.toNumber() });
  const [b, c] = [pair(benefit), pair(cost)];
  return { key: keyOf(s.scenario, s.scale, s.uprate, s.obCost), benefit: b, cost: c, float: { benefit: floats(b), cost: floats(c) } };
}

export const blend = (k: Pair<Decimal>, v: Pair<Decimal>): Decimal => k.prudent.times(v.prudent).plus(k.base.times(v.base));
const blendSeries = (k: Pair<Decimal>, v: Pair<Decimal[]>): Decimal[] => v.prudent.map((p, i) => blend(k, { prudent: p, base: v.base[i]! }));

/** A sum blended for one step (`ThemeSum.blended`), with what later steps reuse: the gross benefit by delay, present values by series and factors. */
export interface Blend {
  /** Gross benefit at whole years 0..horizon, before the delay and the adjustments. */
  counted: Decimal[];
  cost: Decimal[];
  shifted: Map<number, Decimal[]>;
  pv: Map<Decimal[], Map<Decimal[], Decimal>>;
}

/** A sum's yearly money under one step's settings: what a theme's flows are for one theme. */
export interface SumFlows extends Combined {
  blend: Blend;
  /** Before every adjustment: after take-up, the lens, the price base and the delay. */
  gross: Decimal[];
}

export function sumFlows(sum: ThemeSum, k: StepFactors, group: ThemeGroup, horizon: number): SumFlows {
  const blended = sum.blended(k);
  const gross = remember(blended.shifted, group.delay, 8, () => shiftByDelay(blended.counted, group.delay, horizon));
  const { kept } = group.adjusted;
  return {
    blend: blended,
    gross,
    benefit: kept.eq(ONE) ? gross : gross.map((v) => v.times(kept)),
    cost: blended.cost,
    steadyBenefit: sum.steady(k).gross.times(kept),
    steadyCost: sum.steady(k).cost,
  };
}

/** Present value of one of a blend's series, kept with it. */
export const blendPv = (b: Blend, series: Decimal[], factors: Decimal[]): Decimal =>
  remember(remember(b.pv, series, 12, () => new Map()), factors, 4, () => presentValue(series, factors));

/** The NPV at each whole delay in float64, straight from the float sums: no decimal work, for the delay curve and charts. */
export function floatNpvs(sum: ThemeSum, k: StepFactors, kept: number, factors: Float64Array): FloatNpvs {
  const { benefit, cost } = k.float;
  const { gross, cost: costs } = sum.floats;
  const [gP, gB, cP, cB] = [gross.prudent, gross.base, costs.prudent, costs.base];
  const firstYears = new Float64Array(factors.length + 1);
  let pvCost = 0;
  for (let n = 1; n <= factors.length; n++) {
    const f = factors[n - 1]!;
    firstYears[n] = firstYears[n - 1]! + (benefit.prudent * gP[n]! + benefit.base * gB[n]!) * f;
    pvCost += f * (cost.prudent * cP[n - 1]! + cost.base * cB[n - 1]!);
  }
  return npvAtWholeDelaysFloat(firstYears, factors, kept, pvCost);
}

/**
 * One partner's weight of a group under one step, as the ledgers and the deal read a theme's split:
 * its present values and steady figures at once, from the sums' running present values; its years
 * when first read.
 */
export class PartnerSplit implements ThemeSplit {
  readonly themeId = null;
  readonly weights: Weights;
  readonly pvBenefit: Decimal;
  readonly pvCost: Decimal;
  readonly steadyBenefit: Decimal;
  readonly steadyCost: Decimal;
  readonly #sum: ThemeSum;
  readonly #k: StepFactors;
  readonly #group: ThemeGroup;
  readonly #horizon: number;
  #flows: SumFlows | undefined;

  constructor(key: AllocationKey, sum: ThemeSum, k: StepFactors, group: ThemeGroup, factors: Decimal[]) {
    this.weights = { [key]: ONE };
    this.#sum = sum;
    this.#k = k;
    this.#group = group;
    this.#horizon = factors.length;
    const firstYears = sum.firstYears(factors);
    const { kept } = group.adjusted;
    const pvGross = pvAtDelay((n) => blend(k.benefit, { prudent: firstYears.prudent[n]!, base: firstYears.base[n]! }), factors, group.delay);
    this.pvBenefit = pvGross.times(kept);
    this.pvCost = blend(k.cost, sum.pvCost(factors));
    this.steadyBenefit = sum.steady(k).gross.times(kept);
    this.steadyCost = sum.steady(k).cost;
  }

  get #all() {
    return (this.#flows ??= sumFlows(this.#sum, this.#k, this.#group, this.#horizon));
  }
  get benefit() {
    return this.#all.benefit;
  }
  get cost() {
    return this.#all.cost;
  }
}
