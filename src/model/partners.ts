import type Decimal from 'decimal.js';
import { presentValue } from './flows';
import { ONE, ZERO, money } from './money';
import type { Partner, PartnerAllocation, PartnerId, PartnerLens, Theme } from './types';
import { PARTNER_IDS } from './types';

export type AllocationKey = PartnerId | 'unallocated';
export type Allocation = Partial<Record<AllocationKey, PartnerAllocation>>;

/**
 * How a theme's net benefit divides between partners under a lens, as fractions that add to one.
 * All together: each partner's published share, the remainder (the report's shares do not always
 * add to 100%) unallocated. One partner alone: it bears the costs and keeps all that is left.
 * One partner left out: the others divide the rest in proportion to their shares.
 */
export function allocationWeights(theme: Theme, lens: PartnerLens): Partial<Record<AllocationKey, Decimal>> {
  if (lens.kind === 'lead') return { [lens.partner]: ONE };
  const shares = PARTNER_IDS.flatMap((id) => {
    const v = theme.partnerShares[id]?.value;
    return v === undefined || (lens.kind === 'exclude' && id === lens.partner) ? [] : [[id, money(v)] as const];
  });
  const allocated = shares.reduce((a, [, v]) => a.plus(v), ZERO);
  const excluded = lens.kind === 'exclude' ? money(theme.partnerShares[lens.partner]?.value ?? 0) : ZERO;
  const pool = ONE.minus(excluded);
  if (pool.lte(0)) return { unallocated: ONE };
  const weights: Partial<Record<AllocationKey, Decimal>> = {};
  for (const [id, v] of shares) weights[id] = v.div(pool);
  const rest = pool.minus(allocated);
  if (!rest.isZero()) weights.unallocated = rest.div(pool);
  return weights;
}

function budgetFor(partner: Partner | undefined, themeId: Theme['id'] | null): number | null {
  if (!partner) return null;
  const override = themeId ? partner.budgetByTheme?.[themeId] : undefined;
  return (override ?? partner.budget).value;
}

/** Splits one theme's net streams between partners. */
export function allocateTheme(
  theme: Theme,
  lens: PartnerLens,
  net: { yearly: Decimal[]; annual: Decimal },
  factors: Decimal[],
  partners: Partner[],
): Allocation {
  const out: Allocation = {};
  for (const [key, w] of Object.entries(allocationWeights(theme, lens)) as [AllocationKey, Decimal][]) {
    const yearly = net.yearly.map((v) => v.times(w));
    out[key] = {
      annual: net.annual.times(w),
      share: null,
      pctOfBudget: null,
      yearly,
      npv: presentValue(yearly, factors),
    };
  }
  return finishAllocation(out, net.annual, partners, theme.id);
}

/** Adds theme allocations into a total one. */
export function combineAllocations(all: Allocation[], totalAnnual: Decimal, partners: Partner[]): Allocation {
  const out: Allocation = {};
  for (const alloc of all) {
    for (const [key, a] of Object.entries(alloc) as [AllocationKey, PartnerAllocation][]) {
      const prev = out[key];
      out[key] = prev
        ? {
            ...prev,
            annual: prev.annual.plus(a.annual),
            yearly: prev.yearly.map((v, i) => v.plus(a.yearly[i] ?? ZERO)),
            npv: prev.npv.plus(a.npv),
          }
        : { ...a };
    }
  }
  return finishAllocation(out, totalAnnual, partners, null);
}

function finishAllocation(out: Allocation, totalAnnual: Decimal, partners: Partner[], themeId: Theme['id'] | null) {
  for (const [key, a] of Object.entries(out) as [AllocationKey, PartnerAllocation][]) {
    const budget = key === 'unallocated' ? null : budgetFor(partners.find((p) => p.id === key), themeId);
    a.share = totalAnnual.isZero() ? null : a.annual.div(totalAnnual).toNumber();
    a.pctOfBudget = budget ? a.annual.div(budget).toNumber() : null;
  }
  return out;
}
