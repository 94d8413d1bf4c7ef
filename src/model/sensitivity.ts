import { discountFactors } from './discount';
import { combineFlows, netPresentValue, presentValue, themeFlows } from './flows';
import { includedThemes } from './evaluate';
import type { ModelData, Settings } from './types';

export interface CurvePoint {
  /** Leakage as a fraction 0–1, or delay in years. */
  x: number;
  /** Net benefit over the horizon, £bn. */
  npv: number;
}

const steps = (max: number, count: number) => Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

/**
 * Net benefit over the horizon as one leakage for every theme moves from 0% to 100% (other
 * settings kept). NPV is a straight line in leakage, so one evaluation gives the whole curve.
 */
export function leakageCurve(data: ModelData, s: Settings, count = 20): CurvePoint[] {
  const factors = discountFactors(s.rate, s.horizon);
  const flows = combineFlows(includedThemes(data, s).map((t) => themeFlows(t, s)), s.horizon);
  const pvBenefit = presentValue(flows.benefitBeforeLeakage, factors);
  const pvCost = presentValue(flows.cost, factors);
  return steps(1, count).map((x) => ({ x, npv: pvBenefit.times(1 - x).minus(pvCost).toNumber() }));
}

/** Net benefit over the horizon as one delay for every theme moves from 0 to 5 years. */
export function delayCurve(data: ModelData, s: Settings, count = 20): CurvePoint[] {
  const factors = discountFactors(s.rate, s.horizon);
  const themes = includedThemes(data, s);
  return steps(5, count).map((delay) => ({
    x: delay,
    npv: netPresentValue(combineFlows(themes.map((t) => themeFlows(t, s, { delay })), s.horizon), factors).toNumber(),
  }));
}
