/**
 * The crime-and-justice annex (EY 2013, 8.1). Each case was scaled up pilot by pilot: in the case
 * file each scenario of such a theme names the pilot it follows (`pilot`), with the annex's printed
 * "Total 5 year". The yearly rows are undiscounted yearly net benefits: the total is their plain
 * sum, and only the summary's "Net fiscal benefit" is an NPV at 3.5%
 * (docs/decisions/0006-annex-reading.md).
 */
import { SCENARIOS, type ModelData, type ThemeId } from './types';

/**
 * Every scenario of the case that follows an annex pilot: its theme, the pilot's key in the
 * published figures (e.g. "pilotA"), the scenario setting at which the theme follows it (0 low end,
 * 1 high end) and the annex's "Total 5 year" with half a unit in its last printed digit. The totals
 * are not among the 192 checked figures (the CSV keeps them as notes); the calibration holds the
 * yearly rows to them, so the yearly rows add up as the report's do.
 */
export function annexPilots(data: Pick<ModelData, 'themes'>) {
  return data.themes.flatMap((theme) =>
    SCENARIOS.flatMap((id, scenario) => {
      const pilot = theme.scenarios[id].pilot;
      return pilot ? [{ theme: theme.id, pilot: pilot.id, scenario, total: pilot.fiveYearTotal.value, tolerance: pilot.fiveYearTotal.tolerance }] : [];
    }),
  );
}

/** The scenario setting at which a theme follows a pilot, or undefined when it follows none. */
export const pilotScenario = (data: Pick<ModelData, 'themes'>, theme: ThemeId, pilot: string): number | undefined =>
  annexPilots(data).find((p) => p.theme === theme && p.pilot === pilot)?.scenario;
