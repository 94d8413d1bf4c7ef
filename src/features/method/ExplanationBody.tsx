import type { Explanation } from './explain';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { SourcedValue } from './Sourced';
import { Waterfall } from './Waterfall';
import { SOURCE_KIND_LABEL } from './inputRows';
import { lowerFirst } from '../../lib/format';
import './method.css';

/** "2012-13": kept whole on a phone (styles.css, th.year). */
const FINANCIAL_YEAR = /^\d{4}-\d{2}$/;

/** The body of a "How is this worked out?" dialog: only formats what `buildExplanation` gives. */
export function ExplanationBody({ explanation: e, idBase }: { explanation: Explanation; idBase: string }) {
  return (
    <>
      <p>{e.intro}</p>
      {e.working.length > 0 && (
        <div className="working">
          {e.working.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {e.waterfall && <Waterfall layout={e.waterfall} id={`${idBase}-waterfall`} />}
      {e.table && (
        <ScrollRegion className="method-table-wrap" labelledBy={`${idBase}-table`}>
          <table className="explanation-table" data-explanation-table>
            <caption id={`${idBase}-table`}>{e.table.caption}</caption>
            <thead>
              <tr>
                {e.table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {e.table.rows.map((row, i) => (
                <tr key={`${row.cells[0]}-${i}`} className={row.highlight ? 'is-highlight' : undefined}>
                  {row.cells.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className={FINANCIAL_YEAR.test(cell) ? 'year' : undefined}>
                        {cell}
                      </th>
                    ) : (
                      <td key={j} className={j === 3 ? 'text-cell' : undefined}>
                        {j === 1 && row.source ? <SourcedValue value={cell} source={row.source} /> : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {e.inputs.length > 0 && (
        <>
          <h4>Inputs behind this figure</h4>
          <p className="help">Hover over a value, or move to it with the Tab key, to see where it comes from.</p>
          <ul className="input-list">
            {e.inputs.map((input) => (
              <li key={input.key}>
                <span className="input-group">{input.group}</span>, {lowerFirst(input.label)}:{' '}
                {/* A fitted value's source already says it was fitted and where to read how. */}
                <SourcedValue value={input.value} source={input.kind === 'fitted' ? input.source : `${input.source} (${SOURCE_KIND_LABEL.published.toLowerCase()})`} />
              </li>
            ))}
          </ul>
        </>
      )}
      {e.notes.map((note) => (
        <p key={note} className="help">
          {note}
        </p>
      ))}
    </>
  );
}
