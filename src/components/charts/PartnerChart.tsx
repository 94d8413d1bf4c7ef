import { memo, useCallback, useId, useMemo, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import type { ModelData, Results, Settings } from '../../model';
import { useBaseline, usePresenter, useSettingsStore } from '../../state';
import { formatAxisMoney, formatMoney, formatPercent, lowerFirst, moneyDifference, percentDifference, percentPlaces, roundAway } from '../format';
import { GHOST_FILL, GRID, INK, OUTLINE, PARTNER_COLOURS, ZERO_LINE } from '../palette';
import { ChartFrame } from './ChartFrame';
import { FittedHeight } from './plotRoom';
import { useWhileHovered } from './hoverTip';
import { margin, StableReferenceLine, tickInterval, tickStyle, useStable } from './stableProps';
import { useNarrow } from '../useNarrow';
import { actsAloneWords, leftOutWords } from '../lensWords';
import { PartnerFigureCells } from './PartnerFigureCells';
import { buildPartnerRows, partnerAxis, partnerChartRows, partnerLabelWidth, type PartnerChartRow, type PartnerMeasure, type PartnerRow } from './partnerRows';

export interface PartnerChartProps {
  data: ModelData;
  results: Results;
  settings: Settings;
  animate: boolean;
}

type Measure = PartnerMeasure;

const fmtValue = (v: number, measure: Measure) => (measure === 'budget' ? formatPercent(v / 100) : formatMoney(v));
const fmtAxis = (v: number, measure: Measure) => (measure === 'budget' ? `${Number(v.toFixed(2))}%` : formatAxisMoney(v));

/** A figure's change from the report base, by the one rule for differences (format.ts). */
const changeOf = (value: number, base: number | null, measure: Measure) =>
  base === null ? null : measure === 'budget' ? percentDifference(value / 100, base / 100) : moneyDifference(value, base);

/** What each measure is called in the switch, the chart's words and its tooltip. */
const measureName = (measure: Measure, horizon: number) =>
  measure === 'npv' ? `${horizon}-year net benefit` : measure === 'money' ? 'Annual net benefit' : 'Share of budget';

function lensWords(settings: Settings, data: ModelData): string {
  const name = (id: string) => data.partners.find((p) => p.id === id)?.name ?? id;
  if (settings.lens.kind === 'lead') return actsAloneWords(name(settings.lens.partner));
  if (settings.lens.kind === 'exclude') return leftOutWords(name(settings.lens.partner));
  return '';
}

function summarise(rows: readonly PartnerChartRow[], names: Record<string, string>, measure: Measure, horizon: number): string {
  const parts = [...rows]
    .sort((a, b) => b.value - a.value)
    .map((r) => {
      const change = changeOf(r.value, r.base, measure);
      return `${names[r.key] ?? r.key} ${fmtValue(r.value, measure)}${change ? ` (${change.words} on the report base)` : ''}`;
    });
  const what =
    measure === 'npv'
      ? `each partner’s ${horizon}-year net benefit`
      : measure === 'money'
        ? 'each partner’s annual net benefit'
        : 'annual net benefit as a share of each department’s budget';
  return `Bar chart of ${what}, with the report base beside it: ${parts.join('; ')}.`;
}

/** Whether the shares, each rounded as the table shows them, miss 100%. */
const roundedSharesMiss = (rows: readonly PartnerRow[]) =>
  rows.every((r) => r.share !== null) && Math.abs(rows.reduce((sum, r) => sum + roundAway((r.share ?? 0) * 100, percentPlaces(r.share ?? 0)), 0) - 100) > 1e-6;

function PartnerTable({ rows, horizon }: { rows: readonly PartnerRow[]; horizon: number }) {
  // The rows add up to the totals (buildPartnerRows).
  const add = (pick: (r: PartnerRow) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
  const total = {
    npv: add((r) => r.npv),
    annual: add((r) => r.annual),
    base: rows.every((r) => r.base) ? { npv: add((r) => r.base!.npv), annual: add((r) => r.base!.annual) } : null,
  };
  return (
    <table>
      <caption>Net benefit by partner over {horizon} years and a year once fully running, with the change from the report base</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">{horizon}-year net benefit</th>
          <th scope="col">Change from report base</th>
          <th scope="col">A year once running</th>
          <th scope="col">Change from report base</th>
          <th scope="col">Share of total</th>
          <th scope="col">Range across pilots, a year</th>
          <th scope="col">Department budget</th>
          <th scope="col">% of budget</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <PartnerFigureCells row={r} />
            <td>{formatPercent(r.share)}</td>
            <td>{r.range ? `${formatMoney(r.range[0])} to ${formatMoney(r.range[1])}` : '–'}</td>
            <td>{r.budget ? `${formatMoney(r.budget.value)} (${r.budget.kind})` : '–'}</td>
            <td>{formatPercent(r.pctOfBudget)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <PartnerFigureCells row={total} />
          <td>{rows.every((r) => r.share !== null) ? formatPercent(1) : '–'}</td>
          <td>–</td>
          <td>–</td>
          <td>–</td>
        </tr>
        {/* Under the total rather than in the caption, so the table's name stays the same as sliders move. */}
        {roundedSharesMiss(rows) && (
          <tr>
            <td colSpan={9} className="table-note">
              Shares are rounded one by one, so they do not add to exactly 100%.
            </td>
          </tr>
        )}
      </tfoot>
    </table>
  );
}

/**
 * A category label on two lines: the partner, and under it the figure with its change from the
 * report base ("£4.1bn ▼ £0.9bn"), so the figures are on the chart itself (presenter mode shows
 * no table and no tooltip). The row's label carries both lines, so this function never changes.
 */
function TwoLineTick({ x, y, payload, fontSize }: YAxisTickContentProps & { fontSize: number }) {
  const [name = '', figure = ''] = String(payload?.value ?? '').split('\n');
  const at = Number(x) - 4;
  // Inline, so the size that fits the row wins over presenter mode's larger chart text.
  return (
    <text x={at} y={Number(y)} textAnchor="end" fill={INK} fontSize={fontSize} style={{ fontSize }} className="recharts-text partner-tick">
      <tspan x={at} dy="-0.25em">
        {name}
      </tspan>
      <tspan x={at} dy="1.2em" fontWeight={700}>
        {figure}
      </tspan>
    </text>
  );
}
/** One renderer per font size, so the axis is not redrawn for a new function at every step. */
const tickRenderers = new Map<number, (props: YAxisTickContentProps) => ReactElement>();
function twoLineTick(fontSize: number) {
  let render = tickRenderers.get(fontSize);
  if (!render) {
    render = (props: YAxisTickContentProps) => <TwoLineTick {...props} fontSize={fontSize} />;
    tickRenderers.set(fontSize, render);
  }
  return render;
}

/**
 * The label size at which a partner's two lines fit its row: the chart's own size where there is
 * room, smaller where the chart is fitted to a short screen (a 1024×768 projector), never below 12 px.
 */
export const partnerLabelSize = (rowPitch: number, preferred: number): number => Math.max(12, Math.min(preferred, Math.floor(rowPitch / 2.3)));

function PartnerChartImpl({ data, results, settings, animate }: PartnerChartProps) {
  const [hovered, hoverHandlers] = useWhileHovered();
  const measure = useSettingsStore((s) => s.ui.partnerMeasure);
  const setMeasure = useSettingsStore((s) => s.setPartnerMeasure);
  const baseline = useBaseline();
  const rows = useMemo(() => buildPartnerRows(results, data, settings, baseline), [results, data, settings, baseline]);
  const chartRows = useMemo(
    () =>
      partnerChartRows(rows, measure).map((r) => {
        const change = changeOf(r.value, r.base, measure);
        return { ...r, label: `${r.label}\n${fmtValue(r.value, measure)}${change && change.text !== 'no change' ? ` ${change.text}` : ''}` };
      }),
    [rows, measure],
  );
  const names = useMemo(() => Object.fromEntries(rows.map((r) => [r.key, r.name])), [rows]);
  // New only when the ticks change, not at every slider step (a new axis prop redraws the chart).
  const axis = useStable(partnerAxis(chartRows));
  const name = useId();
  const hasRanges = chartRows.some((r) => r.error !== null);
  const what = measureName(measure, settings.horizon);
  const presenter = usePresenter();
  const narrow = useNarrow();
  const tick = presenter ? 20 : 15;
  const height = 56 + chartRows.length * (presenter ? 58 : 50);
  // The bar's children change only with the partners shown, not with every slider step. The
  // whiskers never animate: left to recharts' default they restart a 400 ms transition at every
  // step (redrawn in every frame), and animated only after a finished change they would still
  // collapse and regrow on a change that leaves them where they were.
  const colourKeys = chartRows.map((r) => r.key).join(' ');
  const barParts = useMemo(
    () => [
      ...colourKeys.split(' ').map((key) => <Cell key={key} fill={PARTNER_COLOURS[key as keyof typeof PARTNER_COLOURS]} />),
      hasRanges ? <ErrorBar key="error" dataKey="error" width={10} stroke={INK} strokeWidth={1.5} direction="x" isAnimationActive={false} /> : null,
    ],
    [colourKeys, hasRanges],
  );
  const initialSize = useMemo(() => ({ width: 640, height }), [height]);
  const axisText = useCallback((v: number) => fmtAxis(v, measure), [measure]);
  const tipText = useCallback((v: unknown, n: unknown) => [fmtValue(Number(v), measure), String(n)] as [string, string], [measure]);

  const tools = (
    <fieldset className="segmented">
      <legend className="visually-hidden">Show partner figures as</legend>
      {(
        [
          ['npv', `${settings.horizon}-year net benefit`],
          ['money', '£bn a year'],
          ['budget', '% of budget'],
        ] as const
      ).map(([value, label]) => (
        <label key={value} className={measure === value ? 'is-selected' : undefined}>
          <input type="radio" name={name} value={value} checked={measure === value} onChange={() => setMeasure(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );

  // Room for each partner's pair of bars (its figure and the report base) in the height given.
  const rowPitch = (fitted: number) => (fitted - 56) / Math.max(1, chartRows.length);
  return (
    <ChartFrame
      chart="partners"
      title="Who gets the savings"
      settings={settings}
      tools={tools}
      summary={summarise(chartRows, names, measure, settings.horizon)}
      description={
        <p>
          {measure === 'npv'
            ? `Net benefit landing with each partner over ${settings.horizon} years, at today’s value.`
            : measure === 'money'
              ? 'Annual net benefit landing with each partner once the changes are fully running.'
              : 'Annual net benefit landing with each partner as a share of its budget (DEL or AME, as the report quotes it).'}{' '}
          The pale bar with a dashed edge is the report base; each label gives the figure and its change from it.{' '}
          {hasRanges ? 'Whiskers show the range across the pilots’ own business cases.' : lensWords(settings, data)}
        </p>
      }
      table={<PartnerTable rows={rows} horizon={settings.horizon} />}
      note={<>Source: partner shares and ranges from EY 2013, sections 6.2–6.4 (scenario 2); budgets as quoted in the report.</>}
    >
      <div {...hoverHandlers}>
        {/* Its own height, or the room left on the first screen (at least 30 px a bar, 26 in presenter mode). */}
        <FittedHeight natural={height} least={56 + chartRows.length * (presenter ? 26 : 30)}>{(fitted) => (
        <ResponsiveContainer width="100%" height={fitted} initialDimension={initialSize}>
          <BarChart data={chartRows} layout="vertical" margin={margin(4, presenter ? 36 : 24, 4, 8)} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} horizontal={false} />
            <XAxis type="number" tickFormatter={axisText} tick={tickStyle(tick)} domain={axis.domain} ticks={axis.ticks} interval={tickInterval(narrow)} />
            <YAxis type="category" dataKey="label" width={partnerLabelWidth(presenter, narrow)} tick={twoLineTick(partnerLabelSize(rowPitch(fitted), tick))} tickLine={false} interval={0} />
            <StableReferenceLine x={0} stroke={ZERO_LINE} />
            {hovered && <Tooltip formatter={tipText} isAnimationActive={false} />}
            <Bar dataKey="base" name={`Report base: ${lowerFirst(what)}`} fill={GHOST_FILL} stroke={OUTLINE} strokeWidth={1} strokeDasharray="4 3" isAnimationActive={false} barSize={Math.min(presenter ? 10 : 8, Math.floor(rowPitch(fitted) * 0.2))} />
            <Bar dataKey="value" name={what} stroke={OUTLINE} strokeWidth={0.5} isAnimationActive={animate} animationDuration={presenter ? 300 : undefined} barSize={Math.min(presenter ? 30 : 22, Math.floor(rowPitch(fitted) * 0.55))}>
              {barParts}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
        )}</FittedHeight>
      </div>
    </ChartFrame>
  );
}

export const PartnerChart = memo(PartnerChartImpl);
