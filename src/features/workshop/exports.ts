// The CSV and Excel tables, in the screen tables' shape (tableSpec.ts) but, so that spreadsheets can
// compute with them, with money in £bn to 6 places, shares as fractions and every year's figure.
import type { ModelData, Results, Settings } from '../../model';
import { buildPartnerRows } from '../charts/partnerRows';
import { buildLedgerRows } from '../deal/dealRows';
import { payWords } from '../../lib/describe';
import { tableHead, tableValues, type CellValue, type TableCell, type TableColumn, type TableSpec } from '../../ui/tableSpec';
import { caveatFor, describeAssumptions, sourceLine } from '../../lib/describe';

const round6 = (n: number) => Math.round(n * 1e6) / 1e6 + 0;
const cell = (value: CellValue): TableCell => ({ value, text: value === null ? '' : String(value) });
const money = (n: number | null | undefined): TableCell => cell(n === null || n === undefined ? null : round6(n));
const column = (kind: TableColumn['kind']) => (header: string): TableColumn => ({ header, kind });

export function yearlyTable(results: Results, data: ModelData): TableSpec {
  const themes = data.themes.filter((t) => results.themes[t.id] !== undefined);
  const rows = [...themes.map((t) => [t.name, results.themes[t.id]!] as const), ['All themes', results.total] as const].flatMap(([name, r]) =>
    r.yearly.map((y) => ({
      key: `${y.year} ${name}`,
      header: cell(y.year),
      cells: [cell(name), ...[y.benefit, y.cost, y.net, y.netDiscounted, y.cumulativeDiscounted].map((d) => money(d.toNumber()))],
    })),
  );
  return {
    caption: 'Net benefit each year by theme',
    columns: [
      ...['Year', 'Theme'].map(column('text')),
      ...['Benefit (£bn)', 'Cost (£bn)', 'Net benefit (£bn)', 'Net benefit at 2012-13 value (£bn)', 'Running total at 2012-13 value (£bn)'].map(column('money')),
    ],
    rows,
  };
}

export function partnerTable(results: Results, data: ModelData, settings: Settings): TableSpec {
  const years = results.total.yearly.map((y) => y.year);
  return {
    caption: 'Who gets the savings: net benefit by partner',
    columns: [
      column('text')('Partner'),
      column('money')('Annual net benefit once running (£bn)'),
      column('share')('Share of total'),
      ...['Range across pilots, low (£bn)', 'Range across pilots, high (£bn)', 'Department budget (£bn)'].map(column('money')),
      column('text')('Budget measure'),
      column('share')('Share of budget'),
      ...[`Net benefit over ${settings.horizon} years at 2012-13 value (£bn)`, ...years.map((y) => `${y} net benefit (£bn)`)].map(column('money')),
    ],
    rows: buildPartnerRows(results, data, settings).map((r) => {
      const alloc = results.total.partners[r.key];
      return {
        key: r.key,
        header: cell(r.name),
        cells: [
          ...[r.annual, r.share, r.range?.[0], r.range?.[1]].map((n) => money(n)),
          cell(r.budget?.value ?? null),
          cell(r.budget?.kind ?? null),
          money(r.pctOfBudget),
          money(alloc ? alloc.npv.toNumber() : 0),
          ...years.map((_, i) => money(alloc ? (alloc.yearly[i]?.toNumber() ?? 0) : 0)),
        ],
      };
    }),
  };
}

/** Each partner's ledger under the payment rule: a row a partner a year, so a spreadsheet can filter and add. */
export function ledgerTable(results: Results, data: ModelData, settings: Settings): TableSpec {
  return {
    caption: `Each partner’s ledger: ${payWords(settings, data)}`,
    columns: [
      column('text')('Partner'),
      column('text')('Year'),
      ...['Benefit received (£bn)', 'Cost paid (£bn)', 'Net (£bn)', 'Running total at 2012-13 value (£bn)'].map(column('money')),
    ],
    rows: buildLedgerRows(results, data).flatMap((r) =>
      r.years.map((y) => ({ key: `${r.key}-${y.year}`, header: cell(r.name), cells: [cell(y.year), money(y.benefit), money(y.cost), money(y.net), money(y.cumulative)] })),
    ),
  };
}

