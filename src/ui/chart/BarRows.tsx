import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, Text, usePlotArea, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { useNarrow } from '../../lib/useNarrow';
import { GRID, INK } from '../palette';
import { Drawing } from './Drawing';
import type { NiceAxis } from './niceAxis';
import { margin, tickInterval, tickStyle } from './stableProps';

// On a phone long labels sit above their bars rather than leave them a sliver. The axis is 1 px (recharts
// draws nothing for 0); margins hold half the end labels ("£1,000m", else dropped by recharts).
const LABELS_ABOVE = { rowHeight: 58, top: 20, left: 34, right: 40, barSize: 16 } as const;
const LABELS_BESIDE = { rowHeight: 34, top: 8, left: 8, right: 40, barSize: undefined } as const;

/** A halo in the page colour (Canvas in forced colours: styles.css) keeps it legible over a reference line. */
function LabelAboveBar({ x, y, payload }: YAxisTickContentProps) {
  const plot = usePlotArea();
  return (
    <Text x={plot?.x ?? Number(x)} y={Number(y) - 15} width={plot?.width} verticalAnchor="end" textAnchor="start" fill={INK} fontSize={13} stroke="#fff" strokeWidth={4} paintOrder="stroke" className="label-halo">
      {String(payload?.value ?? '')}
    </Text>
  );
}

// One function and one object each, so the axis is not redrawn for a new one at every render.
const labelAboveBar = (props: YAxisTickContentProps) => <LabelAboveBar {...props} />;
const AXIS_ABOVE = { width: 1, tick: labelAboveBar, tickLine: false, axisLine: false, interval: 0 } as const;
const AXIS_BESIDE = { width: 230, tick: tickStyle(14) } as const;

interface BarRowsProps<Row> {
  rows: readonly Row[];
  labelKey: string;
  axis: NiceAxis;
  tickFormatter: (v: number) => string;
  /** Height beside the rows' own: the value axis, margins and any legend. */
  frame: number;
  right?: number;
  /** Clip bars at the value axis's ends (recharts' allowDataOverflow). */
  clip?: boolean;
  barSize?: number;
  barGap?: number;
  children: ReactNode;
}

export function BarRows<Row>({ rows, labelKey, axis, tickFormatter, frame, right = 0, clip, barSize, barGap, children }: BarRowsProps<Row>) {
  const narrow = useNarrow();
  const layout = narrow ? LABELS_ABOVE : LABELS_BESIDE;
  return (
    <Drawing height={frame + rows.length * layout.rowHeight} initialWidth={600}>
      {() => (
        <BarChart
          data={rows as Row[]}
          layout="vertical"
          margin={margin(layout.top, Math.max(layout.right, right), 8, layout.left)}
          barGap={barGap}
          barSize={barSize ?? layout.barSize}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={tickFormatter}
            tick={tickStyle(14)}
            domain={axis.domain}
            ticks={axis.ticks}
            interval={tickInterval(narrow)}
            allowDataOverflow={clip}
          />
          <YAxis type="category" dataKey={labelKey} {...(narrow ? AXIS_ABOVE : AXIS_BESIDE)} />
          {children}
        </BarChart>
      )}
    </Drawing>
  );
}
