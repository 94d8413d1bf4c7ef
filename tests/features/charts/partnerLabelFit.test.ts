import { describe, expect, it } from 'vitest';
import { partnerLabelFit } from '../../../src/features/charts/partnerRows';

describe('how a partner’s label fits its row', () => {
  it('keeps two lines at the chart’s own size where they fit, and shrinks them to fit a short screen, never below 12 px', () => {
    expect(partnerLabelFit(58, 20, true)).toEqual({ lines: 2, size: 20 });
    expect(partnerLabelFit(32, 15, false)).toEqual({ lines: 2, size: 13 });
    expect(2 * 1.2 * partnerLabelFit(32, 15, false).size).toBeLessThanOrEqual(32);
    expect(partnerLabelFit(10, 15, false)).toEqual({ lines: 2, size: 12 });
  });
  it('in presenter mode, gives a row too short for two lines of 16 px one line a room can read', () => {
    // A 1024×768 projector leaves about 32 px a partner: two lines would be 13 px, one line is 20.
    expect(partnerLabelFit(32, 20, true)).toEqual({ lines: 1, size: 20 });
    expect(1.35 * partnerLabelFit(32, 20, true).size).toBeLessThanOrEqual(32);
    expect(partnerLabelFit(37, 20, true)).toEqual({ lines: 2, size: 16 });
    expect(partnerLabelFit(12, 20, true)).toEqual({ lines: 1, size: 12 });
  });
});
