/** The deal room's tables, as TableSpecs (tableSpec.ts). */
import { formatMoney, formatPercent } from '../../lib/format';
import { columnsOf, figureCell, tableRow, textCell, type TableRow, type TableSpec } from '../../ui/tableSpec';
import type { FlowLink, LedgerRow } from './dealRows';

const money = (v: number) => figureCell(v, formatMoney(v));
const WHERE = { local: 'Local', central: 'Central', none: '–' } as const;

/** "£3.50" back, net, for each £1 put in; nothing to say for a partner that pays nothing. */
export const roiText = (roi: number | null): string => (roi === null ? 'Pays nothing' : `${roi < 0 ? '−' : ''}£${Math.abs(roi).toFixed(2)} per £1`);

export const paybackText = (r: Pick<LedgerRow, 'paybackYear' | 'pvCost'>, horizon: number): string =>
  r.pvCost === 0 ? 'Nothing to pay back' : (r.paybackYear ?? `Not within ${horizon} years`);

export const ledgerSpec = (rows: readonly LedgerRow[], horizon: number): TableSpec => ({
  caption: `Each partner’s position over ${horizon} years, in today’s money`,
  name: 'deal-ledger',
  idAttribute: 'data-partner',
  columns: [
    { header: 'Partner' },
    { header: 'Local or central' },
    { header: 'Gets (benefit)', kind: 'money' },
    { header: 'Puts in (costs)', kind: 'money' },
    { header: 'Share of costs', kind: 'share' },
    { header: 'Net', kind: 'money' },
    { header: 'Net return per £1 put in' },
    { header: 'Breaks even' },
  ],
  rows: rows.map((r) =>
    tableRow(
      r.key,
      textCell(r.name),
      [
        textCell(WHERE[r.where]),
        money(r.pvBenefit),
        money(r.pvCost),
        figureCell(r.costShare, formatPercent(r.costShare, 0)),
        money(r.npv),
        figureCell(r.roi, roiText(r.roi)),
        textCell(paybackText(r, horizon)),
      ],
      r.key,
    ),
  ),
});

/** Each partner's year-by-year ledger, a block a partner. */
export const yearlyLedgerSpec = (rows: readonly LedgerRow[]): TableSpec => ({
  caption: 'Each partner’s ledger, year by year',
  name: 'deal-years',
  columns: [{ header: 'Year' }, { header: 'Benefit received', kind: 'money' }, { header: 'Cost paid', kind: 'money' }, { header: 'Net', kind: 'money' }, { header: 'Running total (today’s money)', kind: 'money' }],
  rows: rows.flatMap((r) =>
    r.years.map((y): TableRow => ({ ...tableRow(`${r.key}-${y.year}`, textCell(y.year, 'year'), [money(y.benefit), money(y.cost), money(y.net), money(y.cumulative)]), group: r.name })),
  ),
});

/** The position chart's figures: a row a year, a column a partner. */
export const positionSpec = (rows: readonly LedgerRow[]): TableSpec => ({
  caption: 'Each partner’s running total, in today’s money',
  columns: columnsOf('Year', ...rows.map((r) => r.name)),
  rows: (rows[0]?.years ?? []).map((y, i) => tableRow(y.year, textCell(y.year, 'year'), rows.map((r) => money(r.years[i]?.cumulative ?? 0)))),
});

export const flowSpec = (links: readonly FlowLink[]): TableSpec => ({
  caption: 'Money in and out of the programme, in today’s money',
  columns: [{ header: 'From' }, { header: 'To' }, { header: 'Present value', kind: 'money' }],
  rows: links.map((l) => tableRow(`${l.from}>${l.to}`, textCell(l.from), [textCell(l.to), money(l.value)])),
});

/** The heads of terms' first table: what each partner that pays puts in, year by year. */
export const contributionsSpec = (rows: readonly LedgerRow[]): TableSpec => ({
  caption: 'What each partner puts in, year by year',
  className: 'hot-table',
  columns: [{ header: 'Partner' }, ...(rows[0]?.years ?? []).map((y) => ({ header: y.year, kind: 'money' as const })), { header: 'Total, today’s money', kind: 'money' }],
  rows: rows.filter((r) => r.pvCost > 0).map((r) => tableRow(r.key, textCell(r.name), [...r.years.map((y) => money(y.cost)), money(r.pvCost)])),
});

/** A partner card's years. */
export const cardYearsSpec = (r: LedgerRow): TableSpec => ({
  caption: `${r.name}, year by year`,
  className: 'card-years',
  columns: columnsOf('Year', 'Pays', 'Gets', 'Running total'),
  rows: r.years.map((y) => tableRow(y.year, textCell(y.year), [money(y.cost), money(y.benefit), money(y.cumulative)])),
});
