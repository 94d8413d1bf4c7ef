import type Decimal from 'decimal.js';
import { presentValue } from './flows';
import { ONE, ZERO, money } from './money';
import { normalisedShares } from './shares';
import type { Partner, PartnerAllocation, PartnerId, PartnerLens, Sourced, Theme } from './types';

export type AllocationKey = PartnerId | 'unallocated';
export type Allocation = Record<AllocationKey, PartnerAllocation>;

/**
 * How a theme's net benefit divides between partners under a lens, adding to one: each one's
 * share; a lead partner keeps all that is left after bearing the costs; without one partner, the
 * others divide it in proportion; with nobody left, it is unallocated.
 */
export function allocationWeights(theme: Theme, lens: PartnerLens): Weights {
  // Cached: the shares never change while the data is loaded, and a slider step would redo the divisions.
  let byLens = weightsCache.get(theme);
  if (!byLens) weightsCache.set(theme, (byLens = new Map()));
  const key = lens.kind === 'all' ? 'all' : `${lens.kind}:${lens.partner}`;
  let weights = byLens.get(key);
  if (!weights) byLens.set(key, (weights = Object.freeze(computeWeights(theme, lens))));
  return weights;
}

type Weights = Readonly<Record<AllocationKey, Decimal>>;
const weightsCache = new WeakMap<Theme, Map<string, Weights>>();

function computeWeights(theme: Theme, lens: PartnerLens): Weights {
  if (lens.kind === 'lead') return { [lens.partner]: ONE };
  const shares = normalisedShares(theme);
  if (lens.kind === 'exclude') delete shares[lens.partner];
  const pool = Object.values(shares).reduce((a, v) => a.plus(v), ZERO);
  if (pool.lte(0)) return { unallocated: ONE };
  return Object.fromEntries(Object.entries(shares).map(([id, v]) => [id, v.div(pool)]));
}

const budgetCache = new WeakMap<Sourced, Decimal>();

function budgetFor(partner: Partner | undefined, themeId: Theme['id'] | null): Decimal | null {
  if (!partner) return null;
  const budget = (themeId ? partner.budgetByTheme?.[themeId] : undefined) ?? partner.budget;
  let value = budgetCache.get(budget);
  if (!value) budgetCache.set(budget, (value = money(budget.value)));
  return value;
}

export function allocateTheme(
  theme: Theme,
  lens: PartnerLens,
  net: { yearly: Decimal[]; annual: Decimal },
  factors: Decimal[],
  partners: Partner[],
  price: Decimal = ONE,
): Allocation {
  const out: Allocation = {};
  // A partner's NPV is its weight times the theme's: one present value, not one per partner.
  const npv = presentValue(net.yearly, factors);
  for (const [key, w] of Object.entries(allocationWeights(theme, lens)) as [AllocationKey, Decimal][]) {
    out[key] = {
      annual: net.annual.times(w),
      share: null,
      pctOfBudget: null,
      yearly: net.yearly.map((v) => v.times(w)),
      npv: npv.times(w),
    };
  }
  return finishAllocation(out, net.annual, partners, theme.id, price);
}

export function combineAllocations(all: Allocation[], totalAnnual: Decimal, partners: Partner[], price: Decimal = ONE): Allocation {
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
  return finishAllocation(out, totalAnnual, partners, null, price);
}

// Budgets are in the case's prices: with a price-base factor they move with the figures they are set against.
function finishAllocation(out: Allocation, totalAnnual: Decimal, partners: Partner[], themeId: Theme['id'] | null, price: Decimal) {
  for (const [key, a] of Object.entries(out) as [AllocationKey, PartnerAllocation][]) {
    const budget = key === 'unallocated' ? null : budgetFor(partners.find((p) => p.id === key), themeId);
    a.share = totalAnnual.isZero() ? null : a.annual.div(totalAnnual).toNumber();
    a.pctOfBudget = budget && !budget.isZero() ? a.annual.div(budget.times(price)).toNumber() : null;
  }
  return out;
}
