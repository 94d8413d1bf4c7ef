import type Decimal from 'decimal.js';
import { presentValue } from './flows';
import { ONE, ZERO } from './money';
import { normalisedShares } from './shares';
import type { Partner, PartnerAllocation, PartnerId, PartnerLens, Theme } from './types';

export type AllocationKey = PartnerId | 'unallocated';
export type Allocation = Partial<Record<AllocationKey, PartnerAllocation>>;

/**
 * How a theme's net benefit divides between partners under a lens, as fractions that add to one.
 * All together: each partner's (normalised) share. One partner alone: it bears the costs and
 * keeps all that is left. One partner left out: the others divide the rest in proportion to
 * their shares. Where nobody is left to receive it, the amount is shown as unallocated.
 */
export function allocationWeights(theme: Theme, lens: PartnerLens): Partial<Record<AllocationKey, Decimal>> {
  if (lens.kind === 'lead') return { [lens.partner]: ONE };
  const shares = normalisedShares(theme);
  if (lens.kind === 'exclude') delete shares[lens.partner];
  const pool = Object.values(shares).reduce((a, v) => a.plus(v), ZERO);
  if (pool.lte(0)) return { unallocated: ONE };
  return Object.fromEntries(Object.entries(shares).map(([id, v]) => [id, v.div(pool)]));
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
