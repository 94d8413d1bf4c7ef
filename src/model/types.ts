import type Decimal from 'decimal.js';

export { PARTNER_IDS, THEME_IDS } from './link-ids';
// The case's data (docs/decisions/0012-case-format.md), typed from the schema that checks it.
export type { Area, ModelData, Partner, PublishedFigures, ScenarioInputs, Sourced, Theme } from './schema';

// Ids as the case file gives them.
export type ThemeId = string;
export type PartnerId = string;

/** The ends of the scenario setting, 0 and 1. A case with one scenario gives only `base`, used at both ends. */
export const SCENARIOS = ['prudent', 'base'] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

export type PartnerLens =
  | { kind: 'all' }
  | { kind: 'lead'; partner: PartnerId }
  | { kind: 'exclude'; partner: PartnerId };

export interface Settings {
  /** 0 = the report's prudent scenario, 1 = its base scenario; between blends the two. */
  scenario: number;
  /** Share of the national potential taken up, 0–1. */
  scale: number;
  /** Share of gross benefit lost, 0–1. */
  leakage: number;
  /** Years by which benefits start later; costs stay put. */
  delay: number;
  /** Discount rate, fraction (0.035 = 3.5%). */
  rate: number;
  /** Appraisal years, 5–10. */
  horizon: number;
  themes: ThemeId[];
  lens: PartnerLens;
  leakageByTheme: Record<ThemeId, number>;
  delayByTheme: Record<ThemeId, number>;
  /** Green Book shares of the gross benefit (docs/model.md, "From gross to net"), each 0–1. */
  deadweight: number;
  displacement: number;
  attribution: number;
  deadweightByTheme: Record<ThemeId, number>;
  displacementByTheme: Record<ThemeId, number>;
  attributionByTheme: Record<ThemeId, number>;
  /** Optimism bias: every cost × (1 + obCost), 0–2; every benefit × (1 − obBenefit), 0–1. */
  obCost: number;
  obBenefit: number;
  /** What realisation does after year 5 (horizons over 5 only). */
  after5: After5;
  /** Under `decay`: the share of the year-5 level lost each year after it, 0–1. */
  dropoff: number;
  /** Price-base factor on every money figure: 1 = the case's own prices. */
  uprate: number;
  /** The financial year the factor brings figures to, e.g. "2025-26"; '' = the case's own. */
  pricebase: string;
  /** Who pays the costs (docs/model.md, "Who pays"); distinct from the lens, which says who takes part. */
  pay: PayRule;
  /** Under `pay=custom`: each partner's share of every cost, 0–1 (a partner not named pays nothing). */
  payShares: Record<PartnerId, number>;
  /** The year of the appraisal (1 = the first) by which the local partners are to break even; null = the horizon's last. */
  breakeven: number | null;
  /** Absent means `defaultUncertainty()`; `evaluate` never reads it. */
  uncertainty?: UncertaintySettings;
  /** Absent means England as a whole. */
  local?: LocalSettings;
}

/**
 * Who pays: `share` each partner its share of each theme's costs (the report's implicit rule);
 * `lead` one partner every cost; `benefit` in proportion to the present value of its benefit;
 * `custom` the shares in `payShares`; `breakeven` the local partners, less the smallest central
 * top-up that lets them break even by the `breakeven` year.
 */
export type PayRule = { kind: 'share' } | { kind: 'lead'; partner: PartnerId } | { kind: 'benefit' } | { kind: 'custom' } | { kind: 'breakeven' };
export const PAY_KINDS = ['share', 'lead', 'benefit', 'custom', 'breakeven'] as const satisfies readonly PayRule['kind'][];

/** After year 5: `ramp` straight to the long-run level by year 10, `hold` the year-5 level, `decay` a yearly drop-off from it. */
export const AFTER5_RULES = ['ramp', 'hold', 'decay'] as const;
export type After5 = (typeof AFTER5_RULES)[number];

/** How a quantity is drawn between the ends of its range. */
export const DISTRIBUTIONS = ['triangular', 'uniform'] as const;
/** Settings the user can give a Monte Carlo range: the three of the main panel, then the Green Book adjustments. */
export const RANGE_KEYS = ['leakage', 'delay', 'scale', 'deadweight', 'displacement', 'attribution', 'obBenefit', 'obCost'] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];
/** The adjustments a range may draw, which take part in a run only when a range is set for them. */
export const ADJUSTMENT_RANGE_KEYS = ['deadweight', 'displacement', 'attribution', 'obBenefit', 'obCost'] as const satisfies readonly RangeKey[];

