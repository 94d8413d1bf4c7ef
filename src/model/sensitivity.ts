import { ONE, ZERO, money } from './money';
import type { Result } from './types';

export interface CurvePoint {
  /** Leakage as a fraction 0–1, or delay in years. */
  x: number;
  /** Net benefit over the horizon, £bn. */
  npv: number;
}

const steps = (max: number, count: number) => Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

/**
 * Net benefit over the horizon as one leakage for every theme moves from 0% to 100%, other
 * settings kept. NPV is a straight line in leakage, so the evaluated result gives it exactly.
 */
export function leakageCurve(r: Result, count = 20): CurvePoint[] {
  return steps(1, count).map((x) => ({
    x,
    npv: r.pvBenefitBeforeLeakage.times(ONE.minus(money(x))).minus(r.pvCost).toNumber(),
  }));
}

/**
 * Net benefit over the horizon as one delay for every theme moves from 0 to `max` years. NPV is a
 * straight line between whole-year delays, so it is interpolated exactly from the result's
 * whole-year values.
 */
export function delayCurve(r: Result, count = 20, max = 5): CurvePoint[] {
  const whole = r.npvByWholeDelay;
  return steps(max, count).map((x) => {
    const k = Math.floor(x);
    const frac = money(x - k);
    const lo = whole[k] ?? whole[whole.length - 1] ?? ZERO;
    const hi = whole[k + 1] ?? lo;
    return { x, npv: lo.plus(hi.minus(lo).times(frac)).toNumber() };
  });
}
