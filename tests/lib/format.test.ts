import { describe, expect, it } from 'vitest';
import { MINUS, millionsAxisFormat, moneyAxisFormat, moneyScale, formatAxisMoney, moneyDifference, percentDifference, yearsDifference, formatMoneyColumn, formatPercentColumn, formatMoney, formatNumber, formatPercent, formatYears, roundAway } from '../../src/lib/format';

describe('formatMoney', () => {
  it('prints £bn to one decimal place from £1bn up', () => {
    expect(formatMoney(12)).toBe('£12.0bn');
    expect(formatMoney(20.618)).toBe('£20.6bn');
    expect(formatMoney(7.98)).toBe('£8.0bn');
    expect(formatMoney(1234.5)).toBe('£1,234.5bn');
  });
  it('prints £m below £1bn', () => {
    expect(formatMoney(0.143)).toBe('£143m');
    expect(formatMoney(0.9994)).toBe('£999m');
    expect(formatMoney(0.9996)).toBe('£1.0bn');
  });
  it('uses a real minus sign for negatives', () => {
    expect(formatMoney(-0.1, { unit: 'bn' })).toBe(`${MINUS}£0.1bn`);
    expect(formatMoney(-0.1)).toBe(`${MINUS}£100m`);
    expect(formatMoney(-2.345)).toBe(`${MINUS}£2.3bn`);
    expect(formatMoney(-0.1)).not.toContain('-');
  });
  it('never prints a negative zero, NaN or Infinity', () => {
    expect(formatMoney(-0.00001)).toBe('£0m');
    expect(formatMoney(-0.00004, { unit: 'm' })).toBe('£0m');
    expect(formatMoney(-0.01, { unit: 'bn' })).toBe('£0.0bn');
    expect(formatMoney(Number.NaN)).toBe('–');
    expect(formatMoney(Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatMoney(null)).toBe('–');
    expect(formatMoney(undefined)).toBe('–');
  });
  it('can force £bn with more places', () => {
    expect(formatMoney(2.3773, { unit: 'bn', digits: 2 })).toBe('£2.38bn');
  });
});

describe('differences: current minus the other, from the figures as shown', () => {
  it('gives money an arrow, the amount and words', () => {
    expect(moneyDifference(8.79, 12.0)).toEqual({ arrow: '▼', amount: '£3.2bn', text: '▼ £3.2bn', words: 'down £3.2bn' });
    expect(moneyDifference(13.2, 12.0)).toEqual({ arrow: '▲', amount: '£1.2bn', text: '▲ £1.2bn', words: 'up £1.2bn' });
    expect(moneyDifference(12.0001, 12.0).text).toBe('no change');
    expect(moneyDifference(Number.NaN, 1).text).toBe('–');
  });

  it('reads the gap between the rounded figures, in the figures’ unit', () => {
    // £9.64bn and £12.04bn show as £9.6bn and £12.0bn: the gap reads £2.4bn (unrounded, 2.40).
    expect(moneyDifference(9.64, 12.04).text).toBe('▼ £2.4bn');
    // £9.65bn shows as £9.7bn (halves away from zero): £2.3bn, never "£2.4bn" beside £9.7bn and £12.0bn.
    expect(moneyDifference(9.65, 12.04).text).toBe('▼ £2.3bn');
    // Figures in £bn give the gap in £bn, not "£9,605m" or "£400m".
    expect(moneyDifference(11.6, 12.0).text).toBe('▼ £0.4bn');
    expect(moneyDifference(0.12, 0.1).text).toBe('▲ £20m');
    // Two figures that show differently never read "no change".
    expect(moneyDifference(1.0, 0.999).text).toBe('▲ £1m');
  });

  it('gives percentages in points and years in years, at the places the figures show', () => {
    expect(percentDifference(0.65, 0.2)).toMatchObject({ text: '+45 points', words: 'up 45 percentage points' });
    expect(percentDifference(0.074, 0.2).text).toBe(`${MINUS}12.6 points`);
    expect(percentDifference(0.02, 0.03).text).toBe(`${MINUS}1 point`);
    // 3.35 and 3.04 years show as "3.4 years" and "3 years": the gap is 0.4, not 0.3.
    expect(yearsDifference(3.35, 3.04)).toMatchObject({ text: '+0.4 years', words: '0.4 years more' });
    expect(yearsDifference(2.96, 3.04).text).toBe('no change');
    expect(yearsDifference(2, 3).text).toBe(`${MINUS}1 year`);
  });
});

describe('formatPercent', () => {
  it('prints whole percentages from 10% up and keeps one place below', () => {
    expect(formatPercent(0.6912)).toBe('69%');
    expect(formatPercent(0.0745)).toBe('7.5%');
    expect(formatPercent(0.05)).toBe('5%');
    expect(formatPercent(0.0996)).toBe('10%');
    expect(formatPercent(-0.25)).toBe(`${MINUS}25%`);
  });
  it('honours fixed places and never prints NaN', () => {
    expect(formatPercent(0.034696, 2)).toBe('3.47%');
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(Number.NaN)).toBe('–');
    expect(formatPercent(Number.NEGATIVE_INFINITY)).toBe('–');
  });
});

