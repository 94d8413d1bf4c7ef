import Decimal from 'decimal.js';

// One configured Decimal for the whole model: 20 significant digits is far beyond
// the report's precision, so rounding never shows in a published comparison.
const Money = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_EVEN });

export const ZERO = new Money(0);
export const ONE = new Money(1);

export const money = (v: number | string | Decimal): Decimal => new Money(v);

export const sum = (values: readonly Decimal[]): Decimal => values.reduce((a, b) => a.plus(b), ZERO);
