import { describe, expect, it } from 'vitest';
import { partnerLabelSize } from '../../../src/components/charts/PartnerChart';

describe('the partner labels’ size', () => {
  it('keeps the chart’s own size where two lines fit the row, and shrinks to fit a short screen, never below 12 px', () => {
    expect(partnerLabelSize(58, 20)).toBe(20);
    expect(partnerLabelSize(32, 20)).toBe(13);
    expect(2 * 1.2 * partnerLabelSize(32, 20)).toBeLessThanOrEqual(32);
    expect(partnerLabelSize(10, 20)).toBe(12);
  });
});
