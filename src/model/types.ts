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
  /** Absent means `defaultUncertainty()`; `evaluate` never reads it. */
  uncertainty?: UncertaintySettings;
  /** Absent means England as a whole. */
  local?: LocalSettings;
}

/** How a quantity is drawn between the ends of its range. */
export const DISTRIBUTIONS = ['triangular', 'uniform'] as const;
/** Settings the user can give a Monte Carlo range. */
export const RANGE_KEYS = ['leakage', 'delay', 'scale'] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];

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

/** The uniform leakage (0–1) and delay (years) at which the net benefit over the horizon is zero. */
export interface SwitchingValues {
  leakage: number | null;
  delay: number | null;
}

/** What lands with one partner: steady-state annual net benefit (£bn), its share of the total, and that as a share of its DEL/AME. */
export interface PartnerAllocation {
  annual: Decimal;
  share: number | null;
  pctOfBudget: number | null;
  /** Undiscounted. */
  yearly: Decimal[];
  npv: Decimal;
}

export interface Result {
  npv: Decimal;
  pvBenefit: Decimal;
  /** For the leakage switching value and curve. */
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
