/** The comparison's tables, as TableSpecs (tableSpec.ts), by the headline's rules (compareFormat.ts). */
import { formatMoney, formatPercent } from '../../lib/format';
import { columnsOf, figureCell, tableRow, textCell, type TableCell, type TableSpec } from '../../ui/tableSpec';
import { partnerText, rowText, type DiffText } from './compareFormat';
import { differenceHeading, type CompareFigureRow, type ComparePartnerRow, type CompareProfileRow, type CompareSide, type DifferenceOrder } from './compareRows';

const diffCell = (d: DiffText): TableCell => ({ value: d.text, text: d.text, words: d.spoken });
const money = (v: number | null) => figureCell(v, formatMoney(v));

/** The headline figures of A and B side by side, with the difference. */
export const compareFiguresSpec = (a: CompareSide, b: CompareSide, rows: readonly CompareFigureRow[], order: DifferenceOrder): TableSpec => ({
  caption: 'Headline figures side by side, with the difference',
  idAttribute: 'data-figure',
  columns: columnsOf('Figure', `A: ${a.label}`, `B: ${b.label}`, differenceHeading(order)),
  rows: rows.map((r) => {
    const t = rowText(r, order);
    return tableRow(r.id, textCell(r.label), [{ value: r.a, text: t.a }, { value: r.b, text: t.b }, diffCell(t.diff)], r.id);
  }),
});

/** The overlaid benefit profiles: each year and the running totals of A and B. */
export const compareProfileSpec = (rows: readonly CompareProfileRow[]): TableSpec => ({
  caption: 'Net benefit each year at 2012-13 value',
  columns: columnsOf('Year', 'A: year', 'B: year', 'A: running total', 'B: running total'),
  rows: rows.map((r) => tableRow(r.year, textCell(r.year, 'year'), [money(r.a), money(r.b), money(r.aRunning), money(r.bRunning)])),
});

/** Each partner's figures for A and B over the horizon and a year, with the differences and shares. */
export function comparePartnersSpec(rows: readonly ComparePartnerRow[], order: DifferenceOrder, npvWords: string): TableSpec {
  const diff = differenceHeading(order);
  return {
    caption: 'Net benefit by partner, A and B: over the horizon and a year once running',
    columns: columnsOf('Partner', `A: ${npvWords}`, `B: ${npvWords}`, diff, 'A: a year', 'B: a year', diff, 'A: share', 'B: share'),
    rows: rows.map((p) => {
      const t = partnerText(p, order);
      return tableRow(p.key, textCell(p.name), [
        { value: p.a, text: t.npv.a },
        { value: p.b, text: t.npv.b },
        diffCell(t.npv.diff),
        { value: p.annualA, text: t.annual.a },
        { value: p.annualB, text: t.annual.b },
        diffCell(t.annual.diff),
        figureCell(p.shareA, formatPercent(p.shareA)),
        figureCell(p.shareB, formatPercent(p.shareB)),
      ]);
    }),
  };
}
