import type { TableCell, TableRow, TableSpec } from './tableSpec';

/** A cell's text, or the symbol shown and the words a screen reader hears instead. */
function CellText({ cell }: { cell: TableCell }) {
  if (cell.words === undefined) return <>{cell.text}</>;
  return (
    <>
      <span aria-hidden="true">{cell.text}</span>
      <span className="visually-hidden">{cell.words}</span>
    </>
  );
}

function Row({ row, markValues, idAttribute }: { row: TableRow; markValues: boolean; idAttribute: string }) {
  return (
    <tr {...(row.id === undefined ? {} : { [idAttribute]: row.id })}>
      <th scope="row" className={row.header.className}>
        <CellText cell={row.header} />
      </th>
      {row.cells.map((c, i) => (
        <td key={i} className={c.className} data-value={markValues ? (c.value ?? '') : undefined}>
          <CellText cell={c} />
        </td>
      ))}
    </tr>
  );
}

/**
 * Any table of the one shape (tableSpec.ts): its caption, column headers, a header on each row,
 * totals and a note ruled off in the foot. Figures come worked out; this only lays them out.
 * A chart's table is hidden until asked for, so it passes the builder itself (`spec={() => …}`):
 * the table is then built only when shown, not at every step of a moving slider.
 */
export function DataTable({ spec: given, captionId }: { spec: TableSpec | (() => TableSpec); captionId?: string }) {
  const spec = typeof given === 'function' ? given() : given;
  const markValues = spec.markValues ?? false;
  const footer = spec.footer ?? [];
  const idAttribute = spec.idAttribute ?? 'data-id';
  return (
    <table className={spec.className} data-table={spec.name}>
      <caption id={captionId}>{spec.caption}</caption>
      <thead>
        <tr>
          {spec.columns.map((c, i) => (
            <th scope="col" key={i}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((r) => (
          <Row key={r.key} row={r} markValues={markValues} idAttribute={idAttribute} />
        ))}
      </tbody>
      {(footer.length > 0 || spec.note) && (
        <tfoot>
          {footer.map((r) => (
            <Row key={r.key} row={r} markValues={markValues} idAttribute={idAttribute} />
          ))}
          {spec.note && (
            <tr>
              <td colSpan={spec.columns.length} className="table-note">
                {spec.note}
              </td>
            </tr>
          )}
        </tfoot>
      )}
    </table>
  );
}
