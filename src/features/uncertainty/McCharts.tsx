import { memo, useMemo } from 'react';
import { Area, Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis, type DefaultLegendContentProps } from 'recharts';
import { formatAxisMoney, formatCount, formatMoney } from '../../lib/format';
import { BAND_EDGE, BLUE, CUMULATIVE, GRID, INK, MARKER, VERMILLION, ZERO_LINE } from '../../ui/palette';
import { axisWidth } from '../../ui/chart/axisWidth';
import { barLabelLayout, categoryAxisProps } from '../../ui/chart/labelAboveBar';
import { niceAxis } from '../../ui/chart/niceAxis';
import { LEGEND_STYLE, StableReferenceLine, margin, tickInterval, tickStyle, useStable } from '../../ui/chart/stableProps';
import { useNarrow } from '../../lib/useNarrow';
import { tornadoAxis, type FanRow, type HistogramRow, type TornadoBarRow } from './uncertaintyRows';

/**
 * The Monte Carlo drawings. Each is memoised on its rows, which change only when a run reports,
 * so a slider step redraws at most the histogram's "as set" line, not every chart of the section.
 */

/** Colours: bands are the palette's blue at two strengths; losses use the palette's vermillion. */
export const BAND = BLUE;
export const LOSS = VERMILLION;

/**
 * The fan chart's two bands. Fills alone are too faint to mark a band's edge (the light band is
 * 1.37:1 on white, the two bands 1.76:1 apart), so each band has an edge line in the palette blue
 * darkened, #005A8C: 7.4:1 on white, 5.4:1 on the light band, 3.1:1 on the dark band. The edges
 * differ in style as well as the fills in strength, so the bands are told apart without colour:
 * the light (10th–90th) band's edge is dashed, the dark (25th–75th) band's solid. The legend draws
 * each band the same way. `className` lets uncertainty.css redraw the edges in forced colours.
 */

export interface FanBandStyle {
  dataKey: 'outer' | 'inner';
  name: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  /** Undefined: a solid edge. */
  strokeDasharray: string | undefined;
  className: string;
}

export const FAN_BANDS: { readonly outer: FanBandStyle; readonly inner: FanBandStyle } = {
  outer: {
    dataKey: 'outer',
    name: '10th to 90th percentile',
    fill: BAND,
    fillOpacity: 0.22,
    stroke: BAND_EDGE,
    strokeWidth: 1.5,
    strokeDasharray: '6 4',
    className: 'fan-band fan-band-outer',
  },
  inner: {
    dataKey: 'inner',
    name: '25th to 75th percentile',
    fill: BAND,
    fillOpacity: 0.45,
    stroke: BAND_EDGE,
    strokeWidth: 1.5,
    strokeDasharray: undefined,
    className: 'fan-band fan-band-inner',
  },
};

/** The median line as drawn: black, with white-filled dots. */
const MEDIAN_STROKE = CUMULATIVE;
const MEDIAN_WIDTH = 2.5;
const MEDIAN_DOT = { r: 3 };

const FAN_SIZE = { width: 600, height: 280 };
const HIST_SIZE = { width: 600, height: 260 };
const HIST_PADDING = { left: 12, right: 12 };
// With the padding, room for half of a last tick label as long as "−£12.2bn", even with wider
// user text spacing (WCAG 1.4.12).
const HIST_MARGIN = margin(12, 34, 20, 4);
const countTick = (v: number) => formatCount(v);

const SWATCH_W = 28;
const SWATCH_H = 16;

/** A band's legend swatch: its fill between its two edges, drawn as on the chart. */
function BandSwatch({ band }: { band: FanBandStyle }) {
  const top = 2;
  const bottom = SWATCH_H - 2;
  const edge = { stroke: band.stroke, strokeWidth: band.strokeWidth, strokeDasharray: band.strokeDasharray, className: 'fan-swatch-edge' };
  return (
    <>
      <rect x={0} y={top} width={SWATCH_W} height={bottom - top} fill={band.fill} fillOpacity={band.fillOpacity} stroke="none" />
      <line x1={0} y1={top} x2={SWATCH_W} y2={top} {...edge} />
      <line x1={0} y1={bottom} x2={SWATCH_W} y2={bottom} {...edge} />
    </>
  );
}

