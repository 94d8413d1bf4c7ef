import { memo, useCallback, useMemo } from 'react';
import { figuresSource } from '../../lib/describe';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { GoldenRow } from '../../model';
import { matchingReportScenario, publishedYearlyTotals, usePresenter } from '../../state';
import { shortYear } from '../../lib/format';
import { CUMULATIVE, GRID, OUTLINE, PUBLISHED, REST_GREY, themeColours, ZERO_LINE } from '../../ui/palette';
import { useNarrow } from '../../lib/useNarrow';
import { useValueAxis } from '../../ui/chart/axisWidth';
import { ChartFrame, type MainChartProps } from '../../ui/chart/ChartFrame';
import { Drawing } from '../../ui/chart/Drawing';
import { profileMoney, profileTableSpec, PUBLISHED_LABEL } from './chartTables';
import { DataTable } from '../../ui/DataTable';
import { LEGEND_STYLE, MANY_YEARS, margin, StableReferenceLine, tickInterval, tickStyle } from '../../ui/chart/stableProps';
import { alignedAxes, buildProfileRows, flattenProfileRows, OTHER_THEMES, otherThemeCount, profileSummary, profileThemes, runningExtent, yearExtent } from './profileRows';

const CUMULATIVE_LABEL = 'Running total (right-hand scale)';
const TICK = 15;
const INSIDE_BOX = { x: false, y: false };
// On a phone the tooltip, as wide as the chart (styles.css), starts at its left edge, not inside the plot.
const PHONE_TIP_AT = { x: 0 };
const PUBLISHED_LINE = { stroke: PUBLISHED, strokeWidth: 2, strokeDasharray: '6 4', strokeOpacity: 0.8, dot: false, type: 'linear', isAnimationActive: false } as const;
const PRESENTER_LEGEND = { ...LEGEND_STYLE, fontSize: 20 };
const LEGEND = { ...LEGEND_STYLE, fontSize: TICK };

type ProfileChartProps = MainChartProps & { golden: readonly GoldenRow[] };

