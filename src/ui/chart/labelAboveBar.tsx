import { Text, usePlotArea, type YAxisTickContentProps } from 'recharts';
import { INK } from '../palette';
import { tickStyle } from './stableProps';

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

/** A horizontal bar chart's layout: row pitch, margins, bar thickness (undefined: recharts' own). */
export const barLabelLayout = (narrow: boolean) => (narrow ? LABELS_ABOVE : LABELS_BESIDE);

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
export const labelAboveBar = (props: YAxisTickContentProps) => <LabelAboveBar {...props} />;

// One object each, so the axis is not redrawn for a new one at every render.
const AXIS_ABOVE = { width: 1, tick: labelAboveBar, tickLine: false, axisLine: false, interval: 0 } as const;
const AXIS_BESIDE = { width: 230, tick: tickStyle(14) } as const;

/** The category axis's props, to spread on a `<YAxis type="category">`: labels above or beside the bars. */
export const categoryAxisProps = (narrow: boolean) => (narrow ? AXIS_ABOVE : AXIS_BESIDE);
