import { describe, expect, it } from 'vitest';
import { MAX_HORIZON, PUBLISHED_YEARS, longRunRealisation, realisation } from '../../src/model/profile';

const P = [0.1, 0.2, 0.4, 0.5, 0.6];

describe('realisation', () => {
  it('has the documented constants', () => {
    expect(MAX_HORIZON).toBe(10);
    expect(PUBLISHED_YEARS).toBe(5);
  });

  it.each([
    [-5, 0],
    [-0.5, 0],
    [0, 0],
    [0.25, 0.025],
    [0.5, 0.05],
    [1, 0.1],
    [1.5, 0.15],
    [2, 0.2],
    [2.25, 0.25],
    [3, 0.4],
    [3.75, 0.475],
    [4, 0.5],
    [5, 0.6],
    // After year 5: a straight line from 0.6 at year 5 to 1 at year 10 (0.08 a year).
    [5.5, 0.64],
    [6, 0.68],
    [7, 0.76],
    [8, 0.84],
    [9, 0.92],
    [9.5, 0.96],
    [10, 1],
    [10.5, 1],
    [11, 1],
    [25, 1],
  ])('tau %f → %f', (tau, expected) => {
    expect(realisation(P, tau)).toBeCloseTo(expected, 12);
  });

  it('reads whole published years straight off the profile', () => {
    P.forEach((p, i) => expect(realisation(P, i + 1)).toBe(p));
  });

  it('is zero before the programme starts, whatever the profile', () => {
    for (const tau of [0, -1, -0.001, -100]) expect(realisation([1, 1, 1, 1, 1], tau)).toBe(0);
  });

  it('starts from zero: between 0 and 1 it rises linearly to year 1', () => {
    for (const frac of [0.1, 0.3, 0.7, 0.9]) expect(realisation([0.8, 1, 1, 1, 1], frac)).toBeCloseTo(0.8 * frac, 14);
  });

  it('is linear between any two whole years (midpoint is the mean)', () => {
    for (let y = 0; y < 12; y++) {
      const mid = realisation(P, y + 0.5);
      expect(mid).toBeCloseTo((realisation(P, y) + realisation(P, y + 1)) / 2, 14);
    }
  });

  it('is continuous at whole years', () => {
    for (let y = 1; y <= 11; y++) {
      expect(realisation(P, y - 1e-9)).toBeCloseTo(realisation(P, y), 7);
      expect(realisation(P, y + 1e-9)).toBeCloseTo(realisation(P, y), 7);
    }
  });

  it('keeps a year-5 value above 1 at that level (re-offending pilot A, 154%: decision 0007)', () => {
    // Before issue 19 it fell back to 1 by year 10.
    const over = [0.4, 0.8, 1.1, 1.4, 1.5];
    for (const tau of [5, 5.5, 6, 8, 10, 12]) expect(realisation(over, tau)).toBe(1.5);
    expect(longRunRealisation(over)).toBe(1.5);
    expect(longRunRealisation([0.5, 0.6, 0.7, 0.8, 0.9])).toBe(1);
  });

  it('stays at 1 after year 5 when the profile already reaches 1', () => {
    for (const tau of [5, 5.5, 6, 7.25, 10, 15]) expect(realisation([0.2, 0.5, 1, 1, 1], tau)).toBe(1);
  });

  it('carries on from the last year a profile gives, however many it gives', () => {
    const seven = [0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 0.9];
    expect(realisation(seven, 7)).toBe(0.9);
    // Ramp: from year 7's 90% to 100% by year 10, a third of the way a year.
    expect(realisation(seven, 8)).toBeCloseTo(0.9 + 0.1 / 3, 14);
    expect(realisation(seven, 10)).toBeCloseTo(1, 14);
    expect(realisation(seven, 9, { after5: 'hold', dropoff: 0 })).toBe(0.9);
    expect(realisation(seven, 9, { after5: 'decay', dropoff: 0.5 })).toBeCloseTo(0.225, 14);
    // A profile of ten years or more holds its last year under the ramp: it is already past year 10.
    expect(realisation([...seven, 0.95, 0.95, 0.95, 0.97], 12)).toBe(0.97);
  });

  it('is non-decreasing in tau for a non-decreasing profile', () => {
    const prof = [0.3, 0.3, 0.5, 0.9, 0.95];
    let prev = -Infinity;
    for (let tau = -1; tau <= 12; tau += 0.125) {
      const r = realisation(prof, tau);
      expect(r).toBeGreaterThanOrEqual(prev - 1e-15);
      prev = r;
    }
  });

  it('always lies between 0 and the largest of the profile and 1', () => {
    const profiles = [P, [0.46, 0.74, 0.65, 0.62, 0.57], [0, 0.33, 0.67, 1, 1], [0.36, 0.81, 1.1, 1.39, 1.54]];
    for (const prof of profiles) {
      const hi = Math.max(1, ...prof);
      for (let tau = -2; tau <= 14; tau += 0.1) {
        const r = realisation(prof, tau);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(hi + 1e-12);
      }
    }
  });
});
