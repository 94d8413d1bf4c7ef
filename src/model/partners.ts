import type Decimal from 'decimal.js';
import { rememberFor } from './cache';
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
  const budget = (themeId ? partner?.budgetByTheme?.[themeId] : undefined) ?? partner?.budget;
  if (!budget) return null;
  let value = budgetCache.get(budget);
  if (!value) budgetCache.set(budget, (value = money(budget.value)));
  return value;
}

/** A theme's yearly money, its present values and how its benefit divides (`allocationWeights`). */
export interface ThemeSplit {
  /** Null for a sum of several themes' (aggregate.ts). */
  themeId: Theme['id'] | null;
  weights: Weights;
  benefit: Decimal[];
  cost: Decimal[];
  pvBenefit: Decimal;
  pvCost: Decimal;
  steadyBenefit: Decimal;
  steadyCost: Decimal;
}

/**
 * Who pays: null for each partner its share of each theme's costs (the weights); otherwise each
 * payer's fraction of every cost, the same each year and for each theme (deal.ts).
 */
export type Payers = Readonly<Record<AllocationKey, Decimal>> | null;

/** One theme's part in a partner's ledger: its share of the benefit (w) and of the costs (c). */
interface Part {
  split: ThemeSplit;
  w: Decimal | undefined;
  c: Decimal | undefined;
}

const times = (f: Decimal | undefined, v: Decimal) => (f ? v.times(f) : ZERO);
// A theme's costs stay put while leakage or delay is dragged, and so does each partner's share of
// them: kept by the share (the weights are kept for as long as the case is loaded).
const costParts = new WeakMap<Decimal, Map<Decimal, Decimal>>();
const sharedCost = (f: Decimal | undefined, v: Decimal): Decimal => (f ? rememberFor(costParts, f, v, 16, () => v.times(f)) : ZERO);
const addAll = (parts: Part[], pick: (p: Part) => Decimal) => parts.reduce((acc, p) => acc.plus(pick(p)), ZERO);
/** Σ over the parts of factor × series, year by year. */
function series(parts: Part[], factor: (p: Part) => Decimal | undefined, values: (s: ThemeSplit) => Decimal[], length: number): Decimal[] {
  const out = Array.from({ length }, () => ZERO);
  for (const p of parts) {
    const f = factor(p);
    if (f) values(p.split).forEach((v, i) => (out[i] = out[i]!.plus(v.times(f))));
  }
  return out;
}

/**
 * Each partner's ledger for one theme, or for several added together: money is linear in each
 * theme's, so the present values are its weights times the themes' (the years, when read).
 */
export function allocate(
  splits: ThemeSplit[],
  payers: Payers,
  factors: Decimal[],
  firstYear: string,
  partners: Partner[],
  price: Decimal = ONE,
  // A theme's own budget lines apply to its ledgers alone.
  themeId: Theme['id'] | null = splits.length === 1 ? splits[0]!.themeId : null,
): Allocation {
  const keys = new Set<AllocationKey>();
  for (const split of splits) for (const key of Object.keys(split.weights)) keys.add(key);
  for (const key of Object.keys(payers ?? {})) keys.add(key);
  const totalAnnual = sum(splits.map((s) => s.steadyBenefit.minus(s.steadyCost)));
  const out: Allocation = {};
  for (const key of keys) {
    const parts: Part[] = [];
    for (const split of splits) {
      const w = split.weights[key];
      const c = payers ? payers[key] : w;
      // A theme a partner has no share in and pays nothing of adds zero to each of its figures: left out.
      if (w || c) parts.push({ split, w, c });
    }
    out[key] = ledger(key, parts, payers, factors, firstYear, partners, themeId, totalAnnual, price);
  }
  return out;
}

