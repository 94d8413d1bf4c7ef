/**
 * The crime-and-justice annex (EY 2013, 8.1), scaled up pilot by pilot: each scenario of such a
 * theme names its pilot. The yearly rows are undiscounted, their "Total 5 year" their plain sum;
 * only "Net fiscal benefit" is an NPV at 3.5% (docs/decisions/0006-annex-reading.md).
 */
import { SCENARIOS, type ModelData, type ThemeId } from './types';

/**
 * Every scenario that follows an annex pilot, with the scenario setting (0 or 1) and the printed
 * total. The totals are notes in the CSV, not checked figures; the calibration holds the rows to them.
 */
export function annexPilots(data: Pick<ModelData, 'themes'>) {
  return data.themes.flatMap((theme) =>
    SCENARIOS.flatMap((id, scenario) => {
      const pilot = theme.scenarios[id].pilot;
      return pilot ? [{ theme: theme.id, pilot: pilot.id, scenario, total: pilot.fiveYearTotal.value, tolerance: pilot.fiveYearTotal.tolerance }] : [];
    }),
  );
}

/** The scenario setting at which a theme follows a pilot. */
export const pilotScenario = (data: Pick<ModelData, 'themes'>, theme: ThemeId, pilot: string): number | undefined =>
  annexPilots(data).find((p) => p.theme === theme && p.pilot === pilot)?.scenario;
