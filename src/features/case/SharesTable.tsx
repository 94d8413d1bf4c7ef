import { useId } from 'react';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { BuilderProps } from './builderTypes';
import { cellDomId, shareColumns, shareTotalPath } from './caseGrid';
import { GridCell } from './GridCell';
import { cellText } from './draftEdit';
import { getIn, isRecord, listAt, partnerIds, partnerLabel, themeLabel } from './draftRead';

/** A theme's shares added up, in %, counting only those typed as numbers. */
function totalText(shares: unknown): string {
  if (!isRecord(shares)) return '';
  const total = Object.values(shares).reduce<number>((sum, s) => {
    const v = isRecord(s) ? s.value : s;
    return typeof v === 'number' && Number.isFinite(v) ? sum + v : sum;
  }, 0);
  return `${cellText(total, 'percent')}%`;
}

/** Who gets each theme's savings: a row a theme, a column a partner, in %; a blank box is no share. */
export function SharesTable({ draft, edit, problemAt, say }: BuilderProps) {
  const captionId = useId();
  const ids = partnerIds(draft);
  const names = ids.map((_, i) => partnerLabel(draft, i));
  const columns = shareColumns(ids, names);
  const rows = listAt(draft, ['themes']).length;
  return (
    <ScrollRegion className="case-grid-scroll" labelledBy={captionId}>
      <table className="case-grid case-shares" data-grid="shares">
        <caption id={captionId}>Each partner’s share of each theme’s savings (%)</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.head}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => {
            const name = themeLabel(draft, row);
            const totalProblem = problemAt(shareTotalPath(row), 'percent');
            const totalId = cellDomId(shareTotalPath(row));
            return (
              <tr key={row}>
                {columns.map((c, col) =>
                  c.readOnly ? (
                    <th key={c.key} scope="row" className="case-row-head">
                      {name}
                    </th>
                  ) : (
                    <td key={c.key}>
                      <GridCell
                        {...{ draft, edit, problemAt, say, columns, row, col }}
                        label={`${name}, ${c.label}`}
                        pasted={(rows) => `Pasted ${rows} row${rows === 1 ? '' : 's'} of shares from “${name}”.`}
                      />
                    </td>
                  ),
                )}
                <td id={totalId} tabIndex={totalProblem ? -1 : undefined} className={`case-total${totalProblem ? ' is-wrong' : ''}`}>
                  {totalText(getIn(draft, ['themes', row, 'shares']))}
                  {totalProblem && <span className="field-error case-cell-problem">{totalProblem}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
