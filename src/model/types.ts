import type Decimal from 'decimal.js';

// The ids a link may name: settings.ts reads them until the settings spec takes them from the case.
export { PARTNER_IDS, THEME_IDS } from './link-ids';

/** A theme's id, as the case file gives it (docs/decisions/0012-case-format.md). */
export type ThemeId = string;
/** A partner's id, as the case file gives it. */
export type PartnerId = string;

/**
 * The two ends of the scenario setting: 0 is the low end ("prudent" in the 2013 report), 1 the
 * high end ("base"). A case with one scenario gives only `base`, and it is used at both ends.
 */
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
  /** The annex pilot this scenario follows, where it was scaled up from one pilot's own case. */
  pilot?: AnnexPilot;
}

/** One pilot's case in the report's annex, as a scenario of an indicative theme follows it. */
export interface AnnexPilot {
  /** The pilot's key in the published figures (the measure of its yearly rows, e.g. "pilotA"). */
  id: string;
  /** The annex's printed "Total 5 year" (the plain sum of its yearly rows), with half a unit in its last digit. */
  fiveYearTotal: Sourced & { tolerance: number };
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
  /** What scales the theme to one area first: its cohort share or its population share. */
  localDriver: 'cohort' | 'population';
  addressableSpend: Sourced;
  scenarios: Record<ScenarioId, ScenarioInputs>;
  partnerShares: Record<PartnerId, PartnerShare>;
  note?: string;
}

export interface Partner {
  id: PartnerId;
  name: string;
  /** Local partners run the services in a place and, in the local view, pay its local costs. */
  kind: 'local' | 'central';
  /** Department's DEL or AME used by the report for context, £bn. */
  budget: Sourced & { kind: 'DEL' | 'AME' };
  /** Where the report quotes a different figure within one theme's section. */
  budgetByTheme?: Record<ThemeId, Sourced>;
}

/** A place whose share of the national figures can be shown (the four pilots to start with). */
export interface Area {
  id: string;
  name: string;
  /** Troubled-families cohort, the report's driver for scaling families with complex needs. */
  cohort: Sourced;
}

/** A scenario the case gives, with its name for display. */
export interface CaseScenario {
  id: ScenarioId;
  name: string;
}

/**
 * A case: what the model evaluates (docs/decisions/0012-case-format.md). The 2013 national
 * aggregation is one; a user's own business case will be another.
 */
export interface ModelData {
  version: number;
  /** Short id of the case, e.g. "england-2013". */
  id: string;
  name: string;
  /** Financial year of programme year 1, e.g. "2012-13". */
  firstYear: string;
  /** Its scenarios from the low end of the scenario setting to the high end (one or two). */
  scenarios: CaseScenario[];
  /** How the case's published figures are read, where it has any (the 2013 report's do). */
  published?: PublishedFigures;
  themes: Theme[];
  partners: Partner[];
  nationalCohort: Sourced;
  areas: Area[];
}

/**
 * How the model reads the published figures of a case (public/data/published-figures.csv for
 * the 2013 report): what each case-specific measure means, and which figures the calibration fits.
 */
export interface PublishedFigures {
  /** Measures that are the net benefit under a partner lens, e.g. "healthLed": lead:DH. */
  lensMeasures: Record<string, Exclude<PartnerLens, { kind: 'all' }>>;
  /** Measures that are one partner's figure with all partners together. */
  partnerMeasures: Record<string, { partner: PartnerId; figure: 'npv' | 'share' }>;
  /** Derived figures the calibration fits to as well (docs/decisions/0009-fit-classes.md). */
  fittedFigures: string[];
  /** Published shares the calibration may move within their rounding. */
  fittedShares: string[];
  /** Figures the model does not reproduce, grouped by the reason. */
  knownDifferences: { reason: string; figures: string[] }[];
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
