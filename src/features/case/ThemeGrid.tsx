import { useId } from 'react';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { BuilderProps } from './builderTypes';
import { themeColumns, type Scenario } from './caseGrid';
import { GridCell, RemoveButton } from './GridCell';
import { removeTheme } from './draftEdit';
import { listAt, themeLabel } from './draftRead';

/**
 * One scenario's figures for every theme: a row a theme, a box a figure, the years as columns. The
 * base table also holds each theme's id, name and addressable spend, and its Remove buttons.
 */
export function ThemeGrid({ draft, edit, problemAt, say, scenario, years, money, onRemoved }: BuilderProps & { scenario: Scenario; years: readonly string[]; money: string; onRemoved: () => void }) {
  const captionId = useId();
  const columns = themeColumns(scenario, years, money);
  const fixed = columns.filter((c) => !c.key.startsWith('profile-') && !c.key.startsWith('costs-'));
  const rows = listAt(draft, ['themes']).length;
  const base = scenario === 'base';
  const remove = (row: number) => {
    const name = themeLabel(draft, row);
    edit((d) => removeTheme(d, row));
    say(`Removed the theme “${name}”.`);
    onRemoved();
  };
  return (
    <ScrollRegion className="case-grid-scroll" labelledBy={captionId}>
      <table className="case-grid" data-grid={scenario}>
        <caption id={captionId}>{base ? 'Base scenario' : 'Prudent scenario'}</caption>
        <thead>
          <tr>
            {fixed.map((c) => (
              <th key={c.key} scope="col" rowSpan={2}>
                {c.head}
              </th>
            ))}
            {years.length > 0 && (
              <>
                <th scope="colgroup" colSpan={years.length} className="case-group-head">
                  Realisation (% of the full yearly benefit)
                </th>
                <th scope="colgroup" colSpan={years.length} className="case-group-head">
                  Costs ({money})
                </th>
              </>
            )}
            {base && (
              <th scope="col" rowSpan={2}>
                <span className="visually-hidden">Remove</span>
              </th>
            )}
          </tr>
          <tr>
            {[...years, ...years].map((y, i) => (
              <th key={i} scope="col" className="case-year-head">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => {
            const name = themeLabel(draft, row);
            return (
              <tr key={row}>
                {columns.map((c, col) =>
                  c.readOnly ? (
                    <th key={c.key} scope="row" className="case-row-head">
                      {name}
                    </th>
                  ) : (
                    <td key={c.key} className={`case-col-${c.key.replace(/-\d+$/, '')}`}>
                      <GridCell
                        {...{ draft, edit, problemAt, say, columns, row, col }}
                        label={`${name}, ${base ? '' : 'prudent, '}${c.label}`}
                        pasted={(rows, cells) => `Pasted ${rows} row${rows === 1 ? '' : 's'} of ${cells} cells from “${name}”, ${c.label}.`}
                      />
                    </td>
                  ),
                )}
                {base && (
                  <td>
                    <RemoveButton name={name} onRemove={() => remove(row)} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
