import { useId, useMemo, useState } from 'react';
import { fidelityTable, summariseFidelity } from '../../model';
import { useAppData } from '../../state';
import { buildCheckRows, classLines, filterCheckRows, missLine, summaryLine, themeOptions, type MatchFilter } from './checkRows';
import { checkTableSpec } from './methodTables';
import { ScrollingTable } from '../../ui/DataTable';
import { PageFrame, PageLink } from './PageFrame';

const MATCH_CHOICES: { value: MatchFilter; label: string }[] = [
  { value: 'all', label: 'All figures' },
  { value: 'match', label: 'Matching' },
  { value: 'miss', label: 'Not matching' },
];

/** "Check against the report" (#check): every published figure beside the model's, from the same code as `npm run fidelity`. */
export function CheckPage() {
  const { data, golden } = useAppData();
  const { rows, summary } = useMemo(() => {
    const table = fidelityTable(golden, data);
    return { rows: buildCheckRows(table, golden, data), summary: summariseFidelity(table) };
  }, [golden, data]);
  const [match, setMatch] = useState<MatchFilter>('all');
  const [theme, setTheme] = useState('all');
  const themeSelectId = useId();
  const shown = filterCheckRows(rows, match, theme);
  const counts: Record<MatchFilter, number> = { all: rows.length, match: summary.matched, miss: rows.length - summary.matched };

  return (
    <PageFrame title="Check against the report" className="check">
      <p className="lead">
        Every figure the report published, beside the explorer’s own figure at the report’s settings. A figure matches when the two agree to the precision the report printed:
        within half a unit of its last digit, so £5.8bn means anything from £5.75bn to £5.85bn. This is the same check the developers run with <code>npm run fidelity</code>.
        How each figure is worked out is on <PageLink route="method">Method and sources</PageLink>.
      </p>
      {!data.published ? (
        <p className="notice notice-warning">
          The case shown is your own, {data.name}, which the report does not cover: this check is of the national case. Go back to the national case (above) to see it.
        </p>
      ) : golden.length === 0 ? (
        <p className="notice notice-warning">The report’s published figures could not be read, so there is nothing to compare against.</p>
      ) : (
        <>
          <p className="check-summary" data-summary>
            <strong>{summaryLine(summary)}</strong> {missLine(summary)}
          </p>
          <p>The figures are of three kinds, and only the last is a real test: the model was not fitted to them.</p>
          <ul className="check-classes" data-classes>
            {classLines(summary).map((c) => (
              <li key={c.fitClass} data-class={c.fitClass}>
                <strong>
                  {c.name}: {c.count}.
                </strong>{' '}
                {c.reason}
              </li>
            ))}
          </ul>
          <div className="check-filters" role="group" aria-label="Filter the figures">
            <fieldset className="filter-set">
              <legend>Show</legend>
              {MATCH_CHOICES.map((c) => (
                <label key={c.value} className={match === c.value ? 'is-selected' : undefined}>
                  <input type="radio" name="check-match" value={c.value} checked={match === c.value} onChange={() => setMatch(c.value)} />
                  {c.label} ({counts[c.value]})
                </label>
              ))}
            </fieldset>
            <div className="select-row">
              <label htmlFor={themeSelectId}>Theme</label>
              <select id={themeSelectId} value={theme} onChange={(e) => setTheme(e.target.value)}>
                {themeOptions(rows).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p role="status" className="check-count" data-count>
            Showing {shown.length} of {rows.length} figures.
          </p>
          <ScrollingTable className="method-table-wrap" spec={checkTableSpec(shown)} />
          {shown.length === 0 && <p>No figures fit these filters.</p>}
        </>
      )}
    </PageFrame>
  );
}
