import type Decimal from 'decimal.js';
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
 * NPV with every benefit `delay` whole years late, from the running present value of the counted
 * benefit (`firstYearsOf`): costs do not move with delay, and the factors are geometric, so benefit
 * pushed back d years is worth factor[d] × the PV of its first horizon − d years.
 */
export function npvAtDelay(firstYears: Decimal[], factors: Decimal[], delay: number, kept: Decimal, pvCost: Decimal): Decimal {
  const horizon = factors.length;
  const pv = delay === horizon ? ZERO : firstYears[horizon - delay]!.times(factors[delay] ?? ZERO);
  return pv.times(kept).minus(pvCost);
}

export const addByDelay = (all: Decimal[][]): Decimal[] =>
  (all[0] ?? []).map((_, d) => all.reduce((acc, a) => acc.plus(a[d] ?? ZERO), ZERO));

// The NPV at every whole delay costs hundreds of decimal operations a theme, and a slider step
// needs it for the delay curve (a chart: float64 is enough) and the delay switching value. So it is
// worked out in float64 (tests/model/floatAgreement.test.ts holds it to the decimals to 1e-9), and
// the switching value reads decimals only where they decide it; the decimals stay on the result
// (`npvByWholeDelay`), worked out when read.

/** The NPV at whole delays in float64, with the size of the figures it comes from (a bound on its rounding). */
export interface FloatNpvs {
  values: number[];
  size: number;
}

/**
 * The NPV at each whole delay 0, 1, … horizon in float64 (as `npvAtDelay` gives one in decimals),
 * from the running present value of the counted benefit over its first 0, 1, … horizon years, the
 * kept share and the PV of costs.
 */
export function npvAtWholeDelaysFloat(firstYears: ArrayLike<number>, factors: ArrayLike<number>, kept: number, pvCost: number): FloatNpvs {
  const horizon = factors.length;
  const values: number[] = [];
  let size = 0;
  for (let delay = 0; delay <= horizon; delay++) {
    const benefit = (delay === horizon ? 0 : firstYears[horizon - delay]! * factors[delay]!) * kept;
    size = Math.max(size, Math.abs(benefit) + Math.abs(pvCost));
    values.push(benefit - pvCost);
  }
  return { values, size };
}

/** The NPV at any delay from the NPVs at whole delays: it lies straight between them. */
export function npvFloatAt(byWholeDelay: readonly number[], delay: number): number {
  const shift = Math.min(Math.floor(delay), byWholeDelay.length - 1);
  const frac = delay - shift;
  const at = (d: number) => byWholeDelay[Math.min(d, byWholeDelay.length - 1)] ?? 0;
  return frac === 0 ? at(shift) : at(shift) * (1 - frac) + at(shift + 1) * frac;
}

export const addByDelayFloat = (all: FloatNpvs[]): FloatNpvs => ({
  values: (all[0]?.values ?? []).map((_, d) => all.reduce((acc, a) => acc + (a.values[d] ?? 0), 0)),
  size: all.reduce((acc, a) => acc + a.size, 0),
});

/**
 * `delaySwitch` of the decimal NPVs at whole delays, `exact(d)`, reading them only where they decide
 * it: at the ends of the bracket that holds the root, and where the float64 value is too close to
 * zero for its sign to be sure (far beyond its rounding). So it is the decimal switching value.
 */
export function delaySwitchFrom(approx: FloatNpvs, exact: (delay: number) => Decimal): number | null {
  // Far beyond float64's rounding of these sums, and above the subnormal range, where it loses its digits.
  const margin = Math.max(approx.size * 1e-9, 1e-290);
  const known = new Map<number, Decimal>();
  const at = (d: number) => known.get(d) ?? known.set(d, exact(d)).get(d)!;
  const positive = (d: number) => (Math.abs(approx.values[d]!) > margin ? approx.values[d]! > 0 : at(d).gt(0));
  if (approx.values.length === 0 || !positive(0)) return null;
  for (let d = 1; d < approx.values.length; d++) {
    if (positive(d)) continue;
    const [previous, current] = [at(d - 1), at(d)];
    return previous.div(previous.minus(current)).plus(d - 1).toNumber();
  }
  return null;
}
