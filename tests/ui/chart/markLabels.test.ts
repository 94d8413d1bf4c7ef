import { describe, expect, it } from 'vitest';
import { nowLabelSide, zeroLabelSide } from '../../../src/ui/chart/markLabels';

describe('the sensitivity chart’s mark labels keep clear of the edges and of each other', () => {
  it('puts "Now" right of its line where it fits, else left', () => {
    expect(nowLabelSide('Now: 1 year', 20, 300)).toBe('insideTopLeft');
    expect(nowLabelSide('Now: 1 year', 250, 300)).toBe('insideTopRight');
    // A narrow printed chart: even near the left, it goes left when the right has no room.
    expect(nowLabelSide('Now: 1 year', 30, 100)).toBe('insideTopRight');
  });

  it('puts "Zero at" on the side that fits and does not cross the "Now" line', () => {
    expect(zeroLabelSide('Zero at 65%', 150, 20, 300)).toBe('right'); // fits right, Now far left
    expect(zeroLabelSide('Zero at 65%', 150, 180, 300)).toBe('left'); // Now just right of the dot
    expect(zeroLabelSide('Zero at 2.5 years', 250, 40, 300)).toBe('left'); // no room on the right
    expect(zeroLabelSide('Zero at 2.5 years', 30, 300, 300)).toBe('right'); // no room on the left
  });
});
