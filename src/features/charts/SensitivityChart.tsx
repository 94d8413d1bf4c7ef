import { memo, useCallback, useContext, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { selectCurves } from '../../state';
import { formatMoney } from '../../lib/format';
import { CUMULATIVE, GRID, INK, MARKER, ZERO_LINE } from '../../ui/palette';
import { useValueAxis } from '../../ui/chart/axisWidth';
import { ChartFrame, type MainChartProps } from '../../ui/chart/ChartFrame';
import {
  sensitivityStepText as stepText,
  sensitivityTableSpec,
  sensitivityXText as xText,
  type SensitivityWhich as Which,
} from './chartTables';
import { DataTable } from '../../ui/DataTable';
import { nowLabelSide, zeroLabelSide } from '../../ui/chart/markLabels';
import { PlotRoomContext } from '../../ui/chart/plotRoom';
import { Drawing } from '../../ui/chart/Drawing';
import { margin, MARKER_LINE, StableReferenceDot, StableReferenceLine, tickStyle, useStable } from '../../ui/chart/stableProps';
import {
  buildSensitivityRows,
  delayCostWords,
  sensitivityMarks,
  sensitivityAxis,
  sensitivitySummary,
  type SensitivityMarks,
  type SensitivityRow,
} from './sensitivityRows';

const WHICH = ['leakage', 'delay'] as const;
// Built once: recharts recomputes a chart when these change identity.
const X_AXIS = {
  leakage: { max: 100, domain: [0, 100], ticks: [0, 25, 50, 75, 100], format: (v: number) => `${v}%`, label: { value: 'Leakage', position: 'insideBottom', offset: -18, fill: INK, fontSize: 15 } },
  delay: { max: 5, domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], format: (v: number) => `${v}`, label: { value: 'Delay (years)', position: 'insideBottom', offset: -18, fill: INK, fontSize: 15 } },
} as const;
// The right margin holds half of the last tick label ("100%").
const SMALL_MARGIN = margin(24, 28, 24, 4);
const SMALL_WIDTH = 320;
const ZERO_DOT = { r: 5, fill: '#ffffff', stroke: INK, strokeWidth: 2 } as const;
// Year and percentage ticks a little lower, clear of the value axis's lowest label at the corner.
const X_TICK = { ...tickStyle(15), dy: 4 };

