/**
 * The comparison tables as text. A row's figures (A, B and the difference B − A) are read across,
 * so they are formatted together: money in one unit, percentages and years to one number of
 * decimal places, and "1 point" or "1 year" wherever the difference shows as exactly 1.
 */
import { formatMoney, formatNumber, formatPercent, formatYears, MINUS, NONE } from '../format';
import type { CompareFigureRow, ComparePartnerRow } from './compareRows';

export interface DiffText {
  text: string;
  /** The same difference in words that read aloud well. */
  spoken: string;
}

/** One row of a comparison table as text. */
export interface RowText {
  a: string;
  b: string;
  diff: DiffText;
}

const NO_DIFF: DiffText = { text: NONE, spoken: 'no difference can be given' };
const NO_CHANGE: DiffText = { text: 'no change', spoken: 'no change' };
/** The most decimal places a percentage or number of years is given to resolve a contradiction. */
const MAX_PLACES = 2;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Decimal places in a formatted figure: "7.4%" → 1, "73%" → 0, "3.4 years" → 1. */
const placesIn = (text: string): number => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

/** The size of a number to exactly `places` decimal places ("1.0", "16"), unsigned. */
function fixedSize(value: number, places: number): string {
  // formatNumber drops trailing zeros ("1.0" → "1"); the row's precision needs them kept.
  const [whole = '', fraction = ''] = formatNumber(Math.abs(value), places).split('.');
  return places > 0 ? `${whole}.${fraction.padEnd(places, '0')}` : whole;
}

const isZero = (text: string) => /^0(\.0*)?$/.test(text);

/**
 * Money in one unit for the whole row, chosen by the two figures compared: £bn when the app's own
 * rule gives £bn to both (every one that is not zero), otherwise £m. So a small partner never
 * reads "£0.03bn", and "£7.4bn against £7.1bn" stays in £bn. The difference follows the row's
 * unit, with a second decimal where one would show a real difference as "£0.0bn"; only a
 * difference too small even for that (under £5m between £bn figures) is given in £m.
 */
function moneyRow(a: number | null, b: number | null, d: number | null): RowText {
  const shown = [a, b].filter(isNumber).map((v) => formatMoney(v)).filter((t) => t !== '£0m');
  const unit = shown.length > 0 && shown.every((t) => t.endsWith('bn')) ? 'bn' : 'm';
  const tiny = d !== null && formatMoney(Math.abs(d), { unit: 'm' }) === '£0m';
  const digits = unit === 'bn' && d !== null && !tiny && Math.abs(d) < 0.05 ? 2 : 1;
  // Nothing at all reads "£0" in every row, whichever unit the row's other figure chose.
  const money = (v: number | null) => (v === null ? NONE : v === 0 ? '£0' : unit === 'bn' ? formatMoney(v, { unit, digits }) : formatMoney(v, { unit }));
  const shownA = money(a);
  const shownB = money(b);
  if (d === null) return { a: shownA, b: shownB, diff: NO_DIFF };
  // "No change" exactly when the row shows no change: never beside two different figures.
  if (a !== null && b !== null ? shownA === shownB : tiny) return { a: shownA, b: shownB, diff: NO_CHANGE };
  const inRowUnit = money(Math.abs(d));
  const size = tiny ? 'less than £1m' : /^£0\.0*bn$/.test(inRowUnit) ? formatMoney(Math.abs(d), { unit: 'm' }) : inRowUnit;
  return { a: shownA, b: shownB, diff: d > 0 ? { text: `▲ ${size}`, spoken: `up ${size}` } : { text: `▼ ${size}`, spoken: `down ${size}` } };
}

interface Scale {
  /** The app's own text for one figure, which picks its decimal places. */
  natural: (v: number) => string;
  /** One figure to a given number of decimal places. */
  fixed: (v: number, places: number) => string;
  /** Difference in display units (percentage points for fractions). */
  size: (d: number) => number;
  /** The difference as text and aloud, from its unsigned size as shown. */
  words: (d: number, size: string) => DiffText;
}

