import type { Explanation } from './explain';
import { SourcedValue } from '../../ui/SourcedValue';
import type { WaterfallLayout } from './waterfallBars';
import { explanationTableSpec } from './methodTables';
import { ScrollingTable } from '../../ui/DataTable';
import { SOURCE_KIND_LABEL } from './inputRows';
import { lowerFirst } from '../../lib/format';
import './method.css';

/** A horizontal waterfall. The bars picture the table that follows, so screen readers get a short summary instead. */
function Waterfall({ layout, id }: { layout: WaterfallLayout & { label: string }; id: string }) {
  return (
    <figure className="waterfall" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="visually-hidden">
        {layout.label}. The same numbers are in the table below.
      </figcaption>
      <ol className="waterfall-steps" aria-hidden="true">
        {layout.bars.map((bar) => (
          <li key={bar.id} className={`waterfall-step is-${bar.kind}`} data-step={bar.id}>
            <div className="waterfall-text">
              <span className="waterfall-label">{bar.label}</span>
              <span className="waterfall-basis">{bar.basis}</span>
            </div>
            <div className="waterfall-plot">
              <span className="waterfall-zero" style={{ left: `${layout.zero}%` }} />
              {bar.kind !== 'none' && (
                <span className={`waterfall-bar is-${bar.kind}`} style={{ left: `${bar.left}%`, width: `max(2px, ${bar.width}%)` }} />
              )}
            </div>
            <span className="waterfall-value">{bar.valueText}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

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
      <ScrollingTable className="method-table-wrap" spec={explanationTableSpec(e.table)} />
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
