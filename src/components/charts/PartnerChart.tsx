import { memo, useCallback, useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ModelData, Results, Settings } from '../../model';
import { usePresenter, useSettingsStore } from '../../state';
import { formatAxisMoney, formatMoney, formatPercent, roundAway } from '../format';
import { GRID, INK, OUTLINE, PARTNER_COLOURS, ZERO_LINE } from '../palette';
import { ChartFrame } from './ChartFrame';
import { FittedHeight } from './plotRoom';
import { useWhileHovered } from './hoverTip';
import { margin, StableReferenceLine, tickInterval, tickStyle, useStable } from './stableProps';
import { useNarrow } from '../useNarrow';
import { buildPartnerRows, partnerAxis, partnerChartRows, partnerLabelWidth, type PartnerRow } from './partnerRows';

export interface PartnerChartProps {
  data: ModelData;
  results: Results;
  settings: Settings;
  animate: boolean;
}

type Measure = 'money' | 'budget';

const fmtValue = (v: number, measure: Measure) => (measure === 'money' ? formatMoney(v) : formatPercent(v / 100, 1));
const fmtAxis = (v: number, measure: Measure) => (measure === 'money' ? formatAxisMoney(v) : `${Number(v.toFixed(2))}%`);

function lensWords(settings: Settings, data: ModelData): string {
  const name = (id: string) => data.partners.find((p) => p.id === id)?.name ?? id;
  if (settings.lens.kind === 'lead') return `${name(settings.lens.partner)} acts alone, so it pays all the costs and keeps only its own share of the savings.`;
  if (settings.lens.kind === 'exclude') return `${name(settings.lens.partner)} is left out; the others share what remains.`;
  return '';
}

function summarise(rows: readonly PartnerRow[], measure: Measure): string {
  const sorted = [...rows].sort((a, b) => (measure === 'money' ? b.annual - a.annual : (b.pctOfBudget ?? 0) - (a.pctOfBudget ?? 0)));
  const parts = sorted
    .filter((r) => measure === 'money' || r.budget)
    .map((r) => `${r.name} ${measure === 'money' ? formatMoney(r.annual) : formatPercent(r.pctOfBudget, 1)}`);
  const what = measure === 'money' ? 'each partner’s annual net benefit' : 'annual net benefit as a share of each department’s budget';
  return `Bar chart of ${what}: ${parts.join('; ')}.`;
}

/** Whether the shares, each rounded to one decimal place as the table shows them, miss 100%. */
const roundedSharesMiss = (rows: readonly PartnerRow[]) =>
  rows.every((r) => r.share !== null) && Math.abs(rows.reduce((sum, r) => sum + roundAway((r.share ?? 0) * 100, 1), 0) - 100) > 1e-6;

function PartnerTable({ rows }: { rows: readonly PartnerRow[] }) {
  // The rows add up to the total annual net benefit (buildPartnerRows).
  const total = rows.reduce((sum, r) => sum + r.annual, 0);
  return (
    <table>
      <caption>Annual net benefit by partner once fully running, with the range across the pilots’ business cases</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">£bn a year</th>
          <th scope="col">Share of total</th>
          <th scope="col">Range across pilots, £bn</th>
          <th scope="col">Department budget</th>
          <th scope="col">% of budget</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td>{formatMoney(r.annual, { unit: 'bn', digits: 2 })}</td>
            <td>{formatPercent(r.share, 1)}</td>
            <td>{r.range ? `${formatMoney(r.range[0], { unit: 'bn', digits: 2 })} to ${formatMoney(r.range[1], { unit: 'bn', digits: 2 })}` : '–'}</td>
            <td>{r.budget ? `${formatMoney(r.budget.value)} (${r.budget.kind})` : '–'}</td>
            <td>{formatPercent(r.pctOfBudget, 2)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td>{formatMoney(total, { unit: 'bn', digits: 2 })}</td>
          <td>{rows.every((r) => r.share !== null) ? formatPercent(1, 1) : '–'}</td>
          <td>–</td>
          <td>–</td>
          <td>–</td>
        </tr>
        {/* Under the total rather than in the caption, so the table's name stays the same as sliders move. */}
        {roundedSharesMiss(rows) && (
          <tr>
            <td colSpan={6} className="table-note">
              Shares are rounded one by one, so they do not add to exactly 100%.
            </td>
          </tr>
        )}
      </tfoot>
    </table>
  );
}

function PartnerChartImpl({ data, results, settings, animate }: PartnerChartProps) {
  const [hovered, hoverHandlers] = useWhileHovered();
  const measure = useSettingsStore((s) => s.ui.partnerMeasure);
  const setMeasure = useSettingsStore((s) => s.setPartnerMeasure);
  const rows = useMemo(() => buildPartnerRows(results, data, settings), [results, data, settings]);
  const chartRows = useMemo(() => partnerChartRows(rows, measure), [rows, measure]);
  // New only when the ticks change, not at every slider step (a new axis prop redraws the chart).
  const axis = useStable(partnerAxis(chartRows));
  const name = useId();
  const hasRanges = rows.some((r) => r.range !== null);
  const presenter = usePresenter();
  const narrow = useNarrow();
  const tick = presenter ? 20 : 15;
  const height = 56 + chartRows.length * (presenter ? 52 : 44);
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
  const tipText = useCallback((v: unknown) => [fmtValue(Number(v), measure), measure === 'money' ? 'Annual net benefit' : 'Share of budget'] as [string, string], [measure]);

  const tools = (
    <fieldset className="segmented">
      <legend className="visually-hidden">Show partner figures as</legend>
      {(
        [
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

  return (
    <ChartFrame
      chart="partners"
      title="Who gets the savings"
      settings={settings}
      tools={tools}
      summary={summarise(rows, measure)}
      description={
        <p>
          {measure === 'money'
            ? 'Annual net benefit landing with each partner once the changes are fully running.'
            : 'Annual net benefit landing with each partner as a share of its budget (DEL or AME, as the report quotes it).'}{' '}
          {hasRanges ? 'Whiskers show the range across the pilots’ own business cases.' : lensWords(settings, data)}
        </p>
      }
      table={<PartnerTable rows={rows} />}
      note={<>Source: partner shares and ranges from EY 2013, sections 6.2–6.4 (scenario 2); budgets as quoted in the report.</>}
    >
      <div {...hoverHandlers}>
        {/* Its own height, or the room left on the first screen (at least 30 px a bar, 26 in presenter mode). */}
        <FittedHeight natural={height} least={56 + chartRows.length * (presenter ? 26 : 30)}>{(fitted) => (
        <ResponsiveContainer width="100%" height={fitted} initialDimension={initialSize}>
          <BarChart data={chartRows} layout="vertical" margin={margin(4, 24, 4, 8)} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} horizontal={false} />
            <XAxis type="number" tickFormatter={axisText} tick={tickStyle(tick)} domain={axis.domain} ticks={axis.ticks} interval={tickInterval(narrow)} />
            <YAxis type="category" dataKey="label" width={partnerLabelWidth(presenter, narrow)} tick={tickStyle(tick)} tickLine={false} />
            <StableReferenceLine x={0} stroke={ZERO_LINE} />
            {hovered && <Tooltip formatter={tipText} isAnimationActive={false} />}
            <Bar dataKey="value" name={measure === 'money' ? 'Annual net benefit' : 'Share of budget'} stroke={OUTLINE} strokeWidth={0.5} isAnimationActive={animate} animationDuration={presenter ? 300 : undefined} barSize={Math.min(presenter ? 34 : 26, Math.floor(((fitted - 56) / Math.max(1, chartRows.length)) * 0.72))}>
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
