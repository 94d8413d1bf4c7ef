import type Decimal from 'decimal.js';
import { keyOf, once, remember } from './cache';
import { discountFactors } from './discount';
import { blendPv, firstYearsOf, floatNpvs, groupSums, groupThemes, PartnerSplit, stepFactors, sumFlows, type StepFactors, type ThemeGroup, type ThemeSum } from './aggregate';
import { BENEFIT_ADJUSTMENTS, adjustmentsFor, combineFlows, type BenefitAdjustment } from './flows';
import { ZERO, money, sum } from './money';
import { dealFor } from './deal';
import { allocate, allocationWeights, type AllocationKey, type ThemeSplit } from './partners';
import { PartResult, ThemeResult, TotalResult, type Context, type Part, type ThemeStep } from './results';
import { addByDelay, addByDelayFloat, npvAtDelay } from './switching';
import type { ModelData, Results, Settings, Theme } from './types';

/** The themes a setting switches on, in the data file's order. */
export const includedThemes = (data: ModelData, s: Settings): Theme[] =>
  data.themes.filter((t) => s.themes.includes(t.id));

const floats = (values: Decimal[]): Float64Array => Float64Array.from(values, (v) => v.toNumber());
const factorCache = new Map<string, { factors: Decimal[]; factorsFloat: Float64Array }>();

/** A group's (or one theme's) part of a result, from its sums under one step's settings. */
function groupPart(group: ThemeGroup, sum: ThemeSum, k: StepFactors, factors: Decimal[], factorsFloat: Float64Array): Omit<Part, 'themes' | 'partners'> {
  const flows = sumFlows(sum, k, group, factors.length);
  const { kept, keptFloat, left } = group.adjusted;
  // Every benefit figure is the gross benefit × what the adjustments leave, so one present value serves them all.
  const pvGross = blendPv(flows.blend, flows.gross, factors);
  const pvBenefit = pvGross.times(kept);
  // Taking away an adjustment that leaves everything changes nothing.
  const without = Object.fromEntries(BENEFIT_ADJUSTMENTS.map((a) => [a, left[a].eq(1) ? pvBenefit : pvGross.times(group.adjusted.without[a])])) as Part['without'];
  const pvCost = blendPv(flows.blend, flows.cost, factors);
  let firstYears: Decimal[] | undefined;
  const atDelay = (delay: number) => npvAtDelay((firstYears ??= firstYearsOf(flows.blend.counted, factors)), factors, delay, kept, pvCost);
  return {
    flows,
    pv: { pvBenefit, pvBenefitBeforeLeakage: without.leakage, pvCost },
    without,
    byDelay: () => Array.from({ length: factors.length + 1 }, (_, delay) => atDelay(delay)),
    atDelay,
    byDelayFloat: floatNpvs(sum, k, keptFloat, factorsFloat),
  };
}

/** Each partner key (and the unallocated) in the order the included themes first name it. */
function partnerKeys(themes: Theme[], s: Settings): AllocationKey[] {
  const keys = new Set<AllocationKey>();
  for (const theme of themes) for (const key of Object.keys(allocationWeights(theme, s.lens))) keys.add(key);
  return [...keys];
}

/** What one evaluation works from: the discount factors, the step's factors and each group with its sums and part. */
function groupsOf(data: ModelData, s: Settings) {
  // The same factors object for the same rate, so what is kept by factors is found again.
  const { factors, factorsFloat } = remember(factorCache, keyOf(s.rate, s.horizon), 16, () => {
    const factors = discountFactors(s.rate, s.horizon);
    return { factors, factorsFloat: floats(factors) };
  });
  const themes = includedThemes(data, s);
  const k = stepFactors(s);
  const groups = groupThemes(themes, s, adjustmentsFor(s)).map((group) => {
    const sums = groupSums(group.themes, s);
    return { group, sums, part: groupPart(group, sums.all, k, factors, factorsFloat) };
  });
  return { factors, factorsFloat, themes, k, groups };
}

