import type Decimal from 'decimal.js';

export const THEME_IDS = ['hsc', 'fcn', 'ws', 'da', 'ro'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const PARTNER_IDS = ['DH', 'LG', 'DWP', 'HO', 'MoJ', 'DfE'] as const;
export type PartnerId = (typeof PARTNER_IDS)[number];

export const SCENARIOS = ['prudent', 'base'] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

/** A number copied from (or fitted to) the report, with where it came from. */
export interface Sourced {
  value: number;
  source: string;
}

export interface SourcedSeries {
  values: number[];
  source: string;
}

/** One scenario of one theme: everything needed to build its yearly streams. */
export interface ScenarioInputs {
  /** Share of full annual gross benefit realised in each of years 1–5. */
  profile: SourcedSeries;
  /** Gross annual benefit at full realisation, £bn, 2012-13 prices. */
  grossBenefit: Sourced;
  /** Investment cost (one-off and ongoing) in years 1–5, £bn, undiscounted. */
  costs: SourcedSeries;
  /** Ongoing cost once the programme is running steadily, £bn a year. */
  ongoingCost: Sourced;
}

export interface PartnerShare {
  value: number;
  /** Lowest and highest share across the pilots' own business cases. */
  range?: [number, number];
  source: string;
}

export interface Theme {
  id: ThemeId;
  name: string;
  shortName: string;
  /** Aggregated by the report's common method, or an indicative annex case. */
  status: 'aggregated' | 'indicative';
  addressableSpend: Sourced;
  scenarios: Record<ScenarioId, ScenarioInputs>;
  partnerShares: Partial<Record<PartnerId, PartnerShare>>;
  note?: string;
}

export interface Partner {
  id: PartnerId;
  name: string;
  /** Department's DEL or AME used by the report for context, £bn. */
  budget: Sourced & { kind: 'DEL' | 'AME' };
  /** Where the report quotes a different figure within one theme's section. */
  budgetByTheme?: Partial<Record<ThemeId, Sourced>>;
}

/** A place whose share of the national figures can be shown (the four pilots to start with). */
export interface Area {
  id: string;
  name: string;
  /** Troubled-families cohort, the report's driver for scaling families with complex needs. */
  cohort: Sourced;
}

export interface ModelData {
  version: number;
  firstYear: string;
  themes: Theme[];
  partners: Partner[];
  nationalCohort: Sourced;
  areas: Area[];
}

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
  leakageByTheme: Partial<Record<ThemeId, number>>;
  delayByTheme: Partial<Record<ThemeId, number>>;
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
  partners: Partial<Record<PartnerId | 'unallocated', PartnerAllocation>>;
}

export interface Results {
  total: Result;
  themes: Partial<Record<ThemeId, Result>>;
}