/** The median's legend swatch: a short stretch of its line with one dot. */
function MedianSwatch() {
  const y = SWATCH_H / 2;
  return (
    <>
      <line x1={0} y1={y} x2={SWATCH_W} y2={y} stroke={MEDIAN_STROKE} strokeWidth={MEDIAN_WIDTH} />
      <circle cx={SWATCH_W / 2} cy={y} r={MEDIAN_DOT.r} fill="#fff" stroke={MEDIAN_STROKE} strokeWidth={MEDIAN_WIDTH} />
    </>
  );
}

const bandFor = (dataKey: unknown): FanBandStyle | undefined =>
  dataKey === FAN_BANDS.outer.dataKey ? FAN_BANDS.outer : dataKey === FAN_BANDS.inner.dataKey ? FAN_BANDS.inner : undefined;

/**
 * The fan chart's legend. recharts' default draws one icon (a line with a circle) for every
 * series, so both bands looked alike; this draws each band's own swatch. It keeps recharts'
 * item and text classes, which the page's legend styles and the chart image export read.
 */
function FanLegend({ payload }: DefaultLegendContentProps) {
  if (!payload?.length) return null;
  return (
    <ul className="recharts-default-legend fan-legend">
      {payload.map((entry, i) => {
        const band = bandFor(entry.dataKey);
        return (
          <li key={String(entry.dataKey ?? i)} className={`recharts-legend-item legend-item-${i} fan-legend-item`} data-series={String(entry.dataKey)}>
            <svg className="recharts-surface fan-swatch" width={SWATCH_W} height={SWATCH_H} viewBox={`0 0 ${SWATCH_W} ${SWATCH_H}`} aria-hidden="true" focusable="false">
              {band ? <BandSwatch band={band} /> : <MedianSwatch />}
            </svg>
            <span className="recharts-legend-item-text">{entry.value}</span>
          </li>
        );
      })}
    </ul>
  );
}

export const FanChart = memo(function FanChart({ rows }: { rows: FanRow[] }) {
  const { outer, inner } = FAN_BANDS;
  const axis = useMemo(() => niceAxis(rows.flatMap((r) => [r.p10, r.p90])), [rows]);
  // As wide as its longest label ("−£12.2bn" lost its minus sign in a fixed 64 px).
  const axisPx = useMemo(() => axisWidth(axis.ticks.map(formatAxisMoney), 15, 64), [axis]);
  return (
    <ResponsiveContainer width="100%" height={280} initialDimension={FAN_SIZE}>
          <ComposedChart data={rows} margin={margin(12, 20, 8, 4)} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} />
            <XAxis dataKey="year" tick={tickStyle(15)} />
            <YAxis tickFormatter={formatAxisMoney} tick={tickStyle(15)} width={axisPx} domain={axis.domain} ticks={axis.ticks} interval={0} />
            <StableReferenceLine y={0} stroke={ZERO_LINE} />
            {[outer, inner].map((band) => (
              <Area key={band.dataKey} {...band} isAnimationActive={false} />
            ))}
            <Line dataKey="p50" name="Median" stroke={MEDIAN_STROKE} strokeWidth={MEDIAN_WIDTH} dot={MEDIAN_DOT} isAnimationActive={false} />
            <Tooltip formatter={(v) => (Array.isArray(v) ? `${formatMoney(Number(v[0]))} to ${formatMoney(Number(v[1]))}` : formatMoney(Number(v)))} isAnimationActive={false} />
            <Legend wrapperStyle={LEGEND_STYLE} content={FanLegend} />
          </ComposedChart>
        </ResponsiveContainer>
  );
});

