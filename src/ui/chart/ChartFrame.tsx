import { useId, useRef, type ReactNode } from 'react';
import type { Settings } from '../../model';
import { settingsVersion, useTables, type ChartId } from '../../state';
import { ChartDownloads } from './ChartDownloads';
import { ScrollRegion } from '../ScrollRegion';
import { PlotRoomContext, usePlotRoom } from './plotRoom';

export interface ChartFrameProps {
  chart: ChartId;
  title: string;
  /** One or two sentences under the title saying what the chart shows. */
  description: ReactNode;
  /** Text alternative for the drawing: what a sighted reader would take from it. */
  summary: string;
  /** Controls shown beside the table toggle (for example a measure switch). */
  tools?: ReactNode;
  /** The recharts drawing(s). */
  children: ReactNode;
  /** The data table with the same numbers (rendered when "Show table" is on). */
  table: ReactNode;
  /** Source and notes under the chart. */
  note?: ReactNode;
  /** The settings the drawing shows, if one set (its version is marked for the benchmark). */
  settings?: Settings;
}

/** A chart as a figure: heading, description, drawing with a text alternative, table toggle, note. */
export function ChartFrame(props: ChartFrameProps) {
  const [tables, toggleTable] = useTables('charts');
  const showTable = tables[props.chart];
  const id = useId();
  const headingId = `${id}-heading`;
  const tableId = `${id}-table`;
  const plotRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLElement>(null);
  const room = usePlotRoom(plotRef);
  return (
    <section className="chart-section" aria-labelledby={headingId} data-chart={props.chart} data-settings-version={props.settings ? settingsVersion(props.settings) : undefined}>
      <figure className="chart" aria-labelledby={headingId}>
        <div className="chart-head">
          <h2 id={headingId}>{props.title}</h2>
          <div className="chart-tools">
            {props.tools}
            <ChartDownloads plot={plotRef} note={noteRef} title={props.title} settings={props.settings} />
            <button
              type="button"
              className="secondary-button"
              aria-expanded={showTable}
              aria-controls={tableId}
              onClick={() => toggleTable(props.chart)}
            >
              {showTable ? 'Hide table' : 'Show table'}
            </button>
          </div>
        </div>
        <div className="chart-description">{props.description}</div>
        <div ref={plotRef} className="chart-plot" role="img" aria-label={props.summary}>
          <PlotRoomContext.Provider value={room}>{props.children}</PlotRoomContext.Provider>
        </div>
        <ScrollRegion id={tableId} className="chart-table" hidden={!showTable} label={`${props.title} data table`}>
          {showTable ? props.table : null}
        </ScrollRegion>
        {props.note && <figcaption className="chart-note" ref={noteRef}>{props.note}</figcaption>}
      </figure>
    </section>
  );
}
