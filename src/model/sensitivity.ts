import type { Result } from './types';

export interface CurvePoint {
  /** Leakage as a fraction 0–1, or delay in years. */
  x: number;
  /** Net benefit over the horizon, £bn. */
  npv: number;
}

const steps = (max: number, count: number) => Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

// The curves are chart points, so they are worked out in float64 from the decimal results: two
// dozen decimal operations a point would cost more than the rest of a slider step. Their
// agreement with the decimal model to 1e-9 is tested (tests/model/sensitivity.test.ts).

/**
 * Net benefit over the horizon as one leakage for every theme moves from 0% to 100%, other
 * settings kept. NPV is a straight line in leakage, so the evaluated result gives it exactly.
 */
export function leakageCurve(r: Result, count = 20): CurvePoint[] {
  const benefit = r.pvBenefitBeforeLeakage.toNumber();
  const cost = r.pvCost.toNumber();
  return steps(1, count).map((x) => ({ x, npv: benefit * (1 - x) - cost }));
}

/**
 * Net benefit over the horizon as one delay for every theme moves from 0 to `max` years. NPV is a
 * straight line between whole-year delays, so it is interpolated exactly from the result's
 * whole-year values.
 */
export function delayCurve(r: Result, count = 20, max = 5): CurvePoint[] {
  const whole = r.npvByWholeDelay.map((v) => v.toNumber());
  return steps(max, count).map((x) => {
    const k = Math.floor(x);
    const lo = whole[k] ?? whole[whole.length - 1] ?? 0;
    const hi = whole[k + 1] ?? lo;
    return { x, npv: lo + (hi - lo) * (x - k) };
  });
}
