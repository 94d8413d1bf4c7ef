import type Decimal from 'decimal.js';
import { floatNpvs, sumFlows, type StepFactors, type ThemeGroup, type ThemeSum } from './aggregate';
import type { BenefitAdjustment, Combined } from './flows';
import { ZERO, money, sum } from './money';
import type { Allocation } from './partners';
import { costBiasSwitch, delaySwitchFrom, shareSwitch, type FloatNpvs } from './switching';
import type { Result, Settings, Sourced, Theme, YearResult } from './types';
import { financialYear } from './years';

// The result objects evaluate.ts returns: the total's figures at once, the rest when first read.

/** Each year's net benefit, discounted and added up. */
export function yearlyResults(f: Pick<Combined, 'benefit' | 'cost'>, factors: Decimal[], firstYear: string): YearResult[] {
  let cumulative = ZERO;
  return f.benefit.map((benefit, i) => {
    const cost = f.cost[i] ?? ZERO;
    const net = benefit.minus(cost);
    const netDiscounted = net.times(factors[i] ?? ZERO);
    cumulative = cumulative.plus(netDiscounted);
    return { year: financialYear(firstYear, i), index: i + 1, benefit, cost, net, netDiscounted, cumulativeDiscounted: cumulative };
  });
}

type PresentValues = Pick<Result, 'pvBenefit' | 'pvBenefitBeforeLeakage' | 'pvCost'>;

/** What a result is made from: a group's or a theme's, or the total's. */
export interface Part {
  flows: Combined;
  pv: PresentValues;
  /** Present value of the benefit with one adjustment taken away (the same for every theme), for its switching value. */
  without: Record<BenefitAdjustment, Decimal>;
  themes: Theme[];
  partners: () => Allocation;
  /** The NPV at each whole delay: all in decimals (worked out when read), one in decimals, all in float64. */
  byDelay: () => Decimal[];
  atDelay: (delay: number) => Decimal;
  byDelayFloat: FloatNpvs;
}

/** What every result of one evaluation shares. */
export interface Context {
  factors: Decimal[];
  s: Settings;
  firstYear: string;
  price: Decimal;
}

const spendCache = new WeakMap<Sourced, Decimal>();
const spendOf = (t: Theme): Decimal => {
  let value = spendCache.get(t.addressableSpend);
  if (!value) spendCache.set(t.addressableSpend, (value = money(t.addressableSpend.value)));
  return value;
};

function switchingOf({ pv: { pvBenefit, pvCost }, without, atDelay, byDelayFloat }: Part, s: Settings): Result['switching'] {
  return {
    leakage: shareSwitch(without.leakage, pvCost),
    delay: delaySwitchFrom(byDelayFloat, atDelay),
    deadweight: shareSwitch(without.deadweight, pvCost),
    displacement: shareSwitch(without.displacement, pvCost),
    attribution: shareSwitch(without.attribution, pvCost),
    obBenefit: shareSwitch(without.obBenefit, pvCost),
    obCost: costBiasSwitch(pvBenefit, pvCost, s.obCost),
  };
}

/**
 * A theme's or the total's result. The net benefit and present values are worked out at
 * once; the rest (years, partners, switching values, NPV at whole delays) when first read. A class,
 * like the ledgers: objects made each step with getters of their own (a literal's, or defined on
 * them) kept each step's figures alive through garbage collections, which became several times slower.
 */
export class PartResult implements Result {
  readonly npv: Decimal;
  readonly pvBenefit: Decimal;
  readonly pvBenefitBeforeLeakage: Decimal;
  readonly pvCost: Decimal;
  readonly annualNet: Decimal;
  readonly npvByWholeDelayFloat: number[];
  // Private fields: what a result is made from stays out of its enumerable figures (tests, JSON).
  readonly #part: Part;
  readonly #context: Context;
  #yearly: YearResult[] | undefined;
  #partners: Allocation | undefined;
  #switching: Result['switching'] | undefined;
  #byDelay: Decimal[] | undefined;
  #withoutDelay: Decimal | undefined;
  #spend: Decimal | undefined;

  constructor(part: Part, context: Context) {
    this.#part = part;
    this.#context = context;
    this.pvBenefit = part.pv.pvBenefit;
    this.pvBenefitBeforeLeakage = part.pv.pvBenefitBeforeLeakage;
    this.pvCost = part.pv.pvCost;
    this.npv = this.pvBenefit.minus(this.pvCost);
    this.annualNet = part.flows.steadyBenefit.minus(part.flows.steadyCost);
    this.npvByWholeDelayFloat = part.byDelayFloat.values;
  }