export interface UncertaintySettings {
  seed: number;
  draws: number;
  distribution: (typeof DISTRIBUTIONS)[number];
  /** Min–max ranges in model units (fractions; years for delay). Missing = the current setting. */
  ranges: Partial<Record<RangeKey, [number, number]>>;
}

/** Who pays the local costs in the local partners' own position: all of them, or in proportion to their benefit share. */
export const COST_RULES = ['all', 'share'] as const;
export type CostRule = (typeof COST_RULES)[number];

export interface LocalSettings {
  /** An area id from areas.json, or 'custom'. */
  area: string;
  /** Troubled-families cohort (replaces a pilot's own). */
  cohort?: number;
  /** Share of England's population, 0–1. */
  population?: number;
  /** Share of each theme's addressable spend, 0–1. */
  spend: Record<ThemeId, number>;
  costRule: CostRule;
}

export interface YearResult {
  year: string;
  index: number;
  benefit: Decimal;
  cost: Decimal;
  net: Decimal;
  netDiscounted: Decimal;
  cumulativeDiscounted: Decimal;
}

/** The uniform leakage (0–1), delay (years) and each Green Book adjustment at which the net benefit over the horizon is zero. */
export interface SwitchingValues {
  leakage: number | null;
  delay: number | null;
  deadweight: number | null;
  displacement: number | null;
  attribution: number | null;
  obBenefit: number | null;
  /** Optimism bias on costs, 0 upwards (1 = costs doubled). */
  obCost: number | null;
}

/**
 * One partner's ledger: steady-state annual net benefit (£bn), its share of the total, and that as
 * a share of its DEL/AME; each year's benefit received, cost paid and net (undiscounted), and the
 * running total discounted; over the horizon the present values, their difference and its return.
 */
export interface PartnerAllocation {
  annual: Decimal;
  share: number | null;
  pctOfBudget: number | null;
  /** Net, undiscounted. */
  yearly: Decimal[];
  benefit: Decimal[];
  cost: Decimal[];
  cumulativeDiscounted: Decimal[];
  npv: Decimal;
  pvBenefit: Decimal;
  pvCost: Decimal;
  /** Net present value per pound of cost paid; null when it pays nothing. */
  roi: number | null;
  /** First year whose running total, discounted, is at least zero; null when it never is or the partner pays nothing. */
  paybackYear: string | null;
}

/** What the payment rule did across the whole programme. */
export interface DealResult {
  /** The rule applied (a rule that cannot apply falls back to `share`, with a note). */
  rule: PayRule;
  /** Under `custom`: the share of every cost no partner has agreed to pay (negative when they offer more than all of it). */
  gap: number;
  /** The year (1 = the first) the break-even solver works to. */
  breakevenYear: number;
  /** The smallest central top-up, present value (£bn), that brings the local partners' running total to zero by that year, they paying every other cost. */
  centralContribution: Decimal;
  /** That as a share of the present value of all costs over the horizon, 0–1; null without costs. */
  centralShare: number | null;
  /** Why a rule or the solver could not do what was asked. */
  notes: string[];
}

export interface Result {
  npv: Decimal;
  pvBenefit: Decimal;
  /** For the leakage switching value and curve. */
  pvBenefitBeforeLeakage: Decimal;
  pvCost: Decimal;
  /** NPV with the same delay of 0, 1, … horizon whole years on every theme. */
  npvByWholeDelay: Decimal[];
  /** Its first, with no delay: without working out the others, which cost far more (worked out when read). */
  npvWithoutDelay: Decimal;
  /** The same in float64, for the delay curve (tests/model/floatAgreement.test.ts holds it to 1e-9). */
  npvByWholeDelayFloat: number[];
  annualNet: Decimal;
  addressableSpend: Decimal;
  pctOfSpend: number | null;
  /** First year whose cumulative discounted net benefit is above zero. */
  paybackYear: string | null;
  switching: SwitchingValues;
  yearly: YearResult[];
  partners: Record<PartnerId | 'unallocated', PartnerAllocation>;
}

export interface Results {
  total: Result;
  deal: DealResult;
  themes: Record<ThemeId, Result>;
}
