import type { Ignored } from './settings';
import type Decimal from 'decimal.js';
import { payText } from './linkParams';
import type { DealResult, PartnerAllocation, Result, Results, Settings } from './types';

const numbers = (values: Decimal[]) => values.map((v) => v.toNumber());

const partnerJson = (a: PartnerAllocation) => ({
  annual: a.annual.toNumber(),
  share: a.share,
  pctOfBudget: a.pctOfBudget,
  pvBenefit: a.pvBenefit.toNumber(),
  pvCost: a.pvCost.toNumber(),
  npv: a.npv.toNumber(),
  roi: a.roi,
  paybackYear: a.paybackYear,
  yearly: numbers(a.yearly),
  benefit: numbers(a.benefit),
  cost: numbers(a.cost),
  cumulativeDiscounted: numbers(a.cumulativeDiscounted),
});

const dealJson = (d: DealResult) => ({
  rule: payText(d.rule),
  gap: d.gap,
  breakevenYear: d.breakevenYear,
  centralShare: d.centralShare,
  centralContribution: d.centralContribution.toNumber(),
  notes: d.notes,
});

function resultJson(r: Result) {
  return {
    npv: r.npv.toNumber(),
    pvBenefit: r.pvBenefit.toNumber(),
    pvCost: r.pvCost.toNumber(),
    annualNet: r.annualNet.toNumber(),
    addressableSpend: r.addressableSpend.toNumber(),
    pctOfSpend: r.pctOfSpend,
    paybackYear: r.paybackYear,
    switching: r.switching,
    yearly: r.yearly.map((y) => ({
      year: y.year,
      benefit: y.benefit.toNumber(),
      cost: y.cost.toNumber(),
      net: y.net.toNumber(),
      netDiscounted: y.netDiscounted.toNumber(),
      cumulativeDiscounted: y.cumulativeDiscounted.toNumber(),
    })),
    partners: Object.fromEntries(Object.entries(r.partners).map(([k, a]) => [k, partnerJson(a as PartnerAllocation)])),
  };
}

/** Plain-number form of the results: the documented interface of `npm run evaluate` (README). */
export function toJson(results: Results, settings: Settings, ignored: Ignored[]) {
  const total = resultJson(results.total);
  return {
    settings,
    ignored,
    total,
    themes: Object.fromEntries(Object.entries(results.themes).map(([id, r]) => [id, resultJson(r as Result)])),
    partners: total.partners,
    deal: dealJson(results.deal),
  };
}
