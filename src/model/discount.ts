import type Decimal from 'decimal.js';
import { ONE, money } from './money';

/** Year 1 is the price base, not discounted; year t is divided by (1 + rate)^(t − 1) (docs/decisions/0002-discounting.md). */
export function discountFactors(rate: number, horizon: number): Decimal[] {
  const growth = ONE.plus(money(rate));
  const factors: Decimal[] = [];
  // One division a year rather than a power each: the same to far beyond the report's precision.
  for (let i = 0; i < horizon; i++) factors.push(i === 0 ? ONE : factors[i - 1]!.div(growth));
  return factors;
}
