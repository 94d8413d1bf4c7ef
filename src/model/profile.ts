/** The longest appraisal horizon the model supports, in years. */
export const MAX_HORIZON = 10;
/** The report gives profiles for years 1–5 only. */
export const PUBLISHED_YEARS = 5;

/**
 * Share of full annual benefit realised `tau` years into the programme (tau may be fractional).
 * Before year 1 nothing is realised; between whole years the profile is read off a straight line.
 * After year 5 (which the report does not cover) realisation moves in a straight line from the
 * year-5 value to its long-run level in year 10 and stays there: see docs/model.md, "Years after
 * the fifth".
 */
export function realisation(profile: readonly number[], tau: number): number {
  if (tau <= 0) return 0;
  const whole = Math.floor(tau);
  const frac = tau - whole;
  const at = (year: number) => realisationAtYear(profile, year);
  return frac === 0 ? at(whole) : at(whole) * (1 - frac) + at(whole + 1) * frac;
}

/**
 * The share of full benefit realised once the programme runs steadily: 100%, or the year-5 value
 * where that is already above 100%. The re-offending annex's pilot A reaches 154% because each
 * offender commits more than one crime (EY 2013, 8.1.3); it is not read as falling back
 * (docs/decisions/0007-cost-shape.md).
 */
export const longRunRealisation = (profile: readonly number[]): number => Math.max(1, profile[PUBLISHED_YEARS - 1] ?? 0);

function realisationAtYear(profile: readonly number[], year: number): number {
  if (year <= 0) return 0;
  if (year <= PUBLISHED_YEARS) return profile[year - 1] ?? 0;
  const last = profile[PUBLISHED_YEARS - 1] ?? 0;
  const step = Math.min(year, MAX_HORIZON) - PUBLISHED_YEARS;
  return last + ((longRunRealisation(profile) - last) * step) / (MAX_HORIZON - PUBLISHED_YEARS);
}
