import { describe, expect, it } from 'vitest';
import type { CompareFigureRow, ComparePartnerRow } from '../../../src/components/workshop/compareRows';
import { partnerText, rowText } from '../../../src/components/workshop/compareFormat';

const M = '\u2212';
const row = (kind: CompareFigureRow['kind'], a: number | null, b: number | null): CompareFigureRow => ({
  id: 'x',
  label: 'x',
  kind,
  a,
  b,
  diff: a === null || b === null ? null : b - a,
});
/** A, B and the difference as shown, and the difference as read aloud. */
const shown = (r: CompareFigureRow) => {
  const t = rowText(r);
  return [t.a, t.b, t.diff.text, t.diff.spoken];
};
const partner = (a: number, b: number): ComparePartnerRow => ({ key: 'MoJ', name: 'Ministry of Justice', label: 'Justice', a, b, diff: b - a, shareA: null, shareB: null });

describe('percentage rows: A, B and the difference at one precision', () => {
  it('says "1 point", not "1 points", in words and aloud', () => {
    expect(shown(row('percent', 0.02, 0.03))).toEqual(['2%', '3%', '+1 point', 'up 1 percentage point']);
    expect(shown(row('percent', 0.52, 0.51))).toEqual(['52%', '51%', `${M}1 point`, 'down 1 percentage point']);
  });

  it('gives A and B the same decimals when one of them needs a decimal', () => {
    expect(shown(row('percent', 0.023, 0.03))).toEqual(['2.3%', '3.0%', '+0.7 points', 'up 0.7 percentage points']);
    expect(shown(row('percent', 0.12, 0.083))).toEqual(['12.0%', '8.3%', `${M}3.7 points`, 'down 3.7 percentage points']);
  });

  it('keeps the row’s decimal on a whole difference, which then reads "1.0 points"', () => {
    expect(shown(row('percent', 0.023, 0.033))).toEqual(['2.3%', '3.3%', '+1.0 points', 'up 1.0 percentage points']);
  });

  it('gives the difference no more decimals than A and B when none of them needs one', () => {
    expect(shown(row('percent', 0.5711, 0.7340))).toEqual(['57%', '73%', '+16 points', 'up 16 percentage points']);
    expect(shown(row('percent', 0.6643, 0.734))).toEqual(['66%', '73%', '+7 points', 'up 7 percentage points']);
  });

  it('shows a small difference to a decimal, with A and B to match', () => {
    expect(shown(row('percent', 0.694, 0.696))).toEqual(['69.4%', '69.6%', '+0.2 points', 'up 0.2 percentage points']);
  });

  it('never says "no change" beside two different figures', () => {
    // "Half the benefits leak" against "Led by health": 3.04% and 3.08%, both "3.0%"/"3.1%" at one decimal.
    expect(shown(row('percent', 0.030380116713352008, 0.03078451359014024))).toEqual(['3.04%', '3.08%', '+0.04 points', 'up 0.04 percentage points']);
    expect(shown(row('percent', 0.074, 0.074))).toEqual(['7.4%', '7.4%', 'no change', 'no change']);
  });

  it('leaves a missing side as a dash', () => {
    expect(shown(row('percent', null, 0.03))).toEqual(['–', '3%', '–', 'no difference can be given']);
  });
});

describe('year-count rows', () => {
  it('says "1 year", not "1 years", when the difference shows as 1', () => {
    expect(shown(row('years', 3.04, 2.035))).toEqual(['3 years', '2 years', `${M}1 year`, '1 year less']);
  });

  it('gives A, B and the difference the same decimals', () => {
    expect(shown(row('years', 1.97, 3.37))).toEqual(['2.0 years', '3.4 years', '+1.4 years', '1.4 years more']);
    expect(shown(row('years', 2.53, 3.53))).toEqual(['2.5 years', '3.5 years', '+1.0 years', '1.0 years more']);
  });

  it('never gives a difference beside two figures shown as equal', () => {
    // "Half the benefits leak" against "Led by health": both "2.0 years" at one decimal, 0.06 years apart.
    expect(shown(row('years', 2.0350399892721187, 1.9714494137650633))).toEqual(['2.04 years', '1.97 years', `${M}0.06 years`, '0.06 years less']);
  });
});

describe('money rows: A, B and the difference in one unit', () => {
  it('uses £bn when every figure of the row is at least £1bn', () => {
    expect(shown(row('money', 20.6, 9.4))).toEqual(['£20.6bn', '£9.4bn', '▼ £11.2bn', 'down £11.2bn']);
    expect(shown(row('money', 7.4, 7.4))).toEqual(['£7.4bn', '£7.4bn', 'no change', 'no change']);
  });

  it('keeps £bn figures in £bn when only the difference is under £1bn, with a second decimal where it needs one', () => {
    expect(shown(row('money', 7.066, 7.42))).toEqual(['£7.1bn', '£7.4bn', '▲ £0.4bn', 'up £0.4bn']);
    expect(shown(row('money', 3.297, 3.254))).toEqual(['£3.30bn', '£3.25bn', '▼ £0.04bn', 'down £0.04bn']);
    expect(shown(row('money', 3.297, 3.2942))).toEqual(['£3.30bn', '£3.29bn', '▼ £3m', 'down £3m']);
  });

  it('says "no change" when the figures shown are the same, even if the unrounded ones differ', () => {
    expect(shown(row('money', 0.12341, 0.12344))).toEqual(['£123m', '£123m', 'no change', 'no change']);
    // And two figures that show as different never sit beside "no change".
    expect(shown(row('money', 0.1234, 0.1238))).toEqual(['£123m', '£124m', '▲ less than £1m', 'up less than £1m']);
  });

  it('uses £m for the whole row when a figure compared is under £1bn', () => {
    expect(shown(row('money', 0.8, 1.3))).toEqual(['£800m', '£1,300m', '▲ £500m', 'up £500m']);
  });
});

describe('partner rows', () => {
  it('gives small amounts and their difference in £m, not "£0.03bn … ▲ £27m"', () => {
    expect(partnerText(partner(0.03, 0.057))).toEqual({ a: '£30m', b: '£57m', diff: { text: '▲ £27m', spoken: 'up £27m' } });
  });

  it('gives amounts of £1bn and more in £bn when the difference is too', () => {
    expect(partnerText(partner(3.926, 2.159))).toEqual({ a: '£3.9bn', b: '£2.2bn', diff: { text: '▼ £1.8bn', spoken: 'down £1.8bn' } });
    expect(partnerText(partner(0, 1.852))).toEqual({ a: '£0', b: '£1.9bn', diff: { text: '▲ £1.9bn', spoken: 'up £1.9bn' } });
    // A partner with nothing reads the same in a £m row as in a £bn row.
    expect(partnerText(partner(0, 0.4)).a).toBe('£0');
    expect(partnerText(partner(0, 0))).toEqual({ a: '£0', b: '£0', diff: { text: 'no change', spoken: 'no change' } });
  });

  it('gives a small difference between large amounts a second decimal', () => {
    expect(partnerText(partner(1.852, 1.844))).toEqual({ a: '£1.85bn', b: '£1.84bn', diff: { text: '▼ £0.01bn', spoken: 'down £0.01bn' } });
    expect(partnerText(partner(0.1, 0.1))).toEqual({ a: '£100m', b: '£100m', diff: { text: 'no change', spoken: 'no change' } });
  });
});
