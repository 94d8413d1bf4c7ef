import type { WaterfallLayout } from './waterfallBars';
import './method.css';

/** A horizontal waterfall. The bars picture the table that follows, so screen readers get a short summary instead. */
export function Waterfall({ layout, id }: { layout: WaterfallLayout & { label: string }; id: string }) {
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
