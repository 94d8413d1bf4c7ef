import type { Result } from './types';

export interface CurvePoint {
  /** Leakage as a fraction 0–1, or delay in years. */
  x: number;
  npv: number;
}

const steps = (max: number, count: number) => Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

// Chart points, so float64: from the decimal results, and for delay from the float64 NPV at whole
// delays (switching.ts); decimal points would cost more than the rest of a slider step.
// tests/model/sensitivity.test.ts and floatAgreement.test.ts hold them to the decimal model to 1e-9.

/** Net benefit as one leakage for every theme moves from 0% to 100%: a straight line, so exact. */
export function leakageCurve(r: Result, count = 20): CurvePoint[] {
  const benefit = r.pvBenefitBeforeLeakage.toNumber();
  const cost = r.pvCost.toNumber();
  return steps(1, count).map((x) => ({ x, npv: benefit * (1 - x) - cost }));
}

/** Net benefit as one delay for every theme moves from 0 to `max` years: straight between whole years, so exact. */
export function delayCurve(r: Result, count = 20, max = 5): CurvePoint[] {
  const whole = r.npvByWholeDelayFloat;
  return steps(max, count).map((x) => {
    const k = Math.floor(x);
    const lo = whole[k] ?? whole[whole.length - 1] ?? 0;
    const hi = whole[k + 1] ?? lo;
    return { x, npv: lo + (hi - lo) * (x - k) };
  });
}
