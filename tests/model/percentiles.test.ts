// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { histogram, mean, niceStep, quantileSorted, quantiles, shareAbove, sortedCopy } from '../../src/model';

describe('percentiles (linear interpolation between order statistics)', () => {
  it('gives hand-worked values for four numbers', () => {
    // Sorted 1, 2, 3, 4: position h = p × 3.
    const s = [1, 2, 3, 4];
    expect(quantileSorted(s, 0)).toBe(1);
    expect(quantileSorted(s, 1)).toBe(4);
    expect(quantileSorted(s, 0.5)).toBe(2.5); // h = 1.5
    expect(quantileSorted(s, 0.1)).toBeCloseTo(1.3, 15); // h = 0.3
    expect(quantileSorted(s, 0.9)).toBeCloseTo(3.7, 15); // h = 2.7
    expect(quantileSorted(s, 0.25)).toBeCloseTo(1.75, 15); // h = 0.75
  });

  it('gives hand-worked values for eleven numbers (every tenth percentile is a value)', () => {
    const values = [50, 0, 10, 90, 20, 30, 40, 60, 70, 80, 100];
    expect(quantiles(values, [0.1, 0.25, 0.5, 0.75, 0.9])).toEqual([10, 25, 50, 75, 90]);
  });

  it('sorts a copy, leaves the input alone, and handles one value and none', () => {
    const values = [3, -1, 2];
    expect(Array.from(sortedCopy(values))).toEqual([-1, 2, 3]);
    expect(values).toEqual([3, -1, 2]);
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(quantileSorted([1, 2], 2)).toBe(2); // p is clamped to 0–1
  });

  it('counts the share above zero and the mean', () => {
    expect(shareAbove([-1, 0, 1, 2])).toBe(0.5); // zero is not above zero
    expect(shareAbove([])).toBe(0);
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(mean([])).toBeNaN();
  });
});

describe('histogram', () => {
  it('picks round bin widths', () => {
    expect(niceStep(10, 10)).toBe(1);
    expect(niceStep(10, 4)).toBe(5); // 2.5 rounds up to 5
    expect(niceStep(0.3, 24)).toBeCloseTo(0.02, 15); // 0.0125 → 0.02
    expect(niceStep(0, 10)).toBe(1);
  });

  it('puts every value in exactly one bin with round edges', () => {
    const values = [0.05, 0.1, 0.15, 0.95, 1, 0.5];
    const bins = histogram(values, 10);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(values.length);
    expect(bins[0]!.from).toBe(0);
    expect(bins[1]!.from).toBeCloseTo(0.1, 12);
    for (const b of bins) expect(b.to - b.from).toBeCloseTo(0.1, 12);
    // 0.1 and 0.15 share the second bin; 1 (the maximum) lands in the last bin.
    expect(bins[1]!.count).toBe(2);
    expect(bins[bins.length - 1]!.count).toBeGreaterThanOrEqual(1);
  });

  it('gives one bin when every value is the same, and none for no values', () => {
    expect(histogram([2, 2, 2])).toEqual([{ from: 2, to: 2, count: 3 }]);
    expect(histogram([])).toEqual([]);
  });
});
