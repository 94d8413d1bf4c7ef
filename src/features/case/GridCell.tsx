import type { BuilderProps } from './builderTypes';
import type { GridColumn } from './caseGrid';
import { CellInput } from './CellInput';
import { pasteBlock, setCell } from './draftEdit';
import { getIn } from './draftRead';

/** One box of a builder grid: its value, its problem, typing into it and a block pasted from a spreadsheet. */
export function GridCell({
  draft,
  edit,
  problemAt,
  say,
  columns,
  row,
  col,
  label,
  pasted,
}: BuilderProps & {
  columns: readonly GridColumn[];
  row: number;
  col: number;
  /** The box's accessible name: "Early help, costs 2026-27". */
  label: string;
  /** What the status line says of a block pasted here, given its size. */
  pasted: (rows: number, cells: number) => string;
}) {
  const c = columns[col]!;
  const path = c.path(row);
  return (
    <CellInput
      path={path}
      label={label}
      kind={c.kind}
      value={getIn(draft, path)}
      problem={problemAt(path, c.kind)}
      onText={(text) => edit((d) => setCell(d, path, c.kind, text, c.optional))}
      row={row}
      col={col}
      onPasteBlock={(block) => {
        edit((d) => pasteBlock(d, columns, row, col, block));
        say(pasted(block.length, Math.max(...block.map((r) => r.length))));
      }}
    />
  );
}

/** A row's Remove button, named for what it removes. */
export function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <button type="button" className="secondary-button case-small-button" aria-label={`Remove ${name}`} onClick={onRemove}>
      Remove
    </button>
  );
}