/**
 * Percentages and years: A, B and the difference to the most decimal places the app's formatter
 * gives any of them ("2.3%", "3.0%", "+0.7 points"), and one more where the row would otherwise
 * contradict itself: two different figures with "no change", or two equal ones with a difference.
 */
function scaledRow(a: number | null, b: number | null, d: number | null, scale: Scale): RowText {
  const figures = [a, b, d === null ? null : Math.abs(d)].filter(isNumber);
  let places = Math.max(0, ...figures.map((v) => placesIn(scale.natural(v))));
  const contradicts = (p: number) => a !== null && b !== null && d !== null && (scale.fixed(a, p) === scale.fixed(b, p)) !== isZero(fixedSize(scale.size(d), p));
  while (places < MAX_PLACES && contradicts(places)) places += 1;
  const text = (v: number | null) => (v === null ? NONE : scale.fixed(v, places));
  if (d === null) return { a: text(a), b: text(b), diff: NO_DIFF };
  const size = fixedSize(scale.size(d), places);
  return { a: text(a), b: text(b), diff: isZero(size) ? NO_CHANGE : scale.words(d, size) };
}

const sign = (d: number) => (d > 0 ? '+' : MINUS);

const PERCENT: Scale = {
  natural: (v) => formatPercent(v),
  fixed: (v, places) => formatPercent(v, places),
  size: (d) => d * 100,
  words: (d, size) => {
    const points = size === '1' ? 'point' : 'points';
    return { text: `${sign(d)}${size} ${points}`, spoken: `${d > 0 ? 'up' : 'down'} ${size} percentage ${points}` };
  },
};

const yearsWord = (size: string) => (size === '1' ? 'year' : 'years');

const YEARS: Scale = {
  natural: (v) => formatYears(v),
  fixed: (v, places) => {
    const size = fixedSize(v, places);
    return `${v < 0 && !isZero(size) ? MINUS : ''}${size} ${yearsWord(size)}`;
  },
  size: (d) => d,
  words: (d, size) => ({ text: `${sign(d)}${size} ${yearsWord(size)}`, spoken: `${size} ${yearsWord(size)} ${d > 0 ? 'more' : 'less'}` }),
};

/** Payback years: the figures as given, the difference in whole years. */
function yearRow(row: CompareFigureRow): RowText {
  const text = (v: CompareFigureRow['a']) => (v === null ? 'not yet' : String(v));
  const d = row.diff;
  if (d === null) return { a: text(row.a), b: text(row.b), diff: NO_DIFF };
  if (d === 0) return { a: text(row.a), b: text(row.b), diff: { text: 'same year', spoken: 'the same year' } };
  const n = Math.abs(d);
  const words = `${n} ${n === 1 ? 'year' : 'years'} ${d > 0 ? 'later' : 'earlier'}`;
  return { a: text(row.a), b: text(row.b), diff: { text: words, spoken: words } };
}

const asNumber = (v: CompareFigureRow['a']) => (isNumber(v) ? v : null);

/** A row of the headline comparison as text: A, B and B − A formatted together. */
export function rowText(row: CompareFigureRow): RowText {
  const text = figuresText(row);
  if (!row.words) return text;
  // A figure with no number shows the headline card's words for it, not a dash.
  return { ...text, a: asNumber(row.a) === null ? row.words[0] : text.a, b: asNumber(row.b) === null ? row.words[1] : text.b };
}

function figuresText(row: CompareFigureRow): RowText {
  const a = asNumber(row.a);
  const b = asNumber(row.b);
  if (row.kind === 'money') return moneyRow(a, b, row.diff);
  if (row.kind === 'percent') return scaledRow(a, b, row.diff, PERCENT);
  if (row.kind === 'years') return scaledRow(a, b, row.diff, YEARS);
  return yearRow(row);
}

/** One partner's annual net benefit for A and B, and B − A, in one unit. */
export function partnerText(row: ComparePartnerRow): RowText {
  return moneyRow(row.a, row.b, row.diff);
}
