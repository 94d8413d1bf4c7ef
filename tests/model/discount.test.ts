import { describe, expect, it } from 'vitest';
import { discountFactors } from '../../src/model/discount';
import { money } from '../../src/model/money';

const nums = (rate: number, horizon: number) => discountFactors(rate, horizon).map((f) => f.toNumber());

describe('discountFactors', () => {
  it.each([
    { rate: 0, horizon: 5, expected: [1, 1, 1, 1, 1] },
    { rate: 0.1, horizon: 3, expected: [1, 1 / 1.1, 1 / 1.21] },
    { rate: 0.035, horizon: 5, expected: [1, 1 / 1.035, 1 / 1.035 ** 2, 1 / 1.035 ** 3, 1 / 1.035 ** 4] },
    { rate: 1, horizon: 4, expected: [1, 0.5, 0.25, 0.125] },
    { rate: 0.05, horizon: 1, expected: [1] },
  ])('rate $rate over $horizon years', ({ rate, horizon, expected }) => {
    const got = nums(rate, horizon);
    expect(got).toHaveLength(expected.length);
    got.forEach((f, i) => expect(f).toBeCloseTo(expected[i] ?? Number.NaN, 14));
  });

  it('leaves year 1 undiscounted at every rate', () => {
    for (const rate of [0, 0.01, 0.035, 0.1, 0.5]) expect(discountFactors(rate, 10)[0]?.toNumber()).toBe(1);
  });

  it('gives one factor per year of the horizon and none for a zero horizon', () => {
    for (let h = 0; h <= 10; h++) expect(discountFactors(0.035, h)).toHaveLength(h);
  });

  it('is exact in decimal arithmetic: factor(t) × (1 + rate)^(t−1) = 1', () => {
    const rate = 0.035;
    discountFactors(rate, 10).forEach((f, i) => {
      expect(f.times(money(1 + rate).pow(i)).minus(1).abs().toNumber()).toBeLessThan(1e-25);
    });
  });

  it('falls strictly year on year for a positive rate', () => {
    const f = nums(0.02, 10);
    for (let i = 1; i < f.length; i++) expect(f[i]).toBeLessThan(f[i - 1] ?? 0);
  });

  it('each factor is the previous divided by (1 + rate)', () => {
    const f = discountFactors(0.07, 8);
    for (let i = 1; i < f.length; i++) {
      const prev = f[i - 1];
      const cur = f[i];
      if (!prev || !cur) throw new Error('missing factor');
      expect(prev.div(cur).toNumber()).toBeCloseTo(1.07, 14);
    }
  });
});
