import type Decimal from 'decimal.js';
import type { ThemeBasis } from './flows';
import { ONE, ZERO } from './money';

/**
 * The share of every benefit an adjustment must take for the net benefit to fall to zero, the others
 * as set: NPV(x) = (1 − x)·B − C, where B is the present value of the benefit without it, so
 * x* = 1 − C / B; none without a surplus to start with. Leakage, deadweight, displacement,
 * attribution and optimism bias on benefits all take this form.
 */
export function shareSwitch(pvBenefitWithout: Decimal, pvCost: Decimal): number | null {
  if (pvBenefitWithout.lte(0)) return null;
  if (pvBenefitWithout.minus(pvCost).lte(0)) return null;
  return ONE.minus(pvCost.div(pvBenefitWithout)).toNumber();
}

/**
 * Optimism bias on costs at which the net benefit falls to zero: NPV(o) = B − (1 + o)·C₀, where
 * C₀ = C / (1 + o_now) is the cost without it, so o* = B / C₀ − 1; none without costs or without a
 * surplus at no bias.
 */
export function costBiasSwitch(pvBenefit: Decimal, pvCost: Decimal, obCost: number): number | null {
  const base = pvCost.div(ONE.plus(obCost));
  if (base.lte(0) || pvBenefit.minus(base).lte(0)) return null;
  return pvBenefit.div(base).minus(ONE).toNumber();
}

/**
 * Delay at which the net benefit falls to zero. NPV is straight between whole-year delays (as
 * realisation is between whole years), so the first bracket where it stops being positive holds
 * the root, found exactly by interpolation.
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
 * A theme's NPV at a delay of 0, 1, … horizon whole years. Costs do not move with delay, and the
 * factors are geometric, so benefit pushed back d years is worth factor[d] × (PV of its first
 * horizon − d years): one running sum, not a double loop, which keeps a slider step cheap.
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

export const addByDelay = (all: Decimal[][]): Decimal[] =>
  (all[0] ?? []).map((_, d) => all.reduce((acc, a) => acc.plus(a[d] ?? ZERO), ZERO));
