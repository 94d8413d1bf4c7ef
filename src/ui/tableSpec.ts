// One shape for every table: pure builders work each figure out once; DataTable renders it and the
// exports write its values.
export type CellValue = string | number | null;

export interface TableCell {
  /** The figure itself, for a spreadsheet or a test (unrounded money, shares as fractions). */
  value: CellValue;
  text: string;
  /** Words a screen reader hears instead, where the text is a symbol ("▲ £0.2bn"). */
  words?: string;
  className?: string;
  /** Where the value comes from, shown on hover and focus. */
  source?: string;
  /** A small heading above the text (the check table's theme). */
  kicker?: string;
  /** A symbol before the text, for the eye alone (✓, ✗). */
  mark?: string;
}

export interface TableColumn {
  header: string;
  /** How a spreadsheet formats the column. */
  kind?: 'text' | 'money' | 'share';
}

export interface TableRow {
  key: string;
  header: TableCell;
  cells: TableCell[];
  /** Written as data-id (or the table's idAttribute), for tests and links that pick one row. */
  id?: string;
  /** Cells before the row's header (the check table's section). */
  lead?: TableCell[];
  className?: string;
  /** A new block, under its own heading row, starts when this changes. */
  group?: string;
}

export interface TableSpec {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Totals, ruled off in a tfoot. */
  footer?: TableRow[];
  /** A line in the tfoot, so the caption stays the same as figures move. */
  note?: string;
  /** Written as data-table, for tests that pick one table. */
  name?: string;
  className?: string;
  idAttribute?: `data-${string}`;
  /** Put each cell's value in a data-value attribute (for the browser tests' exact checks). */
  markValues?: boolean;
  /** An attribute that marks the table for tests (data-check-table). */
  mark?: `data-${string}`;
  captionHidden?: boolean;
}

export const textCell = (text: string, className?: string): TableCell => ({ value: text, text, ...(className ? { className } : {}) });

export const figureCell = (value: number | null, text: string): TableCell => ({ value, text });

/** Columns from their headers alone (on screen, where a column needs no export format). */
export const columnsOf = (...headers: string[]): TableColumn[] => headers.map((header) => ({ header }));

export const tableRow = (key: string, header: TableCell, cells: TableCell[], id?: string): TableRow => ({ key, header, cells, ...(id ? { id } : {}) });

export const tableHead = (spec: TableSpec): string[] => spec.columns.map((c) => c.header);

/** Each row's values, header first, as an export writes them (tableTexts: as the screen shows them). */
export const tableValues = (spec: TableSpec): CellValue[][] => spec.rows.map((r) => [r.header.value, ...r.cells.map((c) => c.value)]);

export const tableTexts = (spec: TableSpec): string[][] => spec.rows.map((r) => [r.header.text, ...r.cells.map((c) => c.text)]);

/** Consecutive rows of the same group: the blocks of a table's body. */
export function rowBlocks(rows: readonly TableRow[]): TableRow[][] {
  const blocks: TableRow[][] = [];
  for (const r of rows) {
    const last = blocks.at(-1);
    if (last && last[0]!.group === r.group) last.push(r);
    else blocks.push([r]);
  }
  return blocks;
}
