import { describe, expect, it } from 'vitest';
import { axisWidth } from '../../../src/ui/chart/axisWidth';

describe('axisWidth', () => {
  it('never goes below the least width asked for', () => {
    expect(axisWidth(['£1bn'], 13, 52)).toBe(52);
    expect(axisWidth([], 13, 52)).toBe(52);
  });

  it('grows with the longest label and with the font size', () => {
    const short = axisWidth(['£5bn', '£0bn'], 13, 0);
    const long = axisWidth(['£5bn', '−£12.5bn'], 13, 0);
    expect(long).toBeGreaterThan(short);
    expect(axisWidth(['−£12.5bn'], 20, 0)).toBeGreaterThan(long);
  });

  it('leaves room for a signed label at phone size, where the old fixed 52 px cut the minus sign', () => {
    expect(axisWidth(['−£2.5bn', '−£25bn'], 13, 52)).toBeGreaterThan(52);
  });
});