/** `asSet`: the figure with no uncertainty, drawn as a line; null while the bars are from a run for other settings. */
export const HistogramChart = memo(function HistogramChart({ rows, asSet, horizonLabel }: { rows: HistogramRow[]; asSet: number | null; horizonLabel: string }) {
  // Round ticks over every bin and the figure as set, so its marker stays on the drawing; fewer
  // on a phone, where six labels of "£14bn" would run into each other.
  const narrow = useNarrow();
  const axis = useMemo(
    () => niceAxis([...rows.flatMap((r) => [r.from, r.to]), ...(asSet === null ? [] : [asSet])], narrow ? 3 : 6, 0.01, false),
    [rows, asSet, narrow],
  );
  const axisLabel = useStable({ value: horizonLabel, position: 'insideBottom', offset: -14, fill: INK, fontSize: 15 } as const);
  return (
    <ResponsiveContainer width="100%" height={260} initialDimension={HIST_SIZE}>
          <BarChart data={rows} margin={HIST_MARGIN} barCategoryGap={1} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis
              dataKey="mid"
              type="number"
              domain={axis.domain}
              ticks={axis.ticks}
              interval={tickInterval(narrow)}
              padding={HIST_PADDING}
              tickFormatter={formatAxisMoney}
              tick={tickStyle(15)}
              label={axisLabel}
            />
            <YAxis tickFormatter={countTick} tick={tickStyle(15)} width={56} />
            <Bar dataKey="count" name="Draws" isAnimationActive={false}>
              {rows.map((r) => (
                <Cell key={r.from} fill={r.gain ? BAND : LOSS} />
              ))}
            </Bar>
            {asSet !== null && <StableReferenceLine x={asSet} stroke={MARKER} strokeDasharray="4 3" strokeWidth={2} />}
            <Tooltip
              labelFormatter={(_, p) => {
                const row = p?.[0]?.payload as { from: number; to: number } | undefined;
                return row ? `${formatMoney(row.from)} to ${formatMoney(row.to)}` : '';
              }}
              formatter={(v) => [formatCount(Number(v)), 'Draws']}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
  );
});

function TornadoChartImpl({ rows, base }: { rows: TornadoBarRow[]; base: number }) {
  const narrow = useNarrow();
  const layout = barLabelLayout(narrow);
  const height = 60 + rows.length * layout.rowHeight;
  const axis = useMemo(() => tornadoAxis(rows, base), [rows, base]);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      {/* The right margin holds half of the last value label ("−£12.2bn") under wider text spacing: the tornado's
          range can now be narrow, with labels to a decimal place. */}
      <BarChart data={rows} layout="vertical" margin={margin(layout.top, Math.max(layout.right, 64), 8, layout.left)} barGap={-14} barSize={14} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} horizontal={false} />
        <XAxis type="number" tickFormatter={formatAxisMoney} tick={tickStyle(14)} domain={axis.domain} ticks={axis.ticks} interval={tickInterval(narrow)} allowDataOverflow />
        <YAxis type="category" dataKey="label" {...categoryAxisProps(narrow)} />
        <StableReferenceLine x={base} stroke={INK} strokeWidth={2} />
        <Bar dataKey="lowBar" name="Low end of the range" fill={LOSS} isAnimationActive={false} />
        <Bar dataKey="highBar" name="High end of the range" fill={BAND} isAnimationActive={false} />
        <Tooltip
          formatter={(v, name, item) => {
            const row = item?.payload as { lowText: string; highText: string } | undefined;
            const end = Array.isArray(v) ? Number(v[1]) : Number(v);
            return [formatMoney(end), `${String(name)} (${name === 'Low end of the range' ? row?.lowText : row?.highText})`];
          }}
          isAnimationActive={false}
        />
        <Legend wrapperStyle={LEGEND_STYLE} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export const TornadoChart = memo(TornadoChartImpl);
