import { useId, type ReactNode } from 'react';
import { ScrollRegion } from '../../ui/ScrollRegion';

export interface FigureProps {
  title: string;
  /** Heading level inside its section (default h3). */
  level?: 3 | 4;
  description: ReactNode;
  /** Text alternative for the drawing. */
  summary: string;
  showTable: boolean;
  onToggleTable: () => void;
  children: ReactNode;
  table: ReactNode;
  note?: ReactNode;
  busy?: boolean;
}

/**
 * A chart as a figure with its own table toggle (the shape of charts/ChartFrame, whose toggles
 * live in the settings store; these keep theirs in the uncertainty and local stores).
 */
export function Figure(props: FigureProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const tableId = `${id}-table`;
  const Heading = props.level === 4 ? 'h4' : 'h3';
  return (
    <figure className="chart sub-figure" aria-labelledby={headingId}>
      <div className="chart-head">
        <Heading id={headingId}>{props.title}</Heading>
        <div className="chart-tools">
          <button
            type="button"
            className="secondary-button"
            aria-label={`${props.showTable ? 'Hide table' : 'Show table'} for ${props.title}`}
            aria-expanded={props.showTable}
            aria-controls={tableId}
            onClick={props.onToggleTable}
          >
            {props.showTable ? 'Hide table' : 'Show table'}
          </button>
        </div>
      </div>
      <div className="chart-description">{props.description}</div>
      <div className={`chart-plot${props.busy ? ' is-stale' : ''}`} role="img" aria-label={props.summary} aria-busy={props.busy || undefined}>
        {props.children}
      </div>
      <ScrollRegion id={tableId} className="chart-table" hidden={!props.showTable} label={`${props.title} data table`}>
        {props.showTable ? props.table : null}
      </ScrollRegion>
      {props.note && <figcaption className="chart-note">{props.note}</figcaption>}
    </figure>
  );
}

/** "How this is worked out": method and limits in plain English, closed until asked for. */
export function HowWorkedOut({ children }: { children: ReactNode }) {
  return (
    <details className="how-worked-out">
      <summary>How this is worked out</summary>
      <div className="how-worked-out-body">{children}</div>
    </details>
  );
}
