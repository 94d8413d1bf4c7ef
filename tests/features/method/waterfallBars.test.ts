import { describe, expect, it } from 'vitest';
import { formatStep, layoutWaterfall } from '../../../src/features/method/waterfallBars';

describe('layoutWaterfall', () => {
  it('floats each change from the previous level on one scale, totals from zero', () => {
    const { bars, zero } = layoutWaterfall([
      { id: 'a', label: 'A', value: 10, level: 10, basis: '', total: true },
      { id: 'b', label: 'B', value: -4, level: 6, basis: '', total: false },
      { id: 'c', label: 'C', value: 0, level: 6, basis: '', total: false },
      { id: 'd', label: 'D', value: 6, level: 6, basis: '', total: true },
    ]);
    expect(zero).toBe(0);
    expect(bars.map((b) => [b.kind, b.left, b.width])).toEqual([
      ['total', 0, 100],
      ['down', 60, 40],
      ['none', 60, 0],
      ['total', 0, 60],
    ]);
    expect(bars.map((b) => b.valueText)).toEqual(['£10.0bn', '−£4.0bn', 'no change', '£6.0bn']);
  });

  it('puts zero inside the scale when the level goes negative', () => {
    const { bars, zero } = layoutWaterfall([
      { id: 'a', label: 'A', value: 2, level: 2, basis: '', total: true },
      { id: 'b', label: 'B', value: -4, level: -2, basis: '', total: false },
      { id: 'c', label: 'C', value: -2, level: -2, basis: '', total: true },
    ]);
    expect(zero).toBe(50);
    expect(bars[1]).toMatchObject({ left: 0, width: 100, kind: 'down' });
    expect(bars[2]).toMatchObject({ left: 0, width: 50, levelText: '−£2.0bn' });
  });

  it('signs changes and calls a rounded zero "no change"', () => {
    expect(formatStep(1.23)).toBe('+£1.2bn');
    expect(formatStep(-0.25)).toBe('−£250m');
    expect(formatStep(0.00001)).toBe('no change');
  });
});
