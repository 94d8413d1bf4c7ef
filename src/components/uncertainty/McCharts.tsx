import { memo, useMemo } from 'react';
import { Area, Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAxisMoney, formatCount, formatMoney } from '../format';
import { CUMULATIVE, GRID, INK, MARKER, THEME_COLOURS, ZERO_LINE } from '../palette';
import { LEGEND_STYLE, StableReferenceLine, margin, tickStyle, useStable } from '../charts/stableProps';
import { tornadoDomain, type FanRow, type HistogramRow, type TornadoBarRow } from './uncertaintyRows';

/**
 * The Monte Carlo drawings. Each is memoised on its rows, which change only when a run reports,
 * so a slider step redraws at most the histogram's "as set" line, not every chart of the section.
 */

/** Colours: bands are the palette's blue at two strengths; losses use the palette's vermillion. */
export const BAND = THEME_COLOURS.hsc;
export const LOSS = THEME_COLOURS.fcn;

const FAN_SIZE = { width: 600, height: 280 };
const HIST_SIZE = { width: 600, height: 260 };
const HIST_PADDING = { left: 12, right: 12 };
const countTick = (v: number) => formatCount(v);

export const FanChart = memo(function FanChart({ rows }: { rows: FanRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={280} initialDimension={FAN_SIZE}>
          <ComposedChart data={rows} margin={margin(12, 20, 8, 4)} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} />
            <XAxis dataKey="year" tick={tickStyle(15)} />
            <YAxis tickFormatter={formatAxisMoney} tick={tickStyle(15)} width={64} />
            <StableReferenceLine y={0} stroke={ZERO_LINE} />
            <Area dataKey="outer" name="10th to 90th percentile" stroke="none" fill={BAND} fillOpacity={0.22} isAnimationActive={false} />
            <Area dataKey="inner" name="25th to 75th percentile" stroke="none" fill={BAND} fillOpacity={0.45} isAnimationActive={false} />
            <Line dataKey="p50" name="Median" stroke={CUMULATIVE} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
            <Tooltip formatter={(v) => (Array.isArray(v) ? `${formatMoney(Number(v[0]))} to ${formatMoney(Number(v[1]))}` : formatMoney(Number(v)))} isAnimationActive={false} />
            <Legend wrapperStyle={LEGEND_STYLE} />
          </ComposedChart>
        </ResponsiveContainer>
  );
});

/** `asSet`: the figure with no uncertainty, drawn as a line; null while the bars are from a run for other settings. */
export const HistogramChart = memo(function HistogramChart({ rows, asSet, horizonLabel }: { rows: HistogramRow[]; asSet: number | null; horizonLabel: string }) {
  // The axis always reaches the figure as set, so its marker stays on the drawing.
  const domain = useMemo(() => ([min, max]: readonly [number, number]): [number, number] => (asSet === null ? [min, max] : [Math.min(min, asSet), Math.max(max, asSet)]), [asSet]);
  const axisLabel = useStable({ value: horizonLabel, position: 'insideBottom', offset: -14, fill: INK, fontSize: 15 } as const);
  return (
    <ResponsiveContainer width="100%" height={260} initialDimension={HIST_SIZE}>
          <BarChart data={rows} margin={margin(12, 20, 20, 4)} barCategoryGap={1} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis
              dataKey="mid"
              type="number"
              domain={domain}
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
  const height = 60 + rows.length * 34;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <BarChart data={rows} layout="vertical" margin={margin(8, 24, 8, 8)} barGap={-14} barSize={14} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} horizontal={false} />
        <XAxis type="number" tickFormatter={formatAxisMoney} tick={tickStyle(14)} domain={tornadoDomain(rows, base)} allowDataOverflow tickCount={6} />
        <YAxis type="category" dataKey="label" width={230} tick={tickStyle(14)} />
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