describe('formatYears', () => {
  it('prints years in plain English', () => {
    expect(formatYears(3.2365)).toBe('3.2 years');
    expect(formatYears(2)).toBe('2 years');
    expect(formatYears(1)).toBe('1 year');
    expect(formatYears(0.04)).toBe('0 years');
    expect(formatYears(null)).toBe('–');
    expect(formatYears(Number.NaN)).toBe('–');
  });
});

describe('formatNumber and formatAxisMoney', () => {
  it('prints control values without noise', () => {
    expect(formatNumber(3.5000000000000004)).toBe('3.5');
    expect(formatNumber(-2)).toBe(`${MINUS}2`);
    expect(formatNumber(Number.NaN)).toBe('–');
  });
  it('prints short axis labels', () => {
    expect(formatAxisMoney(5)).toBe('£5bn');
    expect(formatAxisMoney(-2)).toBe(`${MINUS}£2bn`);
    expect(formatAxisMoney(0.5)).toBe('£0.5bn');
    expect(formatAxisMoney(2.5)).toBe('£2.5bn');
    expect(formatAxisMoney(0)).toBe('£0bn');
    expect(formatAxisMoney(Number.NaN)).toBe('');
  });
});

describe('formatCount', () => {
  it('groups thousands the en-GB way and never prints NaN', async () => {
    const { formatCount } = await import('../../src/lib/format');
    expect(formatCount(117000)).toBe('117,000');
    expect(formatCount(614)).toBe('614');
    expect(formatCount(-8090)).toBe('\u22128,090');
    expect(formatCount(Number.NaN)).toBe('–');
    expect(formatCount(null)).toBe('–');
  });
});

describe('formatMoney in £m', () => {
  it('keeps a local figure in £m with grouping', () => {
    expect(formatMoney(1.42, { unit: 'm' })).toBe('£1,420m');
    expect(formatMoney(-0.0384, { unit: 'm' })).toBe(`${MINUS}£38.4m`);
  });
});

describe('millionsAxisFormat', () => {
  it('labels an axis of a few £m in £m, which £bn labels rounded to "£0.00bn"', () => {
    const f = millionsAxisFormat([-0.01, -0.005, 0, 0.005]);
    expect([-0.01, -0.005, 0, 0.005].map(f)).toEqual([`${MINUS}£10m`, `${MINUS}£5m`, '£0m', '£5m']);
    expect(millionsAxisFormat([0, 0.02, 0.04, 0.06, 0.08])(0.04)).toBe('£40m');
  });
  it('stays in £m past £1bn, as the rest of the area section does', () => {
    expect([0, 0.5, 1].map(millionsAxisFormat([0, 0.5, 1]))).toEqual(['£0m', '£500m', '£1,000m']);
  });
  it('adds a decimal place only when ticks are closer than £1m', () => {
    const f = millionsAxisFormat([0, 0.0005, 0.001, 0.0015]);
    expect([0.0005, 0.0015].map(f)).toEqual(['£0.5m', '£1.5m']);
  });
});

describe('money and percentage columns', () => {
  it('gives a column of money one unit: £bn once a figure reaches £1bn, else £m', () => {
    // A running total passing from £30m to £3.3bn read "£30m" above "£3.3bn".
    expect(formatMoneyColumn([-0.4, 0.03, 3.3, null])).toEqual([`${MINUS}£0.40bn`, '£0.03bn', '£3.30bn', '–']);
    expect(formatMoneyColumn([-2.3, -0.36, 1.2])).toEqual([`${MINUS}£2.3bn`, `${MINUS}£0.4bn`, '£1.2bn']);
    // One number of places down the column: £30m needs one (formatMoney), so £360m has it too.
    expect(formatMoneyColumn([0.03, 0.36, 0])).toEqual(['£30.0m', '£360.0m', '£0']);
    // £3m would read "£0.00bn": the whole column goes to £m instead.
    expect(formatMoneyColumn([0.003, 3])).toEqual(['£3.0m', '£3,000.0m']);
  });
  it('gives a column of percentages one number of places', () => {
    expect(formatPercentColumn([0.05, 0.045, 0.023])).toEqual(['5.0%', '4.5%', '2.3%']);
    expect(formatPercentColumn([0.5, 0.25, null])).toEqual(['50%', '25%', '–']);
  });
});

describe('roundAway', () => {
  it('rounds halves away from zero, as the shown figures do', () => {
    expect(roundAway(0.55, 1)).toBe(0.6);
    expect(roundAway(-0.05, 1)).toBe(-0.1);
    expect(roundAway(12.345, 2)).toBe(12.35);
    expect(roundAway(-2.5, 0)).toBe(-3);
    // The same digits formatPercent prints.
    for (const v of [0.0055, -0.0005, 0.1235, -0.4445]) expect(`${roundAway(v * 100, 1).toFixed(1)}%`.replace('-', MINUS)).toBe(formatPercent(v, 1));
  });
});

