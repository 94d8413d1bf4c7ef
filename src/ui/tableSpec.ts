// One shape for every table: pure builders work each figure out once; DataTable and the exports render it.
export type CellValue = string | number | null;

export interface TableCell {
  /** The figure itself, for a spreadsheet or a test (unrounded money, shares as fractions). */
  value: CellValue;
  text: string;
  /** Words a screen reader hears instead, where the text is a symbol ("▲ £0.2bn"). */
  words?: string;
  className?: string;
  /** Shown on hover and focus. */
  source?: string;
  /** A small heading above the text (the check table's theme). */
  kicker?: string;
  /** A symbol before the text, for the eye alone (✓, ✗). */
  mark?: string;
  /** The text names a key to press, shown as a keycap. */
  kbd?: boolean;
}

export interface TableColumn {
  header: string;
  /** The spreadsheet's format. */
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
  footer?: TableRow[];
  /** A line in the tfoot, so the caption stays the same as figures move. */
  note?: string;
  /** Written as data-table. The data-* attributes let the tests pick a table or row and read exact values. */
  name?: string;
  className?: string;
  idAttribute?: `data-${string}`;
  markValues?: boolean;
  mark?: `data-${string}`;
  captionHidden?: boolean;
}

export const textCell = (text: string, className?: string): TableCell => ({ value: text, text, ...(className ? { className } : {}) });

export const figureCell = (value: number | null, text: string): TableCell => ({ value, text });

/** Columns from their headers alone (on screen, with no export format). */
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
