// The comparison's tables by the headline's rules: figures as it formats them, differences between
// the figures as shown, current minus the other (format.ts).
import { formatMoney, formatPercent, formatYears, moneyDifference, NONE, percentDifference, yearsDifference, type Difference } from '../../lib/format';
import { columnsOf, figureCell, tableRow, textCell, type TableCell, type TableSpec } from '../../ui/tableSpec';
import { EXTRA_SIDES, type CompareFigureRow, type ComparePartnerRow, type CompareProfileRow, type CompareSide, type DifferenceOrder } from './compareRows';

interface DiffText {
  text: string;
  spoken: string;
}

interface RowText {
  a: string;
  b: string;
  diff: DiffText;
}

const NO_DIFF: DiffText = { text: NONE, spoken: 'no difference can be given' };
const asDiff = (d: Difference): DiffText => (d.words === 'not available' ? NO_DIFF : { text: d.text, spoken: d.words });
const diffCell = (d: DiffText): TableCell => ({ value: d.text, text: d.text, words: d.spoken });
const money = (v: number | null) => figureCell(v, formatMoney(v));

/** [current, other] of (a, b). */
const ordered = <T>(a: T, b: T, order: DifferenceOrder): [T, T] => (order === 'a-b' ? [a, b] : [b, a]);

const differenceHeading = (order: DifferenceOrder): string => (order === 'a-b' ? 'Difference (A − B)' : 'Difference (B − A)');

/** Payback years: the figures as given, the difference in whole years. */
function yearDiff(row: CompareFigureRow, order: DifferenceOrder): DiffText {
  const [cur, other] = ordered(row.a, row.b, order);
  if (typeof cur !== 'string' || typeof other !== 'string') return NO_DIFF;
  const d = Number(cur.slice(0, 4)) - Number(other.slice(0, 4));
  if (d === 0) return { text: 'same year', spoken: 'the same year' };
  const words = `${Math.abs(d)} ${Math.abs(d) === 1 ? 'year' : 'years'} ${d > 0 ? 'later' : 'earlier'}`;
  return { text: words, spoken: words };
}

const FORMATS = {
  money: { figure: (v: number) => formatMoney(v), diff: moneyDifference },
  percent: { figure: (v: number) => formatPercent(v), diff: percentDifference },
  years: { figure: (v: number) => formatYears(v), diff: yearsDifference },
} as const;

/** A row of the headline comparison as text: A and B as the headline shows them, and current − other. */
export function rowText(row: CompareFigureRow, order: DifferenceOrder = 'a-b'): RowText {
  if (row.kind === 'year') {
    const text = (v: CompareFigureRow['a']) => (v === null ? 'not yet' : String(v));
    return { a: text(row.a), b: text(row.b), diff: yearDiff(row, order) };
  }
  const f = FORMATS[row.kind];
  const [a, b] = [row.a, row.b].map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
  // A figure with no number shows the headline card's words for it, not a dash.
  const text = (v: number | null | undefined, i: 0 | 1) => (v === null || v === undefined ? (row.words?.[i] ?? NONE) : f.figure(v));
  return { a: text(a, 0), b: text(b, 1), diff: asDiff(f.diff(...ordered(a, b, order))) };
}

/** One partner's figures for A and B, and current − other: over the horizon and a year once running. */
export function partnerText(row: ComparePartnerRow, order: DifferenceOrder = 'a-b'): { npv: RowText; annual: RowText } {
  const both = (a: number, b: number) => ({ a: formatMoney(a), b: formatMoney(b), diff: asDiff(moneyDifference(...ordered(a, b, order))) });
  return { npv: both(row.a, row.b), annual: both(row.annualA, row.annualB) };
}

/** A scenario beside A and B: its letter, its side and its own figures (as A in buildCompareFigures). */
export interface ExtraColumn {
  letter: 'C' | 'D';
  side: CompareSide;
  rows: readonly CompareFigureRow[];
}

export const compareFiguresSpec = (a: CompareSide, b: CompareSide, rows: readonly CompareFigureRow[], order: DifferenceOrder, extra: readonly ExtraColumn[] = []): TableSpec => ({
  caption: extra.length ? 'Headline figures side by side, with the difference between A and B' : 'Headline figures side by side, with the difference',
  idAttribute: 'data-figure',
  columns: columnsOf('Figure', `A: ${a.label}`, `B: ${b.label}`, differenceHeading(order), ...extra.map((x) => `${x.letter}: ${x.side.label}`)),
  rows: rows.map((r, i) => {
    const t = rowText(r, order);
    const more = extra.map((x): TableCell => {
      const own = x.rows[i]!;
      return { value: own.a, text: rowText(own).a };
    });
    return tableRow(r.id, textCell(r.label), [{ value: r.a, text: t.a }, { value: r.b, text: t.b }, diffCell(t.diff), ...more], r.id);
  }),
});

/** The sides beyond A and B that the rows carry (C, D), in order. */
const extraSides = (rows: readonly (CompareProfileRow | ComparePartnerRow)[]) => EXTRA_SIDES.filter((k) => rows.some((r) => r[k] !== undefined));

export function compareProfileSpec(rows: readonly CompareProfileRow[]): TableSpec {
  const more = extraSides(rows);
  const letters = more.map((k) => k.toUpperCase());
  return {
    caption: 'Net benefit each year at 2012-13 value',
    columns: columnsOf('Year', 'A: year', 'B: year', ...letters.map((l) => `${l}: year`), 'A: running total', 'B: running total', ...letters.map((l) => `${l}: running total`)),
    rows: rows.map((r) =>
      tableRow(r.year, textCell(r.year, 'year'), [
        money(r.a),
        money(r.b),
        ...more.map((k) => money(r[k] ?? null)),
        money(r.aRunning),
        money(r.bRunning),
        ...more.map((k) => money(r[`${k}Running`] ?? null)),
      ]),
    ),
  };
}

export function comparePartnersSpec(rows: readonly ComparePartnerRow[], order: DifferenceOrder, npvWords: string): TableSpec {
  const diff = differenceHeading(order);
  return {
    caption: 'Net benefit by partner, A and B: over the horizon and a year once running',
    columns: columnsOf('Partner', `A: ${npvWords}`, `B: ${npvWords}`, diff, 'A: a year', 'B: a year', diff, 'A: share', 'B: share', ...extraSides(rows).map((k) => `${k.toUpperCase()}: ${npvWords}`)),
    rows: rows.map((p) => {
      const t = partnerText(p, order);
      const more = extraSides(rows).map((k) => money(p[k] ?? 0));
      return tableRow(p.key, textCell(p.name), [
        { value: p.a, text: t.npv.a },
        { value: p.b, text: t.npv.b },
        diffCell(t.npv.diff),
        { value: p.annualA, text: t.annual.a },
        { value: p.annualB, text: t.annual.b },
        diffCell(t.annual.diff),
        figureCell(p.shareA, formatPercent(p.shareA)),
        figureCell(p.shareB, formatPercent(p.shareB)),
        ...more,
      ]);
    }),
  };
}
