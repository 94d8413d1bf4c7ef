import type Decimal from 'decimal.js';

// The ids a link may name: settings.ts reads them until the settings spec takes them from the case.
export { PARTNER_IDS, THEME_IDS } from './link-ids';

// The case's data (docs/decisions/0012-case-format.md), typed from the schema that checks it.
export type { Area, ModelData, Partner, PublishedFigures, ScenarioInputs, Sourced, Theme } from './schema';

/** A theme's id, as the case file gives it. */
export type ThemeId = string;
/** A partner's id, as the case file gives it. */
export type PartnerId = string;

/**
 * The two ends of the scenario setting: 0 is the low end ("prudent" in the 2013 report), 1 the
 * high end ("base"). A case with one scenario gives only `base`, and it is used at both ends.
 */
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
  /** Appraisal horizon in years, 5–10. */
  horizon: number;
  themes: ThemeId[];
  lens: PartnerLens;
  leakageByTheme: Record<ThemeId, number>;
  delayByTheme: Record<ThemeId, number>;
  /**
   * Monte Carlo settings (seed, draws, distribution, user ranges). Absent means the defaults
   * (`defaultUncertainty()`); `evaluate` never reads them.
   */
  uncertainty?: UncertaintySettings;
  /** The local area chosen for the local-area view. Absent means England as a whole. */
  local?: LocalSettings;
}

export const DISTRIBUTIONS = ['triangular', 'uniform'] as const;
/** How a quantity is drawn between the ends of its range. */
export type Distribution = (typeof DISTRIBUTIONS)[number];

export const RANGE_KEYS = ['leakage', 'delay', 'scale'] as const;
/** Settings the user can give a min–max range for in the Monte Carlo. */
export type RangeKey = (typeof RANGE_KEYS)[number];

export interface UncertaintySettings {
  /** Seed of the random number generator: the same seed gives the same draws. */
  seed: number;
  /** Number of draws. */
  draws: number;
  distribution: Distribution;
  /** Min–max ranges in model units (fractions; years for delay). Missing = the current setting. */
  ranges: Partial<Record<RangeKey, [number, number]>>;
}

/** Who pays the local investment and running costs in the local partners' own position. */
export const COST_RULES = ['all', 'share'] as const;
export type CostRule = (typeof COST_RULES)[number];

export interface LocalSettings {
  /** An area id from areas.json, or 'custom' for the user's own area. */
  area: string;
  /** Troubled-families cohort (replaces a pilot's published cohort when given). */
  cohort?: number;
  /** The area's share of England's population, 0–1. */
  population?: number;
  /** The area's share of each theme's addressable spend, 0–1. */
  spend: Record<ThemeId, number>;
  /** 'all': local government pays all local costs; 'share': costs in proportion to its benefit share. */
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

export interface SwitchingValues {
  /** Uniform leakage (0–1) at which the net benefit over the horizon is zero, or null. */
  leakage: number | null;
  /** Uniform delay in years at which it is zero, or null. */
  delay: number | null;
}

export interface PartnerAllocation {
  /** Steady-state annual net benefit landing with this partner, £bn. */
  annual: Decimal;
  /** Share of the total steady-state annual net benefit. */
  share: number | null;
  /** Annual amount as a share of the department's DEL/AME, or null when it has none. */
  pctOfBudget: number | null;
  /** Net benefit landing with this partner each year, undiscounted. */
  yearly: Decimal[];
  /** Net benefit over the horizon, discounted. */
  npv: Decimal;
}

export interface Result {
  npv: Decimal;
  pvBenefit: Decimal;
  /** PV of benefit before leakage (for the leakage switching value and curve). */
  pvBenefitBeforeLeakage: Decimal;
  pvCost: Decimal;
  /** NPV with the same delay of 0, 1, … horizon whole years on every theme. */
  npvByWholeDelay: Decimal[];
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
  themes: Record<ThemeId, Result>;
}
