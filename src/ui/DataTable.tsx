import { useId } from 'react';
import { ScrollRegion } from './ScrollRegion';
import { rowBlocks, type TableCell, type TableRow, type TableSpec } from './tableSpec';
import { SourcedValue } from './SourcedValue';

function CellText({ cell }: { cell: TableCell }) {
  if (cell.source) return <SourcedValue value={cell.text} source={cell.source} />;
  if (cell.words !== undefined) {
    return (
      <>
        <span aria-hidden="true">{cell.text}</span>
        <span className="visually-hidden">{cell.words}</span>
      </>
    );
  }
  return (
    <>
      {cell.kicker && <span className="cell-kicker">{cell.kicker}</span>}
      {cell.mark && <span aria-hidden="true">{cell.mark} </span>}
      {cell.kbd ? <kbd>{cell.text}</kbd> : cell.text}
    </>
  );
}

function Row({ row, markValues, idAttribute }: { row: TableRow; markValues: boolean; idAttribute: string }) {
  const td = (c: TableCell, i: number) => (
    <td key={i} className={c.className} data-value={markValues ? (c.value ?? '') : undefined}>
      <CellText cell={c} />
    </td>
  );
  return (
    <tr className={row.className} {...(row.id === undefined ? {} : { [idAttribute]: row.id })}>
      {row.lead?.map(td)}
      <th scope="row" className={row.header.className}>
        <CellText cell={row.header} />
      </th>
      {row.cells.map(td)}
    </tr>
  );
}

// A chart's hidden table passes its builder (`spec={() => …}`): built only when shown, not at each slider step.
export function DataTable({ spec: given, captionId }: { spec: TableSpec | (() => TableSpec); captionId?: string }) {
  const spec = typeof given === 'function' ? given() : given;
  const markValues = spec.markValues ?? false;
  const footer = spec.footer ?? [];
  const idAttribute = spec.idAttribute ?? 'data-id';
  const row = (r: TableRow) => <Row key={r.key} row={r} markValues={markValues} idAttribute={idAttribute} />;
  return (
    <table className={spec.className} data-table={spec.name} {...(spec.mark ? { [spec.mark]: '' } : {})}>
      <caption id={captionId} className={spec.captionHidden ? 'visually-hidden' : undefined}>
        {spec.caption}
      </caption>
      <thead>
        <tr>
          {spec.columns.map((c, i) => (
            <th scope="col" key={i}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      {spec.rows.length === 0 && <tbody />}
      {rowBlocks(spec.rows).map((rows) => (
        <tbody key={rows[0]!.key}>
          {rows[0]!.group && (
            <tr>
              <th scope="rowgroup" colSpan={spec.columns.length} className="group-row">
                {rows[0]!.group}
              </th>
            </tr>
          )}
          {rows.map(row)}
        </tbody>
      ))}
      {(footer.length > 0 || spec.note) && (
        <tfoot>
          {footer.map(row)}
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

/** A table in a box that scrolls sideways, named by its caption unless `labelledBy` names a heading. */
export function ScrollingTable({ spec, className, labelledBy }: { spec: TableSpec; className: string; labelledBy?: string }) {
  const captionId = useId();
  return (
    <ScrollRegion className={className} labelledBy={labelledBy ?? captionId}>
      <DataTable spec={spec} captionId={captionId} />
    </ScrollRegion>
  );
}