export const BenefitProfileChart = memo(function BenefitProfileChart({ data, golden, results, settings, animate }: ProfileChartProps) {
  const scenario = matchingReportScenario(settings);
  const published = useMemo(() => (scenario && golden.length ? publishedYearlyTotals(golden, scenario) : null), [scenario, golden]);
  const hasPublished = published !== null && published.some((v) => v !== null);
  const rows = useMemo(() => buildProfileRows(results, data, hasPublished ? published : null, settings.lens), [results, data, published, hasPublished, settings.lens]);
  const chartRows = useMemo(() => flattenProfileRows(rows), [rows]);
  const ids = useMemo(() => profileThemes(results, data, settings.lens), [results, data, settings.lens]);
  // By the case's own order of themes (of those stacked, when the rest share a band): a place's own
  // themes take Okabe–Ito colours, not black; the band of the rest grey.
  const colours: Record<string, string> = { ...themeColours(ids.includes(OTHER_THEMES) ? ids.filter((id) => id !== OTHER_THEMES) : data.themes), [OTHER_THEMES]: REST_GREY };
  // One unit for every line of the tooltip, as the table: £bn to two places nationally, £m for a place's own case.
  const tooltipMoney = useMemo(() => {
    const { format } = profileMoney(rows);
    return (v: unknown, name: unknown) => [format(Number(v)), String(name)] as [string, string];
  }, [rows]);
  const others = otherThemeCount(results, data, ids);
  const themeName = (id: string) => (id === OTHER_THEMES ? `Other themes (${others})` : (data.themes.find((t) => t.id === id)?.shortName ?? id));
  const narrow = useNarrow();
  const presenter = usePresenter();
  // Presenter mode's bigger labels get four steps up the axes, not five, so they never touch.
  const axes = useMemo(() => alignedAxes(yearExtent(rows), runningExtent(rows), presenter ? 4 : 5), [rows, presenter]);
  const tick = presenter ? 20 : narrow ? 13 : TICK;
  const leastAxisWidth = presenter ? 78 : narrow ? 52 : 64;
  const left = useValueAxis(axes.left, tick, leastAxisWidth);
  const right = useValueAxis(axes.right, tick, leastAxisWidth);
  const duration = presenter ? 300 : undefined;
  const shortYears = narrow || presenter || chartRows.length > MANY_YEARS;
  // The tooltip lists the themes as the bars stack them, top first, then the lines.
  const stackOrder = useCallback((item: { dataKey?: unknown }) => {
    const i = ids.indexOf(String(item.dataKey) as (typeof ids)[number]);
    return i < 0 ? ids.length + (item.dataKey === 'cumulative' ? 0 : 1) : ids.length - 1 - i;
  }, [ids]);

  return (
    <ChartFrame
      chart="profile"
      title="Benefit profile"
      settings={settings}
      summary={profileSummary(rows, hasPublished)}
      description={
        <p>
          Net benefit each year (benefits minus costs, at today’s value), stacked by theme. Years below the line cost more than they save. The black line is the running total, read against the right-hand scale.
          {hasPublished && ` The dashed line is the report’s own yearly total for its ${scenario} scenario.`}
        </p>
      }
      table={<DataTable spec={() => profileTableSpec(rows, data, ids, hasPublished, others)} />}
      note={<>Source: model run on figures from {figuresSource(data, 'EY 2013, sections 6.2–6.4')}{hasPublished ? '; published yearly totals from the same sections' : ''}.</>}
    >
      <Drawing height={presenter ? 400 : 320} least={220}>
        {(_height, width, hovered) => {
          // Years are written short below about 4.6 characters' width a bar (two charts side by side on a laptop);
          // where even short ones would touch (ten years, a 320 px phone) the axis labels every second or third.
          const perYear = width === null ? Infinity : (width - left.width - right.width - 16) / Math.max(1, chartRows.length);
          const short = shortYears || perYear < tick * 4.8;
          return (
            <ComposedChart data={chartRows} stackOffset="sign" margin={narrow ? margin(8, 6, 4, 0) : margin(8, 8, 4, 8)} accessibilityLayer={false}>
              <CartesianGrid stroke={GRID} vertical={false} />
              <XAxis
                dataKey="year"
                tick={tickStyle(tick)}
                tickLine={false}
                interval={tickInterval(short)}
                tickFormatter={short ? shortYear : undefined}
              />
              {/* Each axis labels in £m or £bn as its own ticks need (useValueAxis). */}
              <YAxis yAxisId="year" tick={tickStyle(tick)} {...left} interval={0} />
              <YAxis
                yAxisId="running"
                orientation="right"
                tick={tickStyle(tick)}
                {...right}
                interval={0}
              />
              <StableReferenceLine yAxisId="year" y={0} stroke={ZERO_LINE} />
              {hovered && <Tooltip formatter={tooltipMoney} itemSorter={stackOrder} allowEscapeViewBox={INSIDE_BOX} position={narrow ? PHONE_TIP_AT : undefined} isAnimationActive={false} />}
              <Legend wrapperStyle={presenter ? PRESENTER_LEGEND : LEGEND} itemSorter={null} />
              {ids.map((id) => (
                <Bar key={id} yAxisId="year" dataKey={id} name={themeName(id)} stackId="net" fill={colours[id]} stroke={OUTLINE} strokeWidth={0.5} isAnimationActive={animate} animationDuration={duration} />
              ))}
              <Line yAxisId="running" dataKey="cumulative" name={CUMULATIVE_LABEL} stroke={CUMULATIVE} strokeWidth={2.5} dot={false} type="linear" isAnimationActive={animate} animationDuration={duration} />
              {hasPublished && <Line yAxisId="year" dataKey="published" name={PUBLISHED_LABEL} {...PUBLISHED_LINE} />}
            </ComposedChart>
          );
        }}
      </Drawing>
    </ChartFrame>
  );
});
