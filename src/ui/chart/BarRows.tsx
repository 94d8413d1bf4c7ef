import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, Text, usePlotArea, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { useNarrow } from '../../lib/useNarrow';
import { GRID, INK } from '../palette';
import { Drawing } from './Drawing';
import type { NiceAxis } from './niceAxis';
import { margin, tickInterval, tickStyle } from './stableProps';

/**
 * A horizontal bar chart's category labels on a phone. Beside the bars, in a column of their own,
 * long labels ("Benefit of families with complex needs") leave the bars a sliver and the value
 * axis's labels piled on each other; there each label sits above its bar instead, left-aligned,
 * and the bars get the chart's full width.
 *
 * The layout that goes with it: an axis 1 px wide (recharts draws nothing for 0), side margins
 * with room for half the value axis's end labels ("£1,000m"; recharts leaves out a label that
 * would cross the chart's edge), a top margin for the first bar's label, bars at most 16 px thick
 * and a row pitch with room for a label on two lines (as under wider user text spacing).
 */
const LABELS_ABOVE = { rowHeight: 58, top: 20, left: 34, right: 40, barSize: 16 } as const;
/** Beside the bars: a 230 px label column; the right margin holds half of "£1,000m". */
const LABELS_BESIDE = { rowHeight: 34, top: 8, left: 8, right: 40, barSize: undefined } as const;

/**
 * The label, wrapping within the plot's width. A halo in the page colour (Canvas in forced
 * colours: styles.css) keeps it legible where a reference line crosses it.
 */
function LabelAboveBar({ x, y, payload }: YAxisTickContentProps) {
  const plot = usePlotArea();
  return (
    <Text x={plot?.x ?? Number(x)} y={Number(y) - 15} width={plot?.width} verticalAnchor="end" textAnchor="start" fill={INK} fontSize={13} stroke="#fff" strokeWidth={4} paintOrder="stroke" className="label-halo">
      {String(payload?.value ?? '')}
    </Text>
  );
}

/** The tick renderer for the category axis (one function, so the axis is not redrawn for a new one). */
const labelAboveBar = (props: YAxisTickContentProps) => <LabelAboveBar {...props} />;

// One object each, so the axis is not redrawn for a new one at every render.
const AXIS_ABOVE = { width: 1, tick: labelAboveBar, tickLine: false, axisLine: false, interval: 0 } as const;
const AXIS_BESIDE = { width: 230, tick: tickStyle(14) } as const;

interface BarRowsProps<Row> {
  rows: readonly Row[];
  /** The rows' field that names each bar. */
  labelKey: string;
  axis: NiceAxis;
  tickFormatter: (v: number) => string;
  /** Height beside the rows' own: the value axis, margins and any legend. */
  frame: number;
  /** The least right margin (room for half the value axis's last label). */
  right?: number;
  /** Clip bars at the value axis's ends (recharts' allowDataOverflow), which also clips their edges at the label axis. */
  clip?: boolean;
  /** Bar thickness, and the gap between bars of a row (recharts' own where not given). */
  barSize?: number;
  barGap?: number;
  /** The bars, tooltip, reference lines and legend. */
  children: ReactNode;
}

/**
 * A horizontal bar chart, one row a category, with the layout above: labels beside the bars, or
 * above them on a phone, and a value axis with round ticks.
 */
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