/** The net benefit alone, the same to the last digit as `evaluate`'s: for the tornado, which needs nothing else. */
export function netBenefit(data: ModelData, s: Settings): Decimal {
  const { groups } = groupsOf(data, s);
  return sum(groups.map((g) => g.part.pv.pvBenefit)).minus(sum(groups.map((g) => g.part.pv.pvCost)));
}

/**
 * Every figure the app shows, for one set of settings. Pure: same inputs, same results. The total
 * and the partners' ledgers come from the themes' sums (aggregate.ts); each theme's own result is
 * worked out, the same way from its own sums, when first read.
 */
export function evaluate(data: ModelData, s: Settings): Results {
  const { factors, factorsFloat, themes, k, groups } = groupsOf(data, s);
  const context: Context = { factors, s, firstYear: data.firstYear, price: money(s.uprate) };
  // Each partner's weight of each group: made when the partners or a payment rule first need them.
  const splits = once(() =>
    partnerKeys(themes, s).flatMap((key) =>
      groups.flatMap(({ group, sums }) => {
        const sum = sums.byPartner.get(key);
        return sum ? [new PartnerSplit(key, sum, k, group, factors)] : [];
      }),
    ),
  );
  // Who pays is agreed for the whole programme, then applied to each theme's costs alike.
  const deal = dealFor(splits, factors, data.partners, s);
  const partnersOf = (parts: ThemeSplit[], themeId: Theme['id'] | null) => allocate(parts, deal.payers, factors, data.firstYear, data.partners, context.price, themeId);

  const parts = groups.map((g) => g.part);
  // Present value is linear, so the total's are the sums of the groups'.
  const totalOf = (pick: (p: (typeof parts)[number]) => Decimal) => sum(parts.map(pick));
  const pvBenefit = totalOf((p) => p.pv.pvBenefit);
  // Where no group has the adjustment, each group's "without" is its benefit, and so is their sum.
  const withoutTotal = (a: BenefitAdjustment) => (parts.every((p) => p.without[a] === p.pv.pvBenefit) ? pvBenefit : totalOf((p) => p.without[a]));
  const without = Object.fromEntries(BENEFIT_ADJUSTMENTS.map((a) => [a, withoutTotal(a)])) as Part['without'];
  const total: Part = {
    flows: parts.length === 1 ? parts[0]!.flows : combineFlows(parts.map((p) => p.flows), s.horizon),
    pv: { pvBenefit, pvBenefitBeforeLeakage: without.leakage, pvCost: totalOf((p) => p.pv.pvCost) },
    without,
    themes,
    partners: () => partnersOf(splits(), themes.length === 1 ? themes[0]!.id : null),
    byDelay: () => addByDelay(parts.map((p) => p.byDelay())),
    atDelay: (delay) => parts.reduce((acc, p) => acc.plus(p.atDelay(delay)), ZERO),
    byDelayFloat: addByDelayFloat(parts.map((p) => p.byDelayFloat)),
  };

  const step: ThemeStep = {
    k,
    factors,
    factorsFloat,
    firstYear: data.firstYear,
    sumOf: (theme) => groupSums([theme], s).all,
    make: (theme, group, sum) => {
      const part = groupPart(group, sum, k, factors, factorsFloat);
      const split: ThemeSplit = { themeId: theme.id, weights: allocationWeights(theme, s.lens), ...part.flows, pvBenefit: part.pv.pvBenefit, pvCost: part.pv.pvCost };
      return new PartResult({ ...part, themes: [theme], partners: () => partnersOf([split], theme.id) }, context);
    },
  };
  const groupOf = new Map<Theme, ThemeGroup>();
  for (const { group } of groups) for (const theme of group.themes) groupOf.set(theme, group);
  return {
    total: new TotalResult(new PartResult(total, context)),
    themes: Object.fromEntries(themes.map((theme) => [theme.id, new ThemeResult(theme, groupOf.get(theme)!, step)])),
    deal: deal.result,
  };
}
