import { describe, expect, it } from 'vitest';
import { rangeFill } from '../../src/lib/rangeFill';

const fill = (value: number, min: number, max: number) => (rangeFill(value, min, max) as Record<string, string>)['--fill'];

describe('rangeFill', () => {
  it('gives how far along its range the value sits', () => {
    expect(fill(0, 0, 100)).toBe('0%');
    expect(fill(35, 0, 100)).toBe('35%');
    expect(fill(100, 0, 100)).toBe('100%');
    expect(fill(1.25, 0, 5)).toBe('25%');
    expect(fill(7, 5, 10)).toBe('40%');
    expect(fill(1, 0, 3)).toBe('33.33%');
  });
  it('stays within the track for values outside the range, an empty range or a value that is not a number', () => {
    expect(fill(-5, 0, 100)).toBe('0%');
    expect(fill(150, 0, 100)).toBe('100%');
    expect(fill(3, 3, 3)).toBe('0%');
    expect(fill(Number.NaN, 0, 100)).toBe('0%');
  });
});
