import type Decimal from 'decimal.js';
import { discountFactors } from './discount';
import { combineFlows, flowsFromBasis, presentValue, themeBasis, type Flows } from './flows';
import { ZERO, money, sum } from './money';
import { allocateTheme, combineAllocations, type Allocation } from './partners';
import { addByDelay, delaySwitch, leakageSwitch, npvAtWholeDelays } from './switching';
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
  themes: Theme[];
  partners: Allocation;
  byDelay: Decimal[];
}

function summarise({ flows: f, pv, themes, partners, byDelay }: Part, factors: Decimal[], firstYear: string): Result {
  const { pvBenefit, pvBenefitBeforeLeakage, pvCost } = pv;
  const yearly = yearlyResults(f, factors, firstYear);
  const annualNet = f.steadyBenefit.minus(f.steadyCost);
  const addressableSpend = sum(themes.map((t) => money(t.addressableSpend.value)));
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
      leakage: leakageSwitch(pvBenefitBeforeLeakage, pvCost),
      delay: delaySwitch(byDelay),
    },
    yearly,
    partners,
  };
}

/** Every figure the app shows, for one set of settings. Pure: same inputs, same results. */
export function evaluate(data: ModelData, s: Settings): Results {
  const factors = discountFactors(s.rate, s.horizon);
  const themes = includedThemes(data, s);
  const perTheme = themes.map((theme) => {
    const basis = themeBasis(theme, s);
    const flows = flowsFromBasis(basis, s);
    const net = {
      yearly: flows.benefit.map((b, i) => b.minus(flows.cost[i] ?? ZERO)),
      annual: flows.steadyBenefit.minus(flows.steadyCost),
    };
    const partners = allocateTheme(theme, s.lens, net, factors, data.partners);
    // The benefit is the benefit before leakage × what is kept, so one present value serves both.
    const pvBenefitBeforeLeakage = presentValue(flows.benefitBeforeLeakage, factors);
    const pv = { pvBenefit: pvBenefitBeforeLeakage.times(basis.kept), pvBenefitBeforeLeakage, pvCost: presentValue(flows.cost, factors) };
    const part: Part = { flows, pv, themes: [theme], partners, byDelay: npvAtWholeDelays(basis, factors, pv.pvCost) };
    return { id: theme.id, part, result: summarise(part, factors, data.firstYear) };
  });
  const flows = combineFlows(perTheme.map((t) => t.part.flows), s.horizon);
  // Present value is linear, so the total's are the sums of the themes'.
  const totalPv = (key: keyof PresentValues) => sum(perTheme.map((t) => t.part.pv[key]));
  const total: Part = {
    flows,
    pv: { pvBenefit: totalPv('pvBenefit'), pvBenefitBeforeLeakage: totalPv('pvBenefitBeforeLeakage'), pvCost: totalPv('pvCost') },
    themes,
    partners: combineAllocations(perTheme.map((t) => t.part.partners), flows.steadyBenefit.minus(flows.steadyCost), data.partners),
    byDelay: addByDelay(perTheme.map((t) => t.part.byDelay)),
  };
  return {
    total: summarise(total, factors, data.firstYear),
    themes: Object.fromEntries(perTheme.map((t) => [t.id, t.result])),
  };
}
