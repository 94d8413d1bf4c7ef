import type { Results, Settings } from '../../model';
import type { Curves } from '../../state';
import { formatMoney, formatYears } from '../../lib/format';
import { sensitivityStepText, sensitivityXText, type SensitivityWhich } from './chartTables';
import { moneyAxis, type NiceAxis } from '../../ui/chart/niceAxis';

/** In the chart's units: leakage in % (0–100), delay in years; net benefit over the horizon in £bn. */
export interface SensitivityRow {
  x: number;
  npv: number;
}

/** The current uniform setting, and where the net benefit reaches zero (null if never). */
export interface SensitivityMarks {
  current: number;
  zero: number | null;
}

export function buildSensitivityRows(curves: Curves, which: 'leakage' | 'delay'): SensitivityRow[] {
  const points = which === 'leakage' ? curves.leakage : curves.delay;
  const scale = which === 'leakage' ? 100 : 1;
  return points.map((p) => ({ x: Math.round(p.x * scale * 1e6) / 1e6, npv: p.npv }));
}

/** The zero crossing is the model's switching value. */
export function sensitivityMarks(results: Results, settings: Settings, which: 'leakage' | 'delay'): SensitivityMarks {
  const s = results.total.switching;
  if (which === 'leakage') return { current: settings.leakage * 100, zero: s.leakage === null ? null : s.leakage * 100 };
  return { current: settings.delay, zero: s.delay };
}

/** The cost of the delay set, in words (empty with none): docs/model.md, "The cost of a delay". */
export function delayCostWords(results: Results, settings: Settings, horizonLabel: string): string {
  const perTheme = Object.keys(settings.delayByTheme).length > 0;
  if (settings.delay === 0 && !perTheme) return '';
  // Not npvByWholeDelay[0]: reading that array builds every whole delay's decimals, a large case's slowest part.
  const withoutDelay = results.total.npvWithoutDelay;
  const cost = withoutDelay.minus(results.total.npv).toNumber();
  const yours = perTheme ? 'Your delays cost' : `Your delay of ${formatYears(settings.delay)} costs`;
  const how = 'the net benefit with no delay minus the net benefit now, with take-up, the partner lens and leakage applied first';
  return `${yours} ${formatMoney(cost)} of the ${horizonLabel}: ${how}, as in “How is this worked out?”.`;
}

/**
 * The value axis: zero and about four round steps over the curve, given to recharts rather than
 * left to it, so its labels can be chosen from them (£m for a place's own case, moneyAxisFormat).
 */
export const sensitivityAxis = (rows: readonly SensitivityRow[]): NiceAxis => moneyAxis(rows.map((r) => r.npv), 4);

export function sensitivitySummary(
  which: SensitivityWhich,
  rows: readonly SensitivityRow[],
  marks: SensitivityMarks,
  horizonLabel: string,
): string {
  const range = which === 'leakage' ? 'leakage from 0% to 100%' : 'delay from 0 to 5 years';
  const zero =
    marks.zero === null
      ? 'It does not reach zero.'
      : marks.zero <= (which === 'leakage' ? 100 : 5)
        ? `It reaches zero at ${sensitivityXText(marks.zero, which)}.`
        : `It reaches zero only at ${sensitivityXText(marks.zero, which)}, beyond the chart.`;
  const ends = `from ${formatMoney(rows[0]?.npv)} to ${formatMoney(rows[rows.length - 1]?.npv)}`;
  return `${horizonLabel} as ${range}: ${ends}. ${zero} The current setting is ${sensitivityStepText(marks.current, which)}.`;
}
