import { memo, useCallback, useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import type { ModelData, Settings } from '../../model';
import { useBaseline, usePresenter, useUiStore } from '../../state';
import { lowerFirst, moneyAxisFormat } from '../../lib/format';
import { GHOST_FILL, GRID, INK, OUTLINE, partnerColours, partnerOrder, ZERO_LINE } from '../../ui/palette';
import { ChartFrame, type MainChartProps } from '../../ui/chart/ChartFrame';
import { Drawing } from '../../ui/chart/Drawing';
import { margin, once, StableReferenceLine, tickInterval, tickStyle, useStable } from '../../ui/chart/stableProps';
import { useNarrow } from '../../lib/useNarrow';
import { actsAloneWords, leftOutWords } from '../../lib/lensWords';
import { figuresSource, payWords } from '../../lib/describe';
import { partnerTableSpec } from './chartTables';
import { DataTable } from '../../ui/DataTable';
import {
  buildPartnerRows,
  partnerAxis,
  partnerLabelColumn,
  partnerLabelFit,
  partnerLabelledRows,
  partnerMeasureName,
  partnerSummary,
  partnerValueText,
  type LabelFit,
} from './partnerRows';

function lensWords({ lens }: Settings, data: ModelData): string {
  if (lens.kind === 'all') return '';
  const name = data.partners.find((p) => p.id === lens.partner)?.name ?? lens.partner;
  return lens.kind === 'lead' ? actsAloneWords(name) : leftOutWords(name);
}

// The partner over its figure and change ("£4.1bn ▼ £0.9bn"), as presenter mode has no table or tooltip;
// a projector's short screen gets one line, partner and figure (the change shows as the gap to the base bar).
function PartnerTick({ x, y, payload, fit }: YAxisTickContentProps & { fit: LabelFit }) {
  const [name = '', figure = '', change = ''] = String(payload?.value ?? '').split('\n');
  const at = Number(x) - 4;
  const { size: fontSize } = fit;
  // Inline, so the size that fits the row wins over presenter mode's larger chart text.
  const common = { x: at, textAnchor: 'end' as const, fill: INK, fontSize, style: { fontSize }, className: 'recharts-text partner-tick' };
  if (fit.lines === 1) {
    return (
      <text {...common} y={Number(y)} dy="0.35em">
        {name} <tspan fontWeight={700}>{figure}</tspan>
      </text>
    );
  }
  return (
    <text {...common} y={Number(y)}>
      <tspan x={at} dy="-0.25em">
        {name}
      </tspan>
      <tspan x={at} dy="1.2em" fontWeight={700}>
        {change ? `${figure} ${change}` : figure}
      </tspan>
    </text>
  );
}
// One renderer per fit, so the axis is not redrawn for a new function at every step.
const partnerTick = once((lines: LabelFit['lines'], size: number) => (props: YAxisTickContentProps) => (
  <PartnerTick {...props} fit={{ lines, size }} />
));

export const PartnerChart = memo(function PartnerChart({ data, results, settings, animate }: MainChartProps) {
  // "% of budget" only where some partner has a budget (a place's own case may give none).
  const hasBudgets = data.partners.some((p) => p.budget);
  const chosen = useUiStore((s) => s.partnerMeasure);
  const measure = chosen === 'budget' && !hasBudgets ? 'npv' : chosen;
  const setMeasure = useUiStore((s) => s.setPartnerMeasure);
  const baseline = useBaseline();
  const rows = useMemo(() => buildPartnerRows(results, data, settings, baseline), [results, data, settings, baseline]);
  const chartRows = useMemo(() => partnerLabelledRows(rows, measure), [rows, measure]);
  const names = useMemo(() => Object.fromEntries(rows.map((r) => [r.key, r.name])), [rows]);
  const axis = useStable(partnerAxis(chartRows, measure));
  const name = useId();
  const hasRanges = chartRows.some((r) => r.error !== null);
  const what = partnerMeasureName(measure, settings.horizon);
  const presenter = usePresenter();
  const narrow = useNarrow();
  const tick = presenter ? 20 : 15;
  // The bar's children change only with the partners shown. Whiskers never animate: recharts would
  // restart a 400 ms transition at every step, or collapse and regrow them where they stay.
  // Colours by the case's own order of partners, so a place's own partners are not drawn black.
  const colours = partnerColours(partnerOrder(data));
  const colourKeys = chartRows.map((r) => r.key).join('\u0000');
  const barParts = useMemo(
    () => [
      ...(colourKeys ? colourKeys.split('\u0000') : []).map((key) => <Cell key={key} fill={colours[key] ?? INK} />),
      hasRanges ? <ErrorBar key="error" dataKey="error" width={10} stroke={INK} strokeWidth={1.5} direction="x" isAnimationActive={false} /> : null,
    ],
    [colourKeys, colours, hasRanges],
  );
  // Money in £m where every tick is under £1bn (a place's own case), else £bn.
  const money = useMemo(() => moneyAxisFormat(axis.ticks), [axis]);
  const tickText = useCallback((v: number) => (measure === 'budget' ? `${Number(v.toFixed(2))}%` : money(v)), [measure, money]);
  const tipText = useCallback((v: unknown, n: unknown) => [partnerValueText(Number(v), measure), String(n)] as [string, string], [measure]);

  const measures = (
    [
      ['npv', `${settings.horizon}-year net benefit`],
      ['money', data.published ? '£bn a year' : '£ a year'],
      ['budget', '% of budget'],
    ] as const
  ).filter(([value]) => value !== 'budget' || hasBudgets);
  const tools = (
    <fieldset className="segmented">
      <legend className="visually-hidden">Show partner figures as</legend>
      {measures.map(([value, label]) => (
        <label key={value} className={measure === value ? 'is-selected' : undefined}>
          <input type="radio" name={name} value={value} checked={measure === value} onChange={() => setMeasure(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );

  const rowPitch = (fitted: number) => (fitted - 56) / Math.max(1, chartRows.length);
  return (
    <ChartFrame
      chart="partners"
      title="Who gets the savings"
      settings={settings}
      tools={tools}
      summary={partnerSummary(chartRows, names, measure, settings.horizon)}
      description={
        <p>
          {measure === 'npv'
            ? `Net benefit landing with each partner over ${settings.horizon} years, at today’s value.`
            : measure === 'money'
              ? 'Annual net benefit landing with each partner once the changes are fully running.'
              : 'Annual net benefit landing with each partner as a share of its budget (DEL or AME, as the report quotes it).'}{' '}
          The pale bar with a dashed edge is {data.published ? 'the report base' : 'the case as given'}; each label gives the figure and its change from it.{' '}
          {hasRanges ? (data.published ? 'Whiskers show the range across the pilots’ own business cases.' : 'Whiskers show the range the case gives for each partner’s shares.') : lensWords(settings, data)}
          {settings.pay.kind !== 'share' && ` Who pays, as set in the deal room: ${payWords(settings, data)}.`}
        </p>
      }
      table={<DataTable spec={partnerTableSpec(rows, settings.horizon, data.published ? undefined : 'the case as given')} />}
      note={<>Source: partner shares{data.published || hasRanges ? ' and ranges' : ''} from {figuresSource(data, 'EY 2013, sections 6.2–6.4 (scenario 2)')}; budgets as {data.published ? 'quoted in the report' : 'entered'}.</>}
    >
      <Drawing height={56 + chartRows.length * (presenter ? 58 : 50)} least={56 + chartRows.length * (presenter ? 26 : 30)}>
        {(fitted, _width, hovered) => {
          const fit = partnerLabelFit(rowPitch(fitted), tick, presenter);
          return (
            <BarChart data={chartRows} layout="vertical" margin={margin(4, presenter ? 36 : 24, 4, 8)} accessibilityLayer={false}>
              <CartesianGrid stroke={GRID} horizontal={false} />
              <XAxis type="number" tickFormatter={tickText} tick={tickStyle(tick)} domain={axis.domain} ticks={axis.ticks} interval={tickInterval(narrow)} />
              <YAxis type="category" dataKey="label" width={partnerLabelColumn(chartRows, fit, presenter, narrow)} tick={partnerTick(fit.lines, fit.size)} tickLine={false} interval={0} />
              <StableReferenceLine x={0} stroke={ZERO_LINE} />
              {hovered && <Tooltip formatter={tipText} isAnimationActive={false} />}
              <Bar dataKey="base" name={`Report base: ${lowerFirst(what)}`} fill={GHOST_FILL} stroke={OUTLINE} strokeWidth={1} strokeDasharray="4 3" isAnimationActive={false} barSize={Math.min(presenter ? 10 : 8, Math.floor(rowPitch(fitted) * 0.2))} />
              <Bar dataKey="value" name={what} stroke={OUTLINE} strokeWidth={0.5} isAnimationActive={animate} animationDuration={presenter ? 300 : undefined} barSize={Math.min(presenter ? 30 : 22, Math.floor(rowPitch(fitted) * 0.55))}>
                {barParts}
              </Bar>
            </BarChart>
          );
        }}
      </Drawing>
    </ChartFrame>
  );
});
