import type { After5 } from './types';

export const MAX_HORIZON = 10;
/** The report gives profiles for years 1–5 only; a place's own case may give more (`profile.length`). */
export const PUBLISHED_YEARS = 5;

/** What realisation does after the fifth year (docs/model.md, "Years after the fifth"). */
export interface AfterFive {
  after5: After5;
  /** Under `decay`, the share of the year-5 level lost each later year. */
  dropoff: number;
}

export const RAMP: AfterFive = { after5: 'ramp', dropoff: 0 };

/** Share of full annual benefit realised `tau` years in, straight between whole years. */
export function realisation(profile: readonly number[], tau: number, rule: AfterFive = RAMP): number {
  if (tau <= 0) return 0;
  const whole = Math.floor(tau);
  const frac = tau - whole;
  const at = (year: number) => realisationAtYear(profile, year, rule);
  return frac === 0 ? at(whole) : at(whole) * (1 - frac) + at(whole + 1) * frac;
}

/**
 * 100%, or the year-5 value where higher: pilot A of the re-offending annex reaches 154%, as each
 * offender commits more than one crime (EY 2013, 8.1.3), not read as falling back (decision 0007).
 */
export const longRunRealisation = (profile: readonly number[]): number => Math.max(1, profile.at(-1) ?? 0);

// After the last year given (the fifth in the report): `ramp` moves straight to the long-run level by
// year 10, `hold` stays at the last level, `decay` loses `dropoff` of it each year (decision 0014).
function realisationAtYear(profile: readonly number[], year: number, rule: AfterFive): number {
  if (year <= 0) return 0;
  const given = profile.length;
  if (year <= given) return profile[year - 1] ?? 0;
  const last = profile[given - 1] ?? 0;
  if (rule.after5 === 'decay') return last * (1 - rule.dropoff) ** (year - given);
  if (rule.after5 === 'hold' || given >= MAX_HORIZON) return last;
  const step = Math.min(year, MAX_HORIZON) - given;
  return last + ((longRunRealisation(profile) - last) * step) / (MAX_HORIZON - given);
}