describe('a place’s own case in £m beside the national case in £bn', () => {
  it('leaves the national figures as they were', () => {
    expect([20.618, 0.364, 0.278, 12, 0.9994].map((v) => formatMoney(v))).toEqual(['£20.6bn', '£364m', '£278m', '£12.0bn', '£999m']);
    expect(moneyDifference(0.364, 0.278).text).toBe('▲ £86m');
    expect(moneyDifference(20.618, 12).text).toBe('▲ £8.6bn');
    expect(formatMoneyColumn([0.364, 0.278])).toEqual(['£364m', '£278m']);
    expect([0, 5, 10, 15].map(moneyAxisFormat([0, 5, 10, 15]))).toEqual(['£0bn', '£5bn', '£10bn', '£15bn']);
    expect([-1, 0, 1, 2].map(moneyAxisFormat([-1, 0, 1, 2]))).toEqual([`${MINUS}£1bn`, '£0bn', '£1bn', '£2bn']);
    expect(moneyScale([0.05, 2.3773]).format(2.3773)).toBe('£2.38bn');
  });

  it('shows £m under £100m to one place, so small figures are not rounded until they look alike', () => {
    expect([0.0296, 0.0044, 0.0999, 0.09996, 0.1004].map((v) => formatMoney(v))).toEqual(['£29.6m', '£4.4m', '£99.9m', '£100m', '£100m']);
    expect(formatMoney(-0.0136)).toBe(`${MINUS}£13.6m`);
    expect(formatMoney(0.00004)).toBe('£0m');
  });

  it('gives differences from the figures as shown, to the places they are shown to', () => {
    // "£29.6m" against "£29.2m": before, both read "£30m" and "£29m" and the gap "£1m".
    expect(moneyDifference(0.0296, 0.0292)).toEqual({ arrow: '▲', amount: '£0.4m', text: '▲ £0.4m', words: 'up £0.4m' });
    expect(moneyDifference(0.0044, 0.0296).text).toBe('▼ £25.2m');
    // £29.55m shows as £29.6m (halves away from zero): no change beside £29.6m.
    expect(moneyDifference(0.02955, 0.0296).text).toBe('no change');
    // "£104m" against "£99.5m": the gap is to the place the smaller shows.
    expect(moneyDifference(0.104, 0.0995).text).toBe('▲ £4.5m');
    expect(moneyDifference(0.25, 0.0296).text).toBe('▲ £220m');
  });

  it('gives a column of small amounts one unit and one number of places', () => {
    expect(formatMoneyColumn([0.0296, 0.0044, -0.003, 0, null])).toEqual(['£29.6m', '£4.4m', `${MINUS}£3.0m`, '£0', '–']);
    expect(formatMoneyColumn([0.364, 0.0296])).toEqual(['£364.0m', '£29.6m']);
    expect(moneyScale([0.0296, -0.003, 0.0136])).toMatchObject({ unit: '£m' });
    expect([0.0296, -0.003].map(moneyScale([0.0296, -0.003, 0.0136]).format)).toEqual(['£29.6m', `${MINUS}£3.0m`]);
  });

  it('labels a £m axis in £m, never repeating a label, and a £bn one in £bn', () => {
    const ticks = [0, 0.01, 0.02, 0.03];
    // The £bn labels a £30m case had: "£0.01bn, £0.02bn, £0.02bn".
    expect(new Set([0.005, 0.01, 0.015, 0.02, 0.025].map(formatAxisMoney)).size).toBeLessThan(5);
    expect(ticks.map(moneyAxisFormat(ticks))).toEqual(['£0m', '£10m', '£20m', '£30m']);
    const halves = [-0.005, 0, 0.005, 0.01, 0.015, 0.02, 0.025];
    const labels = halves.map(moneyAxisFormat(halves));
    expect(labels).toEqual([`${MINUS}£5m`, '£0m', '£5m', '£10m', '£15m', '£20m', '£25m']);
    expect(new Set(labels).size).toBe(labels.length);
    const fine = [0, 0.0005, 0.001, 0.0015];
    expect(fine.map(moneyAxisFormat(fine))).toEqual(['£0.0m', '£0.5m', '£1.0m', '£1.5m']);
    // Every tick under £1bn: £m; one at £1bn: the whole axis in £bn.
    expect([0, 0.25, 0.5, 0.75].map(moneyAxisFormat([0, 0.25, 0.5, 0.75]))).toEqual(['£0m', '£250m', '£500m', '£750m']);
    expect([0, 0.5, 1].map(moneyAxisFormat([0, 0.5, 1]))).toEqual(['£0bn', '£0.5bn', '£1bn']);
  });
});
