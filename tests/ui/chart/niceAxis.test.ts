import { describe, expect, it } from 'vitest';
import { moneyAxis, niceAxis } from '../../../src/ui/chart/niceAxis';

describe('niceAxis', () => {
  it('covers every value and zero with round steps', () => {
    expect(niceAxis([0.6, 3.9])).toEqual({ domain: [0, 4], ticks: [0, 1, 2, 3, 4] });
    expect(niceAxis([-0.3, 12.6])).toEqual({ domain: [-5, 15], ticks: [-5, 0, 5, 10, 15] });
    expect(niceAxis([-7, -2])).toEqual({ domain: [-8, 0], ticks: [-8, -6, -4, -2, 0] });
  });
  it('ignores values that are not numbers, and takes a finer target or step when asked', () => {
    expect(niceAxis([Number.NaN, Infinity, 2])).toEqual({ domain: [0, 2], ticks: [0, 0.5, 1, 1.5, 2] });
    expect(niceAxis([0.004], 4, 0.001).ticks).toEqual([0, 0.001, 0.002, 0.003, 0.004]);
    expect(niceAxis([10], 2).ticks).toEqual([0, 5, 10]);
  });
  it('starts near the values when zero is not needed (a histogram of net benefits)', () => {
    expect(niceAxis([12.3, 24.9, 20.6], 5, 0.01, false)).toEqual({ domain: [10, 25], ticks: [10, 15, 20, 25] });
    expect(niceAxis([], 4, 0.01, false).ticks).toEqual([0, 0.5]);
  });
});

describe('moneyAxis', () => {
  it('steps as a national £bn axis does', () => {
    expect(moneyAxis([0.6, 3.9])).toEqual(niceAxis([0.6, 3.9]));
    expect(moneyAxis([-0.3, 12.6])).toEqual(niceAxis([-0.3, 12.6]));
    expect(moneyAxis([0, 0]).ticks).toEqual([0, 0.5]);
  });
  it('takes £m steps for a place’s few £m, which its £m labels show', () => {
    expect(moneyAxis([0.0044, 0.0296]).ticks).toEqual([0, 0.01, 0.02, 0.03]);
    expect(moneyAxis([-0.003, 0.0082]).ticks).toEqual([-0.005, 0, 0.005, 0.01]);
    expect(moneyAxis([0.0031]).ticks).toEqual([0, 0.001, 0.002, 0.003, 0.004]);
  });
});
