import type { Ignored } from './settings';
import type { PartnerAllocation, Result, Results, Settings } from './types';

const partnerJson = (a: PartnerAllocation) => ({
  annual: a.annual.toNumber(),
  share: a.share,
  pctOfBudget: a.pctOfBudget,
  npv: a.npv.toNumber(),
  yearly: a.yearly.map((v) => v.toNumber()),
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
  };
}