  get yearly() {
    return (this.#yearly ??= yearlyResults(this.#part.flows, this.#context.factors, this.#context.firstYear));
  }
  get paybackYear() {
    return this.yearly.find((y) => y.cumulativeDiscounted.gt(0))?.year ?? null;
  }
  get addressableSpend() {
    return (this.#spend ??= sum(this.#part.themes.map(spendOf)).times(this.#context.price));
  }
  get pctOfSpend() {
    return this.addressableSpend.isZero() ? null : this.annualNet.div(this.addressableSpend).toNumber();
  }
  get switching() {
    return (this.#switching ??= switchingOf(this.#part, this.#context.s));
  }
  get partners() {
    return (this.#partners ??= this.#part.partners());
  }
  /** Decimal work of hundreds of operations, read only by the working of the delay switching value. */
  get npvByWholeDelay() {
    return (this.#byDelay ??= this.#part.byDelay());
  }
  get npvWithoutDelay() {
    return (this.#withoutDelay ??= this.#part.atDelay(0));
  }
}

/** The total, which every view shows: its figures worked out at once, as its own fields; the NPV at every whole delay when read. */
export class TotalResult implements Result {
  readonly npv: Decimal;
  readonly pvBenefit: Decimal;
  readonly pvBenefitBeforeLeakage: Decimal;
  readonly pvCost: Decimal;
  readonly npvByWholeDelayFloat: number[];
  readonly annualNet: Decimal;
  readonly addressableSpend: Decimal;
  readonly pctOfSpend: number | null;
  readonly paybackYear: string | null;
  readonly switching: Result['switching'];
  readonly yearly: YearResult[];
  readonly partners: Allocation;
  readonly #result: PartResult;

  constructor(result: PartResult) {
    this.#result = result;
    this.npv = result.npv;
    this.pvBenefit = result.pvBenefit;
    this.pvBenefitBeforeLeakage = result.pvBenefitBeforeLeakage;
    this.pvCost = result.pvCost;
    this.npvByWholeDelayFloat = result.npvByWholeDelayFloat;
    this.annualNet = result.annualNet;
    this.addressableSpend = result.addressableSpend;
    this.pctOfSpend = result.pctOfSpend;
    this.paybackYear = result.paybackYear;
    this.switching = result.switching;
    this.yearly = result.yearly;
    this.partners = result.partners;
  }

  get npvByWholeDelay() {
    return this.#result.npvByWholeDelay;
  }
  get npvWithoutDelay() {
    return this.#result.npvWithoutDelay;
  }
}

/** What every theme's figures are worked out from under one step, shared by the themes' results. */
export interface ThemeStep {
  k: StepFactors;
  factors: Decimal[];
  factorsFloat: Float64Array;
  firstYear: string;
  /** The theme's own sums, kept between steps (aggregate.ts). */
  sumOf: (theme: Theme) => ThemeSum;
  /** The theme's full result. */
  make: (theme: Theme, group: ThemeGroup, sum: ThemeSum) => PartResult;
}

/**
 * A theme's result, worked out when first read: a slider step needs the total's, and a hundred
 * themes' would cost more than all the rest. Its figure a year once running, its years and its NPV
 * at whole delays in float64 (for charts) come straight from its sums, as the full result has them.
 */
export class ThemeResult implements Result {
  readonly #theme: Theme;
  // The group the theme is in: its delay and adjustments.
  readonly #group: ThemeGroup;
  readonly #step: ThemeStep;
  #own: { group: ThemeGroup; sum: ThemeSum } | undefined;
  #result: PartResult | undefined;
  #annualNet: Decimal | undefined;
  #byDelayFloat: number[] | undefined;
  #yearly: YearResult[] | undefined;

  constructor(theme: Theme, group: ThemeGroup, step: ThemeStep) {
    this.#theme = theme;
    this.#group = group;
    this.#step = step;
  }

  /** The theme as a group of its own, with its sums. */
  get #alone() {
    return (this.#own ??= { group: { ...this.#group, themes: [this.#theme] }, sum: this.#step.sumOf(this.#theme) });
  }
  get #full() {
    const { group, sum } = this.#alone;
    return (this.#result ??= this.#step.make(this.#theme, group, sum));
  }
  get annualNet() {
    if (!this.#annualNet) {
      const { sum, group } = this.#alone;
      const steady = sum.steady(this.#step.k);
      this.#annualNet = this.#result?.annualNet ?? steady.gross.times(group.adjusted.kept).minus(steady.cost);
    }
    return this.#annualNet;
  }
  get npvByWholeDelayFloat() {
    const { sum, group } = this.#alone;
    return (this.#byDelayFloat ??= this.#result?.npvByWholeDelayFloat ?? floatNpvs(sum, this.#step.k, group.adjusted.keptFloat, this.#step.factorsFloat).values);
  }
  get npv() {
    return this.#full.npv;
  }
  get pvBenefit() {
    return this.#full.pvBenefit;
  }
  get pvBenefitBeforeLeakage() {
    return this.#full.pvBenefitBeforeLeakage;
  }
  get pvCost() {
    return this.#full.pvCost;
  }
  get yearly() {
    // The years alone, for a chart's bars, need the theme's flows but none of its present values.
    const { sum, group } = this.#alone;
    const { k, factors, firstYear } = this.#step;
    return (this.#yearly ??= this.#result?.yearly ?? yearlyResults(sumFlows(sum, k, group, factors.length), factors, firstYear));
  }
  get paybackYear() {
    return this.#full.paybackYear;
  }
  get addressableSpend() {
    return this.#full.addressableSpend;
  }
  get pctOfSpend() {
    return this.#full.pctOfSpend;
  }
  get switching() {
    return this.#full.switching;
  }
  get partners() {
    return this.#full.partners;
  }
  get npvByWholeDelay() {
    return this.#full.npvByWholeDelay;
  }
  get npvWithoutDelay() {
    return this.#full.npvWithoutDelay;
  }
}

