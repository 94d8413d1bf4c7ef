import { memo, useMemo } from 'react';
import { Area, Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { DefaultLegendContentProps } from 'recharts';
import { formatCount, formatMoney, moneyAxisFormat } from '../../lib/format';
import { BAND_EDGE, BLUE, CUMULATIVE, GRID, INK, VERMILLION, ZERO_LINE } from '../../ui/palette';
import { useValueAxis } from '../../ui/chart/axisWidth';
import { BarRows } from '../../ui/chart/BarRows';
import { Drawing } from '../../ui/chart/Drawing';
import { LEGEND_STYLE, MARKER_LINE, StableReferenceLine, margin, tickInterval, tickStyle, useStable } from '../../ui/chart/stableProps';
import { useNarrow } from '../../lib/useNarrow';
import { fanAxis, histogramAxis, tornadoAxis, type FanRow, type HistogramRow, type TornadoBarRow } from './uncertaintyRows';

// Memoised on rows that change only when a run reports: a slider step redraws at most the "as set" line.

// Fills alone are too faint to mark a band's edge (1.37:1 on white), so each band has a BAND_EDGE,
// dashed or solid to tell them apart without colour; uncertainty.css redraws it in forced colours.
const fanBand = (dataKey: 'outer' | 'inner', name: string, fillOpacity: number, strokeDasharray: string | undefined) => ({
  dataKey,
  name,
  fill: BLUE,
  fillOpacity,
  stroke: BAND_EDGE,
  strokeWidth: 1.5,
  strokeDasharray,
  className: `fan-band fan-band-${dataKey}`,
});
const FAN_BANDS = [fanBand('outer', '10th to 90th percentile', 0.22, '6 4'), fanBand('inner', '25th to 75th percentile', 0.45, undefined)];
type FanBandStyle = (typeof FAN_BANDS)[number];

const MEDIAN = { stroke: CUMULATIVE, strokeWidth: 2.5 } as const;
const MEDIAN_DOT = { r: 3 };

const HIST_PADDING = { left: 12, right: 12 };
// With the padding, room for half a last label as long as "−£12.2bn" under wider text spacing.
const HIST_MARGIN = margin(12, 34, 20, 4);
const countTick = (v: number) => formatCount(v);

const SWATCH_W = 28;
const SWATCH_H = 16;

/** Drawn as on the chart: a band's fill between its two edges, or a stretch of the median with one dot. */
function Swatch({ band }: { band: FanBandStyle | undefined }) {
  const [top, middle, bottom] = [2, SWATCH_H / 2, SWATCH_H - 2];
  if (!band) {
    return (
      <>
        <line x1={0} y1={middle} x2={SWATCH_W} y2={middle} {...MEDIAN} />
        <circle cx={SWATCH_W / 2} cy={middle} r={MEDIAN_DOT.r} fill="#fff" {...MEDIAN} />
      </>
    );
  }
  const edge = { stroke: band.stroke, strokeWidth: band.strokeWidth, strokeDasharray: band.strokeDasharray, className: 'fan-swatch-edge' };
  return (
    <>
      <rect x={0} y={top} width={SWATCH_W} height={bottom - top} fill={band.fill} fillOpacity={band.fillOpacity} stroke="none" />
      <line x1={0} y1={top} x2={SWATCH_W} y2={top} {...edge} />
      <line x1={0} y1={bottom} x2={SWATCH_W} y2={bottom} {...edge} />
    </>
  );
}

// recharts' default legend drew both bands alike; its item and text classes stay for the styles and image export.
function FanLegend({ payload }: DefaultLegendContentProps) {
  if (!payload?.length) return null;
  return (
    <ul className="recharts-default-legend fan-legend">
      {payload.map((entry, i) => {
        const band = FAN_BANDS.find((b) => b.dataKey === entry.dataKey);
        return (
          <li key={String(entry.dataKey ?? i)} className={`recharts-legend-item legend-item-${i} fan-legend-item`} data-series={String(entry.dataKey)}>
            <svg className="recharts-surface fan-swatch" width={SWATCH_W} height={SWATCH_H} viewBox={`0 0 ${SWATCH_W} ${SWATCH_H}`} aria-hidden="true" focusable="false">
              <Swatch band={band} />
            </svg>
            <span className="recharts-legend-item-text">{entry.value}</span>
          </li>
        );
      })}
    </ul>
  );
}

const fanTip = (v: unknown) => (Array.isArray(v) ? `${formatMoney(Number(v[0]))} to ${formatMoney(Number(v[1]))}` : formatMoney(Number(v)));

export const FanChart = memo(function FanChart({ rows }: { rows: FanRow[] }) {
  // Labels in £m or £bn as the ticks need (useValueAxis).
  const axis = useValueAxis(useMemo(() => fanAxis(rows), [rows]), 15, 64);
  return (
    <Drawing height={280} initialWidth={600}>
      {() => (
        <ComposedChart data={rows} margin={margin(12, 20, 8, 4)} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} />
          <XAxis dataKey="year" tick={tickStyle(15)} />
          <YAxis tick={tickStyle(15)} {...axis} interval={0} />
          <StableReferenceLine y={0} stroke={ZERO_LINE} />
          {FAN_BANDS.map((band) => (
            <Area key={band.dataKey} {...band} isAnimationActive={false} />
          ))}
          <Line dataKey="p50" name="Median" {...MEDIAN} dot={MEDIAN_DOT} isAnimationActive={false} />
          <Tooltip formatter={fanTip} isAnimationActive={false} />
          <Legend wrapperStyle={LEGEND_STYLE} content={FanLegend} />
        </ComposedChart>
      )}
    </Drawing>
  );
});