function SmallChart({ rows, marks, which, animate, horizonLabel }: { rows: SensitivityRow[]; marks: SensitivityMarks; which: Which; animate: boolean; horizonLabel: string }) {
  const { max, ...axis } = X_AXIS[which];
  const zeroOnChart = marks.zero !== null && marks.zero <= max;
  // Explicit ticks, labelled in £m or £bn as they need (useValueAxis), the axis as wide as its longest label.
  const valueAxis = useValueAxis(useMemo(() => sensitivityAxis(rows), [rows]), 15, 60);
  const valueAxisWidth = valueAxis.width;
  // The chart's own width once measured (the print puts both in a third of the page); until then
  // half the drawing where the two sit side by side (styles.css, .small-multiples from 701 px).
  const { width: drawing } = useContext(PlotRoomContext);
  const [measured, setMeasured] = useState<number | null>(null);
  const chartWidth = measured ?? (drawing === null ? SMALL_WIDTH : drawing > 700 ? (drawing - 16) / 2 : drawing);
  const plotWidth = Math.max(1, chartWidth - valueAxisWidth - SMALL_MARGIN.left - SMALL_MARGIN.right);
  const at = (x: number) => (Math.min(max, Math.max(0, x)) / max) * plotWidth;
  // A small drawing (the printed page puts both charts in a third of its width) takes smaller
  // marks, and a bare "Now" where even that would run into the axis: the setting is printed above.
  const markSize = plotWidth < 160 ? 11 : 14;
  const nowText = plotWidth < 120 ? 'Now' : `Now: ${stepText(marks.current, which)}`;
  const nowLabel = useStable({ value: nowText, position: nowLabelSide(nowText, at(marks.current), plotWidth, markSize), fill: MARKER, fontSize: markSize } as const);
  const zeroText = marks.zero === null ? '' : `Zero at ${xText(marks.zero, which)}`;
  const zeroSide = marks.zero === null ? 'right' : zeroLabelSide(zeroText, at(marks.zero), at(marks.current), plotWidth, markSize);
  const zeroLabel = useStable(
    marks.zero === null ? undefined : ({ value: zeroText, position: zeroSide, dy: zeroSide === 'left' ? markSize : -markSize, fill: INK, fontSize: markSize } as const),
  );
  const tipValue = useCallback((v: unknown) => [formatMoney(Number(v)), horizonLabel] as [string, string], [horizonLabel]);
  const tipLabel = useCallback((x: unknown) => `${which === 'leakage' ? 'Leakage' : 'Delay'} ${xText(Number(x), which)}`, [which]);
  return (
    <div className="small-chart">
      <p className="small-chart-title">{which === 'leakage' ? 'Against leakage' : 'Against delay'}</p>
      <Drawing height={240} initialWidth={SMALL_WIDTH} onResize={setMeasured}>
        {(_height, _width, hovered) => (
          <LineChart data={rows} margin={SMALL_MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} />
            <XAxis
              dataKey="x"
              type="number"
              domain={axis.domain}
              ticks={axis.ticks}
              tickFormatter={axis.format}
              tick={X_TICK}
              label={axis.label}
            />
            <YAxis tick={tickStyle(15)} {...valueAxis} interval={0} />
            <StableReferenceLine y={0} stroke={ZERO_LINE} />
            <StableReferenceLine x={Math.min(max, marks.current)} {...MARKER_LINE} label={nowLabel} />
            {hovered && <Tooltip formatter={tipValue} labelFormatter={tipLabel} isAnimationActive={false} />}
            <Line dataKey="npv" stroke={CUMULATIVE} strokeWidth={2.5} dot={false} type="linear" isAnimationActive={animate} name={horizonLabel} />
            {zeroOnChart && <StableReferenceDot x={marks.zero!} y={0} {...ZERO_DOT} label={zeroLabel} />}
          </LineChart>
        )}
      </Drawing>
    </div>
  );
}

export const SensitivityChart = memo(function SensitivityChart({ data, results, settings, animate }: MainChartProps) {
  const curves = useMemo(() => selectCurves(data, settings), [data, settings]);
  const charts = useMemo(() => WHICH.map((which) => ({ which, rows: buildSensitivityRows(curves, which) })), [curves]);
  const marks = (which: Which) => sensitivityMarks(results, settings, which);
  const horizonLabel = `${settings.horizon}-year net benefit`;
  const overrides = Object.keys(settings.leakageByTheme).length + Object.keys(settings.delayByTheme).length > 0;
  const costWords = delayCostWords(results, settings, horizonLabel);
  const summaries = charts.map(({ which, rows }) => sensitivitySummary(which, rows, marks(which), horizonLabel));

  return (
    <ChartFrame
      chart="sensitivity"
      title="How robust is the case?"
      settings={settings}
      summary={`${summaries.join(' ')}${costWords ? ` ${costWords}` : ''}`}
      description={
        <p>
          The {horizonLabel} if more of the benefit leaks away or arrives later, with everything else as set. The dashed line marks the current setting; the circle marks where the net benefit reaches zero.
          {overrides && ' Each chart applies one leakage or delay to every theme, so per-theme settings are set aside here.'}
          {costWords && (
            <>
              {' '}
              <strong className="delay-cost">{costWords}</strong>
            </>
          )}
        </p>
      }
      table={
        <div className="table-pair">
          {charts.map(({ which, rows }) => (
            <DataTable key={which} spec={() => sensitivityTableSpec(rows, which, horizonLabel)} />
          ))}
        </div>
      }
      note={<>Zero points are the report’s “switching values” (EY 2013, 6.2.2 scenarios 1 and 3), found exactly by the model rather than read off the chart.</>}
    >
      <div className="small-multiples">
        {charts.map(({ which, rows }) => (
          <SmallChart key={which} rows={rows} marks={marks(which)} which={which} animate={animate} horizonLabel={horizonLabel} />
        ))}
      </div>
    </ChartFrame>
  );
});
