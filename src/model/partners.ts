import type Decimal from 'decimal.js';
import { presentValue } from './flows';
import { financialYear } from './years';
import { ONE, ZERO, money, sum } from './money';
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

export type Weights = Readonly<Record<AllocationKey, Decimal>>;
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

/** A theme's yearly money and how its benefit divides (`allocationWeights`). */
export interface ThemeSplit {
  themeId: Theme['id'];
  weights: Weights;
  benefit: Decimal[];
  cost: Decimal[];
  steadyBenefit: Decimal;
  steadyCost: Decimal;
}

/**
 * Who pays: null for each partner its share of each theme's costs (the weights); otherwise each
 * payer's fraction of every theme's cost, year by year (deal.ts).
 */
export type Payers = Readonly<Record<AllocationKey, Decimal[]>> | null;

/** What one theme gives and costs each partner, before the figures derived from them. */
interface Raw {
  benefit: Decimal[];
  cost: Decimal[];
  annualBenefit: Decimal;
  annualCost: Decimal;
}

function splitTheme(split: ThemeSplit, payers: Payers): Record<AllocationKey, Raw> {
  const out: Record<AllocationKey, Raw> = {};
  const zeros = split.cost.map(() => ZERO);
  const last = split.cost.length - 1;
  const keys = new Set<AllocationKey>([...Object.keys(split.weights), ...Object.keys(payers ?? {})]);
  for (const key of keys) {
    const w = split.weights[key];
    const pays = payers ? payers[key] : w && split.cost.map(() => w);
    out[key] = {
      benefit: w ? split.benefit.map((v) => v.times(w)) : zeros,
      cost: pays ? split.cost.map((v, i) => v.times(pays[i] ?? ZERO)) : zeros,
      annualBenefit: w ? split.steadyBenefit.times(w) : ZERO,
      // After the horizon a payer goes on paying its last year's fraction.
      annualCost: pays ? split.steadyCost.times(pays[last] ?? ZERO) : ZERO,
    };
  }
  return out;
}

const add = (a: Decimal[], b: Decimal[]) => a.map((v, i) => v.plus(b[i] ?? ZERO));

function addRaw(a: Raw, b: Raw): Raw {
  return { benefit: add(a.benefit, b.benefit), cost: add(a.cost, b.cost), annualBenefit: a.annualBenefit.plus(b.annualBenefit), annualCost: a.annualCost.plus(b.annualCost) };
}

/** Each partner's ledger for one theme, or for several added together (money is linear in each). */
export function allocate(splits: ThemeSplit[], payers: Payers, factors: Decimal[], firstYear: string, partners: Partner[], price: Decimal = ONE): Allocation {
  const raw: Record<AllocationKey, Raw> = {};
  for (const split of splits) {
    for (const [key, r] of Object.entries(splitTheme(split, payers))) raw[key] = raw[key] ? addRaw(raw[key], r) : r;
  }
  const themeId = splits.length === 1 ? splits[0]!.themeId : null;
  const totalAnnual = sum(splits.map((s) => s.steadyBenefit.minus(s.steadyCost)));
  return Object.fromEntries(Object.entries(raw).map(([key, r]) => [key, ledger(key, r, factors, firstYear, partners, themeId, totalAnnual, price)]));
}

// Budgets are in the case's prices: with a price-base factor they move with the figures they are set against.
function ledger(key: AllocationKey, r: Raw, factors: Decimal[], firstYear: string, partners: Partner[], themeId: Theme['id'] | null, totalAnnual: Decimal, price: Decimal): PartnerAllocation {
  const yearly = r.benefit.map((b, i) => b.minus(r.cost[i] ?? ZERO));
  let running = ZERO;
  const cumulativeDiscounted = yearly.map((v, i) => (running = running.plus(v.times(factors[i] ?? ZERO))));
  const pvBenefit = presentValue(r.benefit, factors);
  const pvCost = presentValue(r.cost, factors);
  const npv = pvBenefit.minus(pvCost);
  const annual = r.annualBenefit.minus(r.annualCost);
  const budget = key === 'unallocated' ? null : budgetFor(partners.find((p) => p.id === key), themeId);
  // A running total that is zero to the last of its digits has broken even: the solver works to exactly that.
  const tolerance = pvCost.abs().plus(pvBenefit.abs()).times(EVEN);
  const payback = pvCost.isZero() ? -1 : cumulativeDiscounted.findIndex((v) => v.gte(tolerance.neg()));
  return {
    annual,
    share: totalAnnual.isZero() ? null : annual.div(totalAnnual).toNumber(),
    pctOfBudget: budget && !budget.isZero() ? annual.div(budget.times(price)).toNumber() : null,
    yearly,
    benefit: r.benefit,
    cost: r.cost,
    cumulativeDiscounted,
    npv,
    pvBenefit,
    pvCost,
    roi: pvCost.isZero() ? null : npv.div(pvCost).toNumber(),
    paybackYear: payback < 0 ? null : financialYear(firstYear, payback),
  };
}

const EVEN = money('1e-15');