// Budgets are in the case's prices: with a price-base factor they move with the figures they are set against.
function ledger(key: AllocationKey, parts: Part[], payers: Payers, factors: Decimal[], firstYear: string, partners: Partner[], themeId: Theme['id'] | null, totalAnnual: Decimal, price: Decimal): PartnerAllocation {
  const pvBenefit = addAll(parts, (p) => times(p.w, p.split.pvBenefit));
  // Under a payment rule the payers' fractions are new each time: nothing to keep.
  const cost = payers ? times : sharedCost;
  const pvCost = addAll(parts, (p) => cost(p.c, p.split.pvCost));
  const annual = addAll(parts, (p) => times(p.w, p.split.steadyBenefit).minus(cost(p.c, p.split.steadyCost)));
  const budget = key === 'unallocated' ? null : budgetFor(partners.find((p) => p.id === key), themeId);
  return new Ledger(parts, factors, firstYear, {
    annual,
    share: totalAnnual.isZero() ? null : annual.div(totalAnnual).toNumber(),
    pctOfBudget: budget && !budget.isZero() ? annual.div(budget.times(price)).toNumber() : null,
    pvBenefit,
    pvCost,
  });
}

/**
 * A partner's ledger. The totals are worked out at once; the years only when first read, since a
 * slider step needs each partner's totals and the years only where a view shows them.
 */
class Ledger implements PartnerAllocation {
  readonly annual: Decimal;
  readonly share: number | null;
  readonly pctOfBudget: number | null;
  readonly pvBenefit: Decimal;
  readonly pvCost: Decimal;
  readonly npv: Decimal;
  readonly roi: number | null;
  // Private fields: what a ledger is made from stays out of its enumerable figures (tests, JSON).
  readonly #parts: Part[];
  readonly #factors: Decimal[];
  readonly #firstYear: string;
  #years: { benefit: Decimal[]; cost: Decimal[]; yearly: Decimal[]; cumulativeDiscounted: Decimal[] } | null = null;
  #payback: string | null | undefined;

  constructor(parts: Part[], factors: Decimal[], firstYear: string, totals: Pick<PartnerAllocation, 'annual' | 'share' | 'pctOfBudget' | 'pvBenefit' | 'pvCost'>) {
    this.#parts = parts;
    this.#factors = factors;
    this.#firstYear = firstYear;
    this.annual = totals.annual;
    this.share = totals.share;
    this.pctOfBudget = totals.pctOfBudget;
    this.pvBenefit = totals.pvBenefit;
    this.pvCost = totals.pvCost;
    this.npv = totals.pvBenefit.minus(totals.pvCost);
    // A ratio to show, not money: plain numbers are enough.
    // In decimals: a cost too small for a float (a share of 1e-300) still gives a finite return, or none.
    const roi = totals.pvCost.isZero() ? null : this.npv.div(totals.pvCost).toNumber();
    this.roi = roi !== null && Number.isFinite(roi) ? roi : null;
  }

  get #all() {
    if (!this.#years) {
      const length = this.#factors.length;
      const benefit = series(this.#parts, (p) => p.w, (s) => s.benefit, length);
      const cost = series(this.#parts, (p) => p.c, (s) => s.cost, length);
      const yearly = benefit.map((b, i) => b.minus(cost[i] ?? ZERO));
      let running = ZERO;
      const cumulativeDiscounted = yearly.map((v, i) => (running = running.plus(v.times(this.#factors[i] ?? ZERO))));
      this.#years = { benefit, cost, yearly, cumulativeDiscounted };
    }
    return this.#years;
  }

  get benefit() {
    return this.#all.benefit;
  }
  get cost() {
    return this.#all.cost;
  }
  get yearly() {
    return this.#all.yearly;
  }
  get cumulativeDiscounted() {
    return this.#all.cumulativeDiscounted;
  }

  /** The first year whose running total is at least zero (the solver brings it to exactly zero, to its last digit). */
  get paybackYear(): string | null {
    if (this.#payback === undefined) {
      const tolerance = this.pvCost.abs().plus(this.pvBenefit.abs()).times(EVEN).neg();
      const year = this.pvCost.isZero() ? -1 : this.cumulativeDiscounted.findIndex((v) => v.gte(tolerance));
      this.#payback = year < 0 ? null : financialYear(this.#firstYear, year);
    }
    return this.#payback;
  }
}

const EVEN = money('1e-15');
