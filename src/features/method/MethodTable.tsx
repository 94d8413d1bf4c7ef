import { useId, type ReactNode } from 'react';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { MethodCell, MethodRow, MethodTableSpec } from './methodTables';
import { groupRuns } from './methodRows';
import { SourcedValue } from './Sourced';

/** A cell's text, with its source tip, its small heading or a mark for the eye alone. */
function cellText(cell: MethodCell): ReactNode {
  if (cell.source) return <SourcedValue value={cell.text} source={cell.source} />;
  if (!cell.kicker && !cell.mark) return cell.text;
  return (
    <>
      {cell.kicker && <span className="cell-kicker">{cell.kicker}</span>}
      {cell.mark && <span aria-hidden="true">{cell.mark} </span>}
      {cell.text}
    </>
  );
}

// Plain functions, not components: the check table has some 200 rows of 10 cells.
const td = (cell: MethodCell, i: number) => (
  <td key={i} className={cell.className}>
    {cellText(cell)}
  </td>
);

const tr = (row: MethodRow) => (
  <tr key={row.key} className={row.className} data-id={row.id}>
    {row.lead?.map(td)}
    <th scope="row" className={row.header.className}>
      {cellText(row.header)}
    </th>
    {row.cells.map(td)}
  </tr>
);

/**
 * A table of the Method and Check pages or of an explanation, in a box that scrolls sideways.
 * DataTable (ui/) draws only text cells, a header first and one body; these tables also need a
 * source tip on a value, a cell before the header and blocks of rows, so this draws them.
 */
export function MethodTable({ spec, labelledBy }: { spec: MethodTableSpec; labelledBy?: string }) {
  const captionId = useId();
  return (
    <ScrollRegion className="method-table-wrap" labelledBy={labelledBy ?? captionId}>
      <table className={spec.className} {...{ [spec.mark]: '' }}>
        <caption id={captionId} className={spec.captionHidden ? 'visually-hidden' : undefined}>
          {spec.caption}
        </caption>
        <thead>
          <tr>
            {spec.columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        {groupRuns(spec.rows).map((rows) => (
          <tbody key={rows[0]!.key}>
            {rows[0]!.group && (
              <tr>
                <th scope="rowgroup" colSpan={spec.columns.length} className="group-row">
                  {rows[0]!.group}
                </th>
              </tr>
            )}
            {rows.map(tr)}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}