/** The lines above every exported table: what it is, the settings, the source and the caveat. */
export function headerLines(title: string, settings: Settings, data: ModelData, link: string, exportedAt: Date): [string, string][] {
  return [
    ['Community Budgets Explorer', title],
    ['Exported', exportedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC'],
    ['Link to these settings', link],
    ...describeAssumptions(settings, data).map((a): [string, string] => [a.label, a.value]),
    ['Source', sourceLine(settings, data)],
    ['Caveat', caveatFor(data)],
    ['Units', 'Money in £bn; shares as fractions (0.25 = 25%); years are financial years'],
  ];
}

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
const defuse = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function csvCell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = defuse(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (cells: readonly CellValue[]) => cells.map(csvCell).join(',');

/** A CSV Excel opens cleanly: a byte-order mark (so £ and – survive), CRLF line ends, RFC 4180 quoting. */
export function toCsv(table: TableSpec, header: readonly [string, string][]): string {
  const lines = [...header.map((h) => csvRow(h)), '', csvRow(tableHead(table)), ...tableValues(table).map(csvRow)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// The Excel workbook is shaped here and written by write-excel-file (ExportPanel).
interface SheetCell {
  value: CellValue;
  bold?: boolean;
  format?: string;
}

export interface SheetSpec {
  name: string;
  rows: SheetCell[][];
  widths: number[];
}

const NUMBER_FORMATS = { money: '#,##0.000', share: '0.0%' } as const;
const sheetCell = (v: CellValue, kind: TableColumn['kind']): SheetCell => ({ value: v, format: typeof v === 'number' && kind && kind !== 'text' ? NUMBER_FORMATS[kind] : undefined });
const moneyCell = (v: CellValue) => sheetCell(v, 'money');
const text = (v: CellValue, bold = false): SheetCell => ({ value: v, bold });

function tableSheet(name: string, table: TableSpec, header: readonly [string, string][]): SheetSpec {
  const head = tableHead(table);
  const rows: SheetCell[][] = [
    ...header.map(([k, v]) => [text(k, true), text(v)]),
    [],
    head.map((h) => text(h, true)),
    ...tableValues(table).map((r) => r.map((v, i) => (table.columns[i]?.kind === 'text' ? text(v) : sheetCell(v, table.columns[i]?.kind)))),
  ];
  return { name, rows, widths: head.map((h, i) => (i === 0 ? 34 : Math.min(40, Math.max(12, h.length + 2)))) };
}

/** A sheet per table and a sheet of assumptions with their sources. */
export function workbookSheets(results: Results, data: ModelData, settings: Settings, link: string, exportedAt: Date): SheetSpec[] {
  const yearly = yearlyTable(results, data);
  const partners = partnerTable(results, data, settings);
  const ledger = ledgerTable(results, data, settings);
  const header = (title: string) => headerLines(title, settings, data, link, exportedAt).slice(0, 3);

  const assumptions: SheetCell[][] = [
    [text('Assumption', true), text('Value', true), text('Source', true)],
    ...describeAssumptions(settings, data).map((a) => [text(a.label), text(a.value), text(a.source)]),
    [],
    [text('Data behind the model', true), text('Value', true), text('Source', true)],
  ];
  for (const t of data.themes.filter((t) => settings.themes.includes(t.id))) {
    assumptions.push([text(`${t.name}: addressable spend a year (£bn)`), moneyCell(t.addressableSpend.value), text(t.addressableSpend.source)]);
    for (const sc of ['prudent', 'base'] as const) {
      const s = t.scenarios[sc];
      assumptions.push([text(`${t.name}, ${sc}: gross benefit at full realisation (£bn a year)`), moneyCell(s.grossBenefit.value), text(s.grossBenefit.source)]);
      assumptions.push([text(`${t.name}, ${sc}: ongoing cost (£bn a year)`), moneyCell(s.ongoingCost.value), text(s.ongoingCost.source)]);
      assumptions.push([text(`${t.name}, ${sc}: benefit realisation, years 1–${s.profile.values.length}`), text(s.profile.values.map((v) => `${Math.round(v * 100)}%`).join(', ')), text(s.profile.source)]);
    }
  }
  for (const p of data.partners) if (p.budget) assumptions.push([text(`${p.name}: budget (${p.budget.kind}, £bn)`), moneyCell(p.budget.value), text(p.budget.source)]);
  assumptions.push([], [text('Source', true), text(sourceLine(settings, data))], [text('Caveat', true), text(caveatFor(data))], [text('Link to these settings', true), text(link)]);

  return [
    tableSheet('Yearly by theme', yearly, header(yearly.caption)),
    tableSheet('Partners', partners, header(partners.caption)),
    tableSheet('Partner ledger', ledger, header(ledger.caption)),
    { name: 'Assumptions and sources', rows: assumptions, widths: [60, 40, 70] },
  ];
}
