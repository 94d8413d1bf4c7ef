import type Decimal from 'decimal.js';
import { ONE, money } from './money';

/**
 * Discount factors for years 1..horizon. Year 1 (2012-13) is the price base and is not
 * discounted; year t is divided by (1 + rate)^(t - 1). This convention fits the report's
 * tables best: see docs/decisions/0002-discounting.md.
 */
export function discountFactors(rate: number, horizon: number): Decimal[] {
  const growth = ONE.plus(money(rate));
  return Array.from({ length: horizon }, (_, i) => ONE.div(growth.pow(i)));
}
