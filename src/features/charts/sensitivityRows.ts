import type { Results, Settings } from '../../model';
import type { Curves } from '../../state';

export interface SensitivityRow {
  /** Leakage in % (0–100) or delay in years. */
  x: number;
  /** Net benefit over the horizon, £bn. */
  npv: number;
}

export interface SensitivityMarks {
  /** The current uniform setting, in the chart's units. */
  current: number;
  /** Where the net benefit reaches zero, in the chart's units, or null if it never does. */
  zero: number | null;
}

/** Rows for one sensitivity chart, in display units (leakage as %, delay in years). */
export function buildSensitivityRows(curves: Curves, which: 'leakage' | 'delay'): SensitivityRow[] {
  const points = which === 'leakage' ? curves.leakage : curves.delay;
  const scale = which === 'leakage' ? 100 : 1;
  return points.map((p) => ({ x: Math.round(p.x * scale * 1e6) / 1e6, npv: p.npv }));
}

/** The current setting and the zero crossing (from the model's switching values) for one chart. */
export function sensitivityMarks(results: Results, settings: Settings, which: 'leakage' | 'delay'): SensitivityMarks {
  const s = results.total.switching;
  if (which === 'leakage') return { current: settings.leakage * 100, zero: s.leakage === null ? null : s.leakage * 100 };
  return { current: settings.delay, zero: s.delay };
}

/**
 * The cost of the delay set: the net benefit over the horizon with no delay (every other setting
 * as it is) minus the net benefit now, £bn at today's value. The same number as the "Delay" step
 * of "How is this worked out?", which applies the delay after take-up, the partner lens and
 * leakage (docs/model.md, "The cost of a delay"). Null when no delay is set.
 */
export function delayCost(results: Results, settings: Settings): number | null {
  if (settings.delay === 0 && Object.keys(settings.delayByTheme).length === 0) return null;
  const withoutDelay = results.total.npvByWholeDelay[0];
  return withoutDelay ? withoutDelay.minus(results.total.npv).toNumber() : null;
}
