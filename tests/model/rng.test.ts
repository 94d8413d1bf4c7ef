// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mulberry32, triangularAt, uniformAt } from '../../src/model';
import { seededRandom } from '../fixtures/model-data';

describe('mulberry32', () => {
  it('matches an independent implementation of the same generator', () => {
    for (const seed of [0, 1, 2013, 4294967295]) {
      const a = mulberry32(seed);
      const b = seededRandom(seed);
      for (let i = 0; i < 1000; i++) expect(a()).toBe(b());
    }
  });

  it('gives a fixed first value for seed 0 and numbers in [0, 1)', () => {
    // Pinned so that a change to the generator (and so to every seeded result) is noticed.
    expect(mulberry32(0)() * 4294967296).toBe(1144304738);
    const r = mulberry32(99);
    for (let i = 0; i < 10_000; i++) {
      const v = r();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });

  it('is reproducible for a seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
  });

  it('is close to uniform over many draws (fixed seed, so this cannot flake)', () => {
    const r = mulberry32(2013);
    const bins = new Array<number>(10).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) bins[Math.floor(r() * 10)]!++;
    for (const count of bins) expect(Math.abs(count - n / 10)).toBeLessThan(400); // within ~4 standard deviations
  });
});

describe('uniformAt and triangularAt', () => {
  it('maps a uniform number onto the range', () => {
    expect(uniformAt(0, 2, 6)).toBe(2);
    expect(uniformAt(0.25, 2, 6)).toBe(3);
    expect(uniformAt(0.5, 0.1, 0.4)).toBeCloseTo(0.25, 15);
  });

  it('gives hand-worked triangular values', () => {
    // Symmetric on [0, 1] with peak 0.5: F(x) = 2x² below the peak, so u = 0.125 gives 0.25.
    expect(triangularAt(0.125, 0, 0.5, 1)).toBeCloseTo(0.25, 15);
    expect(triangularAt(0.5, 0, 0.5, 1)).toBeCloseTo(0.5, 15);
    expect(triangularAt(0.875, 0, 0.5, 1)).toBeCloseTo(0.75, 15);
    // Peak at the top end (the report's base): F(x) = x², so u = 0.25 gives 0.5.
    expect(triangularAt(0.25, 0, 1, 1)).toBeCloseTo(0.5, 15);
    // Peak at the bottom: F(x) = 1 − (1 − x)², so u = 0.75 gives 0.5.
    expect(triangularAt(0.75, 0, 0, 1)).toBeCloseTo(0.5, 15);
    expect(triangularAt(0, 2, 3, 6)).toBe(2);
    expect(triangularAt(0.25, 2, 3, 6)).toBeCloseTo(3, 15); // the split point (3 − 2)/(6 − 2)
  });

  it('collapses a zero-width range to its value and clamps a peak outside the range', () => {
    expect(triangularAt(0.3, 0.4, 0.9, 0.4)).toBe(0.4);
    expect(triangularAt(0.25, 0, 5, 1)).toBe(triangularAt(0.25, 0, 1, 1));
    expect(triangularAt(0.75, 0, -1, 1)).toBe(triangularAt(0.75, 0, 0, 1));
  });

  it('has the triangular mean (lo + mode + hi) / 3 over many draws', () => {
    const r = mulberry32(5);
    let total = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) total += triangularAt(r(), 0, 0.8, 2);
    expect(total / n).toBeCloseTo(2.8 / 3, 2);
  });
});