const binText = (_: unknown, p: readonly { payload?: unknown }[] | undefined) => {
  const row = p?.[0]?.payload as { from: number; to: number } | undefined;
  return row ? `${formatMoney(row.from)} to ${formatMoney(row.to)}` : '';
};

/** `asSet`: the figure with no uncertainty, drawn as a line; null while the bars are from a run for other settings. */
export const HistogramChart = memo(function HistogramChart({ rows, asSet, horizonLabel }: { rows: HistogramRow[]; asSet: number | null; horizonLabel: string }) {
  const narrow = useNarrow();
  const axis = useMemo(() => histogramAxis(rows, asSet, narrow ? 3 : 6), [rows, asSet, narrow]);
  const tickText = useMemo(() => moneyAxisFormat(axis.ticks), [axis]);
  const axisLabel = useStable({ value: horizonLabel, position: 'insideBottom', offset: -14, fill: INK, fontSize: 15 } as const);
  return (
    <Drawing height={260} initialWidth={600}>
      {() => (
        <BarChart data={rows} margin={HIST_MARGIN} barCategoryGap={1} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis
            dataKey="mid"
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            interval={tickInterval(narrow)}
            padding={HIST_PADDING}
            tickFormatter={tickText}
            tick={tickStyle(15)}
            label={axisLabel}
          />
          <YAxis tickFormatter={countTick} tick={tickStyle(15)} width={56} />
          <Bar dataKey="count" name="Draws" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.from} fill={r.gain ? BLUE : VERMILLION} />
            ))}
          </Bar>
          {asSet !== null && <StableReferenceLine x={asSet} {...MARKER_LINE} />}
          <Tooltip labelFormatter={binText} formatter={(v) => [formatCount(Number(v)), 'Draws']} isAnimationActive={false} />
        </BarChart>
      )}
    </Drawing>
  );
});

const LOW_END = 'Low end of the range';
const tornadoTip = (v: unknown, name: unknown, item: { payload?: unknown } | undefined): [string, string] => {
  const row = item?.payload as { lowText: string; highText: string } | undefined;
  const end = Array.isArray(v) ? Number(v[1]) : Number(v);
  return [formatMoney(end), `${String(name)} (${name === LOW_END ? row?.lowText : row?.highText})`];
};

export const TornadoChart = memo(function TornadoChart({ rows, base }: { rows: TornadoBarRow[]; base: number }) {
  const axis = useMemo(() => tornadoAxis(rows, base), [rows, base]);
  const tickText = useMemo(() => moneyAxisFormat(axis.ticks), [axis]);
  // The right margin holds half a last label such as "−£12.2bn": a narrow range has labels to a decimal place.
  return (
    <BarRows rows={rows} labelKey="label" axis={axis} tickFormatter={tickText} frame={60} right={64} clip barGap={-14} barSize={14}>
      <StableReferenceLine x={base} stroke={INK} strokeWidth={2} />
      <Bar dataKey="lowBar" name={LOW_END} fill={VERMILLION} isAnimationActive={false} />
      <Bar dataKey="highBar" name="High end of the range" fill={BLUE} isAnimationActive={false} />
      <Tooltip formatter={tornadoTip} isAnimationActive={false} />
      <Legend wrapperStyle={LEGEND_STYLE} />
    </BarRows>
  );
});
