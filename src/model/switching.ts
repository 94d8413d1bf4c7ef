import type Decimal from 'decimal.js';
import { combineFlows, netPresentValue, presentValue, themeFlows } from './flows';
import { ONE } from './money';
import type { Settings, SwitchingValues, Theme } from './types';

/**
 * Leakage at which the net benefit over the horizon falls to zero, in closed form.
 * With leakage ℓ applied to every theme, NPV(ℓ) = (1 − ℓ)·PV(benefit) − PV(cost), so
 * ℓ* = 1 − PV(cost) / PV(benefit). There is none when the programme is not in surplus to
 * start with (nothing to leak) or when there is no benefit at all.
 */
export function leakageSwitch(pvBenefitBeforeLeakage: Decimal, pvCost: Decimal): number | null {
  if (pvBenefitBeforeLeakage.lte(0)) return null;
  if (pvBenefitBeforeLeakage.minus(pvCost).lte(0)) return null;
  return ONE.minus(pvCost.div(pvBenefitBeforeLeakage)).toNumber();
}

/**
 * Delay at which the net benefit falls to zero, given NPV as a function of a delay applied to
 * every theme. Realisation is a straight line between whole years, so NPV is a straight line
 * between whole-year delays: the first whole-year bracket where it stops being positive holds
 * the root, found exactly by interpolation. Null when it is not positive at zero delay, or never
 * falls to zero within the horizon (no costs).
 */
export function delaySwitch(npvAtDelay: (delay: number) => Decimal, maxDelay: number): number | null {
  let previous = npvAtDelay(0);
  if (previous.lte(0)) return null;
  for (let d = 1; d <= maxDelay; d++) {
    const current = npvAtDelay(d);
    if (current.lte(0)) {
      return previous.div(previous.minus(current)).plus(d - 1).toNumber();
    }
    previous = current;
  }
  return null;
}

/** Both switching values for a set of themes under the other current settings. */
export function switchingValues(themes: Theme[], s: Settings, factors: Decimal[]): SwitchingValues {
  const current = combineFlows(themes.map((t) => themeFlows(t, s)), s.horizon);
  const leakage = leakageSwitch(
    presentValue(current.benefitBeforeLeakage, factors),
    presentValue(current.cost, factors),
  );
  const npvAtDelay = (delay: number) =>
    netPresentValue(combineFlows(themes.map((t) => themeFlows(t, s, { delay })), s.horizon), factors);
  return { leakage, delay: delaySwitch(npvAtDelay, s.horizon) };
}
