import type Decimal from 'decimal.js';
import { discountFactors } from './discount';
import { BENEFIT_ADJUSTMENTS, combineFlows, flowsFromBasis, keptWithout, presentValue, themeBasis, type BenefitAdjustment, type Flows } from './flows';
import { ZERO, money, sum } from './money';
import { dealFor } from './deal';
import { allocate, allocationWeights, type Allocation, type ThemeSplit } from './partners';
import { addByDelay, costBiasSwitch, delaySwitch, shareSwitch, npvAtWholeDelays } from './switching';
import type { ModelData, Result, Results, Settings, Theme, YearResult } from './types';
import { financialYear } from './years';

/** The themes a setting switches on, in the data file's order. */
export const includedThemes = (data: ModelData, s: Settings): Theme[] =>
  data.themes.filter((t) => s.themes.includes(t.id));

/** Each year's net benefit, discounted and added up. */
export function yearlyResults(f: Pick<Flows, 'benefit' | 'cost'>, factors: Decimal[], firstYear: string): YearResult[] {
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
  flows: Flows;
  pv: PresentValues;
  /** Present value of the benefit with one adjustment taken away (the same for every theme), for its switching value. */
  without: Record<BenefitAdjustment, Decimal>;
  themes: Theme[];
  partners: Allocation;
  byDelay: Decimal[];
}

function summarise({ flows: f, pv, without, themes, partners, byDelay }: Part, factors: Decimal[], s: Settings, firstYear: string): Result {
  const price = money(s.uprate);
  const { pvBenefit, pvBenefitBeforeLeakage, pvCost } = pv;
  const yearly = yearlyResults(f, factors, firstYear);
  const annualNet = f.steadyBenefit.minus(f.steadyCost);
  const addressableSpend = sum(themes.map((t) => money(t.addressableSpend.value))).times(price);
  return {
    npv: pvBenefit.minus(pvCost),
    pvBenefit,
    pvBenefitBeforeLeakage,
    pvCost,
    npvByWholeDelay: byDelay,
    annualNet,
    addressableSpend,
    pctOfSpend: addressableSpend.isZero() ? null : annualNet.div(addressableSpend).toNumber(),
    paybackYear: yearly.find((y) => y.cumulativeDiscounted.gt(0))?.year ?? null,
    switching: {
      leakage: shareSwitch(without.leakage, pvCost),
      delay: delaySwitch(byDelay),
      deadweight: shareSwitch(without.deadweight, pvCost),
      displacement: shareSwitch(without.displacement, pvCost),
      attribution: shareSwitch(without.attribution, pvCost),
      obBenefit: shareSwitch(without.obBenefit, pvCost),
      obCost: costBiasSwitch(pvBenefit, pvCost, s.obCost),
    },
    yearly,
    partners,
  };
}

/** Every figure the app shows, for one set of settings. Pure: same inputs, same results. */
export function evaluate(data: ModelData, s: Settings): Results {
  const factors = discountFactors(s.rate, s.horizon);
  // The price-base factor: every money figure, spend and budgets too, in the chosen prices.
  const price = money(s.uprate);
  const themes = includedThemes(data, s);
  const perTheme = themes.map((theme) => {
    const basis = themeBasis(theme, s);
    const flows = flowsFromBasis(basis, s);
    // Every benefit figure is the gross benefit × what the adjustments leave, so one present value serves them all.
    const pvGross = presentValue(flows.gross, factors);
    const pvBenefit = pvGross.times(basis.kept);
    // Taking away an adjustment that leaves everything changes nothing.
    const without = Object.fromEntries(BENEFIT_ADJUSTMENTS.map((k) => [k, basis.left[k].eq(1) ? pvBenefit : pvGross.times(keptWithout(basis.left, k))])) as Part['without'];
    const pv = { pvBenefit, pvBenefitBeforeLeakage: without.leakage, pvCost: presentValue(flows.cost, factors) };
    const split: ThemeSplit = { themeId: theme.id, weights: allocationWeights(theme, s.lens), ...flows, pvBenefit, pvCost: pv.pvCost };
    return { theme, split, flows, pv, without, byDelay: npvAtWholeDelays(basis, factors, pv.pvCost) };
  });
  // Who pays is agreed for the whole programme, then applied to each theme's costs alike.
  const deal = dealFor(perTheme.map((t) => t.split), factors, data.partners, s);
  const partnersOf = (splits: ThemeSplit[]) => allocate(splits, deal.payers, factors, data.firstYear, data.partners, price);
  const themeParts = perTheme.map(({ theme, split, flows, pv, without, byDelay }) => {
    const part: Part = { flows, pv, without, themes: [theme], partners: partnersOf([split]), byDelay };
    return { id: theme.id, part, result: summarise(part, factors, s, data.firstYear) };
  });
  const flows = combineFlows(themeParts.map((t) => t.part.flows), s.horizon);
  // Present value is linear, so the total's are the sums of the themes'.
  const totalPv = (key: keyof PresentValues) => sum(themeParts.map((t) => t.part.pv[key]));
  const total: Part = {
    flows,
    pv: { pvBenefit: totalPv('pvBenefit'), pvBenefitBeforeLeakage: totalPv('pvBenefitBeforeLeakage'), pvCost: totalPv('pvCost') },
    without: Object.fromEntries(BENEFIT_ADJUSTMENTS.map((k) => [k, sum(themeParts.map((t) => t.part.without[k]))])) as Part['without'],
    themes,
    partners: partnersOf(perTheme.map((t) => t.split)),
    byDelay: addByDelay(themeParts.map((t) => t.part.byDelay)),
  };
  return {
    total: summarise(total, factors, s, data.firstYear),
    themes: Object.fromEntries(themeParts.map((t) => [t.id, t.result])),
    deal: deal.result,
  };
}
