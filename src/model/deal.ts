import Decimal from 'decimal.js';
import { once } from './cache';
import { presentValue } from './flows';
import { ONE, ZERO, money, sum } from './money';
import type { AllocationKey, Payers, ThemeSplit } from './partners';
import type { DealResult, Partner, PartnerId, PayRule, Settings } from './types';

// Who pays (docs/model.md, "Who pays"): each rule gives each payer one fraction of every cost, the
// same each year and for each theme; the share rule (null) leaves each theme's costs with its
// partners by their shares.

/** Present value of each partner's benefit over the horizon, as the lens divides it. */
function pvBenefitOf(splits: ThemeSplit[]): Record<AllocationKey, Decimal> {
  const pvBenefit: Record<AllocationKey, Decimal> = {};
  for (const split of splits) {
    for (const [key, w] of Object.entries(split.weights)) pvBenefit[key] = (pvBenefit[key] ?? ZERO).plus(split.pvBenefit.times(w));
  }
  return pvBenefit;
}

interface Totals {
  /** The local partners' benefit each year, undiscounted. */
  localBenefit: Decimal[];
  cost: Decimal[];
}

function totalsOf(splits: ThemeSplit[], factors: Decimal[], partners: Partner[]): Totals {
  const local = new Set(partners.filter((p) => p.kind === 'local').map((p) => p.id));
  const zeros = factors.map(() => ZERO);
  let localBenefit = zeros;
  let cost = zeros;
  for (const split of splits) {
    for (const [key, w] of Object.entries(split.weights)) {
      if (local.has(key)) localBenefit = localBenefit.map((v, i) => v.plus((split.benefit[i] ?? ZERO).times(w)));
    }
    cost = cost.map((v, i) => v.plus(split.cost[i] ?? ZERO));
  }
  return { localBenefit, cost };
}

/** Fractions in proportion to weights (each partner's benefit); equal shares when none has any. */
function inProportion(ids: PartnerId[], weight: (id: PartnerId) => Decimal): Record<PartnerId, Decimal> {
  const positive = (id: PartnerId) => Decimal.max(weight(id), ZERO);
  const pool = sum(ids.map(positive));
  return Object.fromEntries(ids.map((id) => [id, pool.isZero() ? ONE.div(ids.length) : positive(id).div(pool)]));
}

/**
 * The smallest share of every cost that central partners must pay for the local partners, paying
 * the rest, to have a running total (discounted) of at least zero at the end of year `n` and of
 * every later year of the horizon: at year t that needs s ≥ 1 − B(t)/C(t), B and C the local
 * benefit and all costs to year t, discounted; the largest of those, from 0 to 1.
 */
function breakEvenShare(t: Totals, factors: Decimal[], n: number): Decimal {
  let needed = ZERO;
  let benefit = ZERO;
  let cost = ZERO;
  factors.forEach((f, i) => {
    benefit = benefit.plus((t.localBenefit[i] ?? ZERO).times(f));
    cost = cost.plus((t.cost[i] ?? ZERO).times(f));
    if (i + 1 >= n && cost.gt(0)) needed = Decimal.max(needed, ONE.minus(benefit.div(cost)));
  });
  return Decimal.min(needed, ONE);
}

export interface Deal {
  payers: Payers;
  result: DealResult;
}

/**
 * What a rule comes to, the break-even solver's figures worked out when first read. A class, not
 * an object literal with getters: those, made afresh each step, slowed garbage collection.
 */
class Outcome implements DealResult {
  readonly rule: PayRule;
  readonly gap: number;
  readonly breakevenYear: number;
  readonly notes: string[];
  readonly #solved: () => Pick<DealResult, 'centralContribution' | 'centralShare'>;

  constructor(rule: PayRule, gap: number, breakevenYear: number, notes: string[], solved: () => Pick<DealResult, 'centralContribution' | 'centralShare'>) {
    this.rule = rule;
    this.gap = gap;
    this.breakevenYear = breakevenYear;
    this.notes = notes;
    this.#solved = solved;
  }

  get centralContribution() {
    return this.#solved().centralContribution;
  }
  get centralShare() {
    return this.#solved().centralShare;
  }
}

/**
 * The payers under the settings' rule, and what the rule and the break-even solver come to. The
 * solver's figures are worked out when read (the deal room reads them; a slider step under most
 * rules does not need them), or at once under the break-even rule, which pays by them.
 */
export function dealFor(splits: () => ThemeSplit[], factors: Decimal[], partners: Partner[], s: Settings): Deal {
  const totals = once(() => totalsOf(splits(), factors, partners));
  const pvBenefit = once(() => pvBenefitOf(splits()));
  const notes: string[] = [];
  const ids = partners.map((p) => p.id);
  const local = partners.filter((p) => p.kind === 'local').map((p) => p.id);
  const central = partners.filter((p) => p.kind === 'central').map((p) => p.id);
  const benefitOf = (id: PartnerId) => pvBenefit()[id] ?? ZERO;
  const asked = s.breakeven ?? factors.length;
  if (asked > factors.length) notes.push(`Year ${asked} is beyond the ${factors.length}-year horizon, so the break-even year is the last, year ${factors.length}.`);
  const breakevenYear = Math.min(asked, factors.length);
  const centralShare = once(() => breakEvenShare(totals(), factors, breakevenYear));
  const solved = once(() => {
    const pvCost = presentValue(totals().cost, factors);
    return { centralContribution: pvCost.times(centralShare()), centralShare: pvCost.isZero() ? null : centralShare().toNumber() };
  });
  const result = (rule: PayRule, gap = 0): DealResult => new Outcome(rule, gap, breakevenYear, notes, solved);
  const byShares: Deal = { payers: null, result: result({ kind: 'share' }) };

  switch (s.pay.kind) {
    case 'share':
      return byShares;
    case 'lead':
      if (!ids.includes(s.pay.partner)) {
        notes.push(`${s.pay.partner} is not a partner in this case, so each partner pays its share of each theme’s costs.`);
        return byShares;
      }
      return { payers: { [s.pay.partner]: ONE }, result: result(s.pay) };
    case 'benefit':
      if (sum(ids.map((id) => Decimal.max(benefitOf(id), ZERO))).isZero()) {
        notes.push('No partner receives any benefit to pay in proportion to, so each partner pays its share of each theme’s costs.');
        return byShares;
      }
      return { payers: inProportion(ids, benefitOf), result: result(s.pay) };
    case 'custom': {
      const given = Object.fromEntries(ids.filter((id) => (s.payShares[id] ?? 0) > 0).map((id) => [id, money(s.payShares[id]!)]));
      const gap = ONE.minus(sum(Object.values(given)));
      if (!gap.isZero()) notes.push(gap.gt(0) ? 'The agreed shares add to less than 100%: the rest of the costs has no payer yet.' : 'The agreed shares add to more than 100%: the partners offer more than the costs.');
      return { payers: given, result: result(s.pay, gap.toNumber()) };
    }
    case 'breakeven': {
      if (local.length === 0 || central.length === 0) {
        notes.push('The break-even rule needs at least one local and one central partner, so each partner pays its share of each theme’s costs.');
        return byShares;
      }
      // Central partners share the top-up by their benefit, local partners the rest of every cost by theirs.
      const centralPays = inProportion(central, benefitOf);
      const localPays = inProportion(local, benefitOf);
      return {
        payers: {
          ...Object.fromEntries(central.map((id) => [id, centralShare().times(centralPays[id]!)])),
          ...Object.fromEntries(local.map((id) => [id, ONE.minus(centralShare()).times(localPays[id]!)])),
        },
        result: result(s.pay),
      };
    }
  }
}
