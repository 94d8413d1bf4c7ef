import { evaluate } from './evaluate';
import type { ModelData, Settings } from './types';

export interface CurvePoint {
  /** Leakage as a fraction 0–1, or delay in years. */
  x: number;
  /** Net benefit over the horizon, £bn. */
  npv: number;
}

const steps = (max: number, count: number) => Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

/** Net benefit over the horizon as uniform leakage moves from 0% to 100% (other settings kept). */
export function leakageCurve(data: ModelData, s: Settings, count = 20): CurvePoint[] {
  return steps(1, count).map((x) => ({
    x,
    npv: evaluate(data, { ...s, leakage: x, leakageByTheme: {} }).total.npv.toNumber(),
  }));
}

/** Net benefit over the horizon as a uniform delay moves from 0 to 5 years (other settings kept). */
export function delayCurve(data: ModelData, s: Settings, count = 20): CurvePoint[] {
  return steps(5, count).map((x) => ({
    x,
    npv: evaluate(data, { ...s, delay: x, delayByTheme: {} }).total.npv.toNumber(),
  }));
}
