/**
 * The crime-and-justice annex (EY 2013, 8.1). Each case was scaled up pilot by pilot: the
 * "prudent" scenario follows the pilot with the smaller result and "base" the larger. The yearly
 * rows are undiscounted yearly net benefits: the "Total 5 year" column is their plain sum, and
 * only the summary's "Net fiscal benefit" is an NPV at 3.5% (docs/decisions/0006-annex-reading.md).
 */
import type { ThemeId } from './types';

export type AnnexPilot = 'pilotA' | 'pilotB';

/** Which scenario (0 prudent, 1 base) follows which pilot: see the notes in themes.json. */
export const ANNEX_PILOT_SCENARIO: Partial<Record<ThemeId, Record<AnnexPilot, number>>> = {
  da: { pilotA: 0, pilotB: 1 },
  ro: { pilotA: 1, pilotB: 0 },
};

/**
 * The "Total 5 year" column of the annex tables (8.1.2, 8.1.3), with half a unit in its last
 * printed digit. Not among the 192 checked figures (the CSV keeps them as notes); the calibration
 * holds the yearly rows to them, so the yearly rows add up as the report's do.
 */
export const ANNEX_FIVE_YEAR_TOTALS: readonly { theme: ThemeId; pilot: AnnexPilot; total: number; tolerance: number }[] = [
  { theme: 'da', pilot: 'pilotA', total: 0.21, tolerance: 0.005 },
  { theme: 'da', pilot: 'pilotB', total: 0.5, tolerance: 0.05 },
  { theme: 'ro', pilot: 'pilotA', total: 13.7, tolerance: 0.05 },
  { theme: 'ro', pilot: 'pilotB', total: -0.02, tolerance: 0.005 },
];
