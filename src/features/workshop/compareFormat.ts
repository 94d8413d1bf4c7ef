/**
 * The comparison tables as text, by the headline's own rules: each figure formatted as the
 * headline formats it (formatMoney, formatPercent, formatYears), and each difference the gap
 * between the two figures as shown, current minus the other (format.ts), with the headline's
 * arrow for money.
 */
import { formatMoney, formatPercent, formatYears, moneyDifference, NONE, percentDifference, yearsDifference, type Difference } from '../../lib/format';
import type { CompareFigureRow, ComparePartnerRow, DifferenceOrder } from './compareRows';

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

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const asNumber = (v: CompareFigureRow['a']) => (isNumber(v) ? v : null);
const asDiff = (d: Difference): DiffText => ({ text: d.text, spoken: d.words === 'not available' ? 'no difference can be given' : d.words });

/** The current side first: [current, other] of (a, b). */
const ordered = <T>(a: T, b: T, order: DifferenceOrder): [T, T] => (order === 'a-b' ? [a, b] : [b, a]);

/** Payback years: the figures as given, the difference in whole years. */
function yearRow(row: CompareFigureRow, order: DifferenceOrder): RowText {
  const text = (v: CompareFigureRow['a']) => (v === null ? 'not yet' : String(v));
  const [cur, other] = ordered(row.a, row.b, order).map((v) => (typeof v === 'string' ? Number(v.slice(0, 4)) : null));
  const out = { a: text(row.a), b: text(row.b) };
  if (cur === null || cur === undefined || other === null || other === undefined) return { ...out, diff: { text: NONE, spoken: 'no difference can be given' } };
  const d = cur - other;
  if (d === 0) return { ...out, diff: { text: 'same year', spoken: 'the same year' } };
  const n = Math.abs(d);
  const words = `${n} ${n === 1 ? 'year' : 'years'} ${d > 0 ? 'later' : 'earlier'}`;
  return { ...out, diff: { text: words, spoken: words } };
}

const FORMATS = {
  money: { figure: (v: number) => formatMoney(v), diff: moneyDifference },
  percent: { figure: (v: number) => formatPercent(v), diff: percentDifference },
  years: { figure: (v: number) => formatYears(v), diff: yearsDifference },
} as const;

/** A row of the headline comparison as text: A and B as the headline shows them, and current − other. */
export function rowText(row: CompareFigureRow, order: DifferenceOrder = 'a-b'): RowText {
  if (row.kind === 'year') return yearRow(row, order);
  const f = FORMATS[row.kind];
  const a = asNumber(row.a);
  const b = asNumber(row.b);
  // A figure with no number shows the headline card's words for it, not a dash.
  const text = (v: number | null, i: 0 | 1) => (v === null ? (row.words?.[i] ?? NONE) : f.figure(v));
  return { a: text(a, 0), b: text(b, 1), diff: asDiff(f.diff(...ordered(a, b, order))) };
}

/** One partner's figures for A and B, and current − other: over the horizon and a year once running. */
export function partnerText(row: ComparePartnerRow, order: DifferenceOrder = 'a-b'): { npv: RowText; annual: RowText } {
  const money = (a: number, b: number): RowText => ({ a: formatMoney(a), b: formatMoney(b), diff: asDiff(moneyDifference(...ordered(a, b, order))) });
  return { npv: money(row.a, row.b), annual: money(row.annualA, row.annualB) };
}
