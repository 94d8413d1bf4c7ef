import type Decimal from 'decimal.js';
import type { ThemeBasis } from './flows';
import { ONE, ZERO } from './money';

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
 * Delay at which the net benefit falls to zero, from NPV at whole-year delays 0, 1, 2, …
 * Realisation is a straight line between whole years, so NPV is a straight line between
 * whole-year delays: the first bracket where it stops being positive holds the root, found
 * exactly by interpolation. Null when NPV is not positive at zero delay. With no costs at all,
 * NPV reaches zero only when every benefit is pushed past the horizon, so the answer is the horizon.
 */
export function delaySwitch(npvAtWholeDelays: readonly Decimal[]): number | null {
  const first = npvAtWholeDelays[0];
  if (!first || first.lte(0)) return null;
  for (let d = 1; d < npvAtWholeDelays.length; d++) {
    const previous = npvAtWholeDelays[d - 1]!;
    const current = npvAtWholeDelays[d]!;
    if (current.lte(0)) return previous.div(previous.minus(current)).plus(d - 1).toNumber();
  }
  return null;
}

/**
 * A theme's NPV with the same delay of 0, 1, … horizon whole years (other settings kept): the
 * input to the delay switching value and the delay curve, computed once per theme and summed for
 * the total. Costs do not move with delay, so only the benefit's present value is recomputed.
 * Discount factors are geometric (factor[a] × factor[b] = factor[a + b]), so the benefit pushed
 * back d years is worth factor[d] × (PV of its first horizon − d years): one running sum, not a
 * double loop, which keeps a slider step cheap.
 */
export function npvAtWholeDelays(b: ThemeBasis, factors: Decimal[], pvCost: Decimal): Decimal[] {
  const horizon = factors.length;
  const firstYears = [ZERO];
  for (let n = 1; n <= horizon; n++) {
    firstYears.push(firstYears[n - 1]!.plus((b.counted[n] ?? ZERO).times(factors[n - 1] ?? ZERO)));
  }
  return Array.from({ length: horizon + 1 }, (_, delay) => {
    const pv = delay === horizon ? ZERO : firstYears[horizon - delay]!.times(factors[delay] ?? ZERO);
    return pv.times(b.kept).minus(pvCost);
  });
}

/** Adds themes' NPV-by-delay arrays into the total's. */
export const addByDelay = (all: Decimal[][]): Decimal[] =>
  (all[0] ?? []).map((_, d) => all.reduce((acc, a) => acc.plus(a[d] ?? ZERO), ZERO));
