import { useContext, useId, useRef, type ReactNode, type RefObject } from 'react';
import type { ModelData, Results, Settings } from '../../model';
import { AppDataContext, settingsVersion, useTables, type ChartId } from '../../state';
import { hasPriceBase, pricesWords } from '../../lib/describe';
import { ChartDownloads } from './ChartDownloads';
import { ScrollRegion } from '../ScrollRegion';
import { PlotRoomContext, usePlotRoom } from './plotRoom';

interface FigureProps {
  title: string;
  /** The base of the heading's and table's ids. */
  id?: string;
  /** 2 for a chart of its own, 3 (the default) for one of a section's several. */
  level?: 2 | 3;
  description: ReactNode;
  /** The drawing's text alternative: what a sighted reader would take from it. */
  summary: string;
  showTable: boolean;
  onToggleTable: () => void;
  tools?: ReactNode;
  children: ReactNode;
  /** Rendered only while "Show table" is on. */
  table: ReactNode;
  note?: ReactNode;
  /** The drawing is from settings before the current ones (dimmed, aria-busy). */
  busy?: boolean;
  plotRef?: RefObject<HTMLDivElement | null>;
  noteRef?: RefObject<HTMLElement | null>;
}

/** A chart as a figure: heading, description, drawing and its text alternative, table toggle, note. */
export function Figure({ plotRef, noteRef, ...props }: FigureProps) {
  const ownId = useId();
  const id = props.id ?? ownId;
  const headingId = `${id}-heading`;
  const tableId = `${id}-table`;
  const Heading = `h${props.level ?? 3}` as const;
  const toggleText = props.showTable ? 'Hide table' : 'Show table';
  // A section's charts sit several to a section, so their toggles name their chart.
  const subFigure = props.level !== 2;
  return (
    <figure className={subFigure ? 'chart sub-figure' : 'chart'} aria-labelledby={headingId}>
      <div className="chart-head">
        <Heading id={headingId}>{props.title}</Heading>
        <div className="chart-tools">
          {props.tools}
          <button
            type="button"
            className="secondary-button"
            aria-label={subFigure ? `${toggleText} for ${props.title}` : undefined}
            aria-expanded={props.showTable}
            aria-controls={tableId}
            onClick={props.onToggleTable}
          >
            {toggleText}
          </button>
        </div>
      </div>
      <div className="chart-description">{props.description}</div>
      <div
        ref={plotRef}
        className={`chart-plot${props.busy ? ' is-stale' : ''}`}
        role="img"
        aria-label={props.summary}
        aria-busy={props.busy || undefined}
      >
        {props.children}
      </div>
      <ScrollRegion id={tableId} className="chart-table" hidden={!props.showTable} label={`${props.title} data table`}>
        {props.showTable ? props.table : null}
      </ScrollRegion>
      {props.note && <figcaption className="chart-note" ref={noteRef}>{props.note}</figcaption>}
    </figure>
  );
}

type ChartFrameProps = Omit<FigureProps, 'id' | 'level' | 'showTable' | 'onToggleTable' | 'busy' | 'plotRef' | 'noteRef'> & {
  chart: ChartId;
  /** The settings the drawing shows (their version is marked for the benchmark). */
  settings?: Settings;
};

export interface MainChartProps {
  data: ModelData;
  results: Results;
  settings: Settings;
  animate: boolean;
}

/** One of the explorer's own charts: a figure in a section, with downloads, sized to the first screen. */
export function ChartFrame({ chart, settings, tools, children, note, ...figure }: ChartFrameProps) {
  const tableToggle = useTables('charts');
  // With a price-base factor the note says the prices, so a downloaded image carries them too.
  const data = useContext(AppDataContext)?.data;
  const prices = settings && data && hasPriceBase(settings) ? ` Money in ${pricesWords(settings, data)}.` : '';
  const id = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLElement>(null);
  const room = usePlotRoom(plotRef);
  const downloads = <ChartDownloads plot={plotRef} note={noteRef} title={figure.title} settings={settings} />;
  return (
    <section
      className="chart-section"
      aria-labelledby={`${id}-heading`}
      data-chart={chart}
      data-settings-version={settings ? settingsVersion(settings) : undefined}
    >
      <Figure
        {...figure}
        note={note && <>{note}{prices}</>}
        id={id}
        level={2}
        tools={<>{tools}{downloads}</>}
        {...tableToggle(chart)}
        plotRef={plotRef}
        noteRef={noteRef}
      >
        <PlotRoomContext.Provider value={room}>{children}</PlotRoomContext.Provider>
      </Figure>
    </section>
  );
}

/** Method and limits in plain English, closed until asked for. */
export function HowWorkedOut({ children }: { children: ReactNode }) {
  return (
    <details className="how-worked-out">
      <summary>How this is worked out</summary>
      <div className="how-worked-out-body">{children}</div>
    </details>
  );
}
