import type Decimal from 'decimal.js';
import { keyOf, remember } from './cache';
import { discountFactors } from './discount';
import { BENEFIT_ADJUSTMENTS, adjustmentsFor, combineFlows, flowsFromBasis, presentValueOf, themeBasis, type BenefitAdjustment, type Combined } from './flows';
import { ZERO, money, sum } from './money';
import { dealFor } from './deal';
import { allocate, allocationWeights, type Allocation, type ThemeSplit } from './partners';
import { addByDelay, addByDelayFloat, costBiasSwitch, delaySwitchFrom, firstYearsPv, npvAtDelay, npvAtWholeDelays, npvAtWholeDelaysFloat, shareSwitch, type FloatNpvs } from './switching';
import type { ModelData, Result, Results, Settings, Sourced, Theme, YearResult } from './types';
import { financialYear } from './years';

/** The themes a setting switches on, in the data file's order. */
export const includedThemes = (data: ModelData, s: Settings): Theme[] =>
  data.themes.filter((t) => s.themes.includes(t.id));

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

/** A theme's, or the total's, parts of a result. */
interface Part {
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
interface Context {
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
 * A theme's result. The net benefit and present values are worked out at once; the rest (years,
 * partners, switching values, NPV at whole delays) when first read: a slider step needs the
 * total's, and a hundred themes' would cost more than all the rest. A class, like the ledgers:
 * objects made each step with getters of their own (a literal's, or defined on them) kept each
 * step's figures alive through garbage collections, which became several times slower.
 */
class PartResult implements Result {
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
  /** Decimal work of hundreds of operations a theme, read only by the working of the delay switching value. */
  get npvByWholeDelay() {
    return (this.#byDelay ??= this.#part.byDelay());
  }
  get npvWithoutDelay() {
    return (this.#withoutDelay ??= this.#part.atDelay(0));
  }
}

/** The total, which every view shows: its figures worked out at once, as its own fields; the NPV at every whole delay when read. */
class TotalResult implements Result {
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

const floats = (values: Decimal[]): Float64Array => Float64Array.from(values, (v) => v.toNumber());
const factorCache = new Map<string, { factors: Decimal[]; factorsFloat: Float64Array }>();

/** Every figure the app shows, for one set of settings. Pure: same inputs, same results. */
export function evaluate(data: ModelData, s: Settings): Results {
  // The same factors object for the same rate, so what is kept by series and factors is found again.
  const { factors, factorsFloat } = remember(factorCache, keyOf(s.rate, s.horizon), 16, () => {
    const factors = discountFactors(s.rate, s.horizon);
    return { factors, factorsFloat: floats(factors) };
  });
  const context: Context = { factors, s, firstYear: data.firstYear, price: money(s.uprate) };
  const themes = includedThemes(data, s);
  const adjustmentsOf = adjustmentsFor(s);
  const perTheme = themes.map((theme) => {
    const adjusted = adjustmentsOf(theme.id);
    const basis = themeBasis(theme, s, adjusted);
    const flows = flowsFromBasis(basis, s);
    // Every benefit figure is the gross benefit × what the adjustments leave, so one present value serves them all.
    const pvGross = presentValueOf(basis, flows.gross, factors);
    const pvBenefit = pvGross.times(basis.kept);
    // Taking away an adjustment that leaves everything changes nothing.
    const without = Object.fromEntries(BENEFIT_ADJUSTMENTS.map((k) => [k, basis.left[k].eq(1) ? pvBenefit : pvGross.times(adjusted.without[k])])) as Part['without'];
    const pv = { pvBenefit, pvBenefitBeforeLeakage: without.leakage, pvCost: presentValueOf(basis, flows.cost, factors) };
    const split: ThemeSplit = { themeId: theme.id, weights: allocationWeights(theme, s.lens), ...flows, pvBenefit, pvCost: pv.pvCost };
    const part: Part = {
      flows,
      pv,
      without,
      themes: [theme],
      partners: () => partnersOf([split]),
      byDelay: () => npvAtWholeDelays(basis, factors, pv.pvCost),
      atDelay: (delay) => npvAtDelay(firstYearsPv(basis, factors), factors, delay, basis.kept, pv.pvCost),
      byDelayFloat: npvAtWholeDelaysFloat((basis.saved.countedFloat ??= floats(basis.counted)), factorsFloat, adjusted.keptFloat, pv.pvCost.toNumber()),
    };
    return { id: theme.id, split, part, result: new PartResult(part, context) };
  });
  // Who pays is agreed for the whole programme, then applied to each theme's costs alike.
  const deal = dealFor(perTheme.map((t) => t.split), factors, data.partners, s);
  const partnersOf = (splits: ThemeSplit[]) => allocate(splits, deal.payers, factors, data.firstYear, data.partners, context.price);
  // Present value is linear, so the total's are the sums of the themes'.
  const totalOf = (pick: (p: Part) => Decimal) => sum(perTheme.map((t) => pick(t.part)));
  const pvBenefit = totalOf((p) => p.pv.pvBenefit);
  // Where no theme has the adjustment, each theme's "without" is its benefit, and so is their sum.
  const withoutTotal = (k: BenefitAdjustment) => (perTheme.every((t) => t.part.without[k] === t.part.pv.pvBenefit) ? pvBenefit : totalOf((p) => p.without[k]));
  const without = Object.fromEntries(BENEFIT_ADJUSTMENTS.map((k) => [k, withoutTotal(k)])) as Part['without'];
  const total: Part = {
    flows: combineFlows(perTheme.map((t) => t.part.flows), s.horizon),
    pv: { pvBenefit, pvBenefitBeforeLeakage: without.leakage, pvCost: totalOf((p) => p.pv.pvCost) },
    without,
    themes,
    partners: () => partnersOf(perTheme.map((t) => t.split)),
    byDelay: () => addByDelay(perTheme.map((t) => t.result.npvByWholeDelay)),
    // As addByDelay adds each theme's.
    atDelay: (delay) => perTheme.reduce((acc, t) => acc.plus(t.part.atDelay(delay)), ZERO),
    byDelayFloat: addByDelayFloat(perTheme.map((t) => t.part.byDelayFloat)),
  };
  return {
    total: new TotalResult(new PartResult(total, context)),
    themes: Object.fromEntries(perTheme.map((t) => [t.id, t.result])),
    deal: deal.result,
  };
}
