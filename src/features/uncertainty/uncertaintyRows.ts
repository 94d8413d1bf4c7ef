import { niceAxis, stepTicks, type NiceAxis } from '../../ui/chart/niceAxis';
import { ADJUSTMENT_RANGE_KEYS, niceStep, type McSummary, type ModelData, type Settings, type Theme, type TornadoLeftOut, type TornadoSummary } from '../../model';
import { formatCount, formatMoney, formatPercent, formatYears, lowerFirst } from '../../lib/format';
import { partnerOrder, type PartnerKey } from '../../ui/palette';

export interface FanRow {
  year: string;
  /** The bands, 10th–90th and 25th–75th percentile, £bn. */
  outer: [number, number];
  inner: [number, number];
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

export const buildFanRows = (s: McSummary): FanRow[] =>
  s.yearly.map((y) => ({ year: y.year, outer: [y.p10, y.p90], inner: [y.p25, y.p75], p10: y.p10, p25: y.p25, p50: y.p50, p75: y.p75, p90: y.p90 }));

export const fanAxis = (rows: readonly FanRow[]): NiceAxis => niceAxis(rows.flatMap((r) => [r.p10, r.p90]));

export interface HistogramRow {
  /** Middle of the bin (the x position). */
  mid: number;
  from: number;
  to: number;
  count: number;
  share: number;
  gain: boolean;
}

export const buildHistogramRows = (s: McSummary): HistogramRow[] =>
  s.histogram.map((b) => ({ mid: (b.from + b.to) / 2, from: b.from, to: b.to, count: b.count, share: s.done ? b.count / s.done : 0, gain: b.from >= 0 }));

/** Over every bin and the figure as set (so its marker stays on), `ticks` at most (six "£14bn" run together on a phone). */
export const histogramAxis = (rows: readonly HistogramRow[], asSet: number | null, ticks: number): NiceAxis =>
  niceAxis([...rows.flatMap((r) => [r.from, r.to]), ...(asSet === null ? [] : [asSet])], ticks, 0.01, false);

export interface PercentileRow {
  id: string;
  label: string;
  value: number;
}

export const buildPercentileRows = (s: McSummary): PercentileRow[] => [
  { id: 'p5', label: '5th percentile', value: s.npv.p5 },
  { id: 'p10', label: '10th percentile', value: s.npv.p10 },
  { id: 'p25', label: '25th percentile', value: s.npv.p25 },
  { id: 'p50', label: 'Median (50th percentile)', value: s.npv.p50 },
  { id: 'p75', label: '75th percentile', value: s.npv.p75 },
  { id: 'p90', label: '90th percentile', value: s.npv.p90 },
  { id: 'p95', label: '95th percentile', value: s.npv.p95 },
  { id: 'mean', label: 'Mean', value: s.npv.mean },
];

export interface PartnerChanceRow {
  partner: PartnerKey;
  name: string;
  probGain: number;
  p10: number;
  p50: number;
  p90: number;
}

export function buildPartnerChanceRows(s: McSummary, data: ModelData): PartnerChanceRow[] {
  const name = (id: PartnerKey) => (id === 'unallocated' ? 'Nobody (unallocated)' : (data.partners.find((p) => p.id === id)?.name ?? id));
  return partnerOrder(data).flatMap((id) => {
    const p = s.partners.find((x) => x.partner === id);
    return p ? [{ partner: id, name: name(id), probGain: p.probGain, p10: p.p10, p50: p.p50, p90: p.p90 }] : [];
  });
}

export interface TornadoBarRow {
  id: string;
  label: string;
  lowText: string;
  highText: string;
  lowNpv: number;
  highNpv: number;
  /** From the figure as set to each end. */
  lowBar: [number, number];
  highBar: [number, number];
  swing: number;
}

const themeName = (data: ModelData, id: Theme['id']) => data.themes.find((t) => t.id === id)?.name ?? id;
const rangePct = (v: number) => formatPercent(v, v * 100 === Math.round(v * 100) ? 0 : 1);

const SETTING_NAMES = {
  scale: 'Take-up',
  leakage: 'Leakage',
  delay: 'Delay',
  rate: 'Discount rate',
  deadweight: 'Deadweight',
  displacement: 'Displacement',
  attribution: 'Attribution to others',
  obBenefit: 'Optimism bias on benefits',
  obCost: 'Optimism bias on costs',
} as const;

function tornadoWords({ input, low, high }: TornadoSummary['rows'][number], data: ModelData): [string, string, string] {
  if (input.kind === 'scenario') return ['Scenario, every theme', 'prudent', 'base'];
  if (input.kind === 'theme') return [`Benefit of ${themeName(data, input.theme).toLowerCase()}`, 'prudent', 'base'];
  if (input.kind === 'partner') {
    const ranged = input.themes.length > 0;
    const label = `Share to ${data.partners.find((p) => p.id === input.partner)?.name ?? input.partner}`;
    return ranged ? [label, 'lowest across cases', 'highest across cases'] : [label, 'no published range', 'no published range'];
  }
  const text = (v: number) => (input.key === 'delay' ? formatYears(v) : rangePct(v));
  return [`${SETTING_NAMES[input.key]}${input.fromUserRange ? ' (your range)' : ''}`, text(low.value), text(high.value)];
}

export function buildTornadoRows(t: TornadoSummary, data: ModelData): TornadoBarRow[] {
  return t.rows.map((r) => {
    const [label, lowText, highText] = tornadoWords(r, data);
    return { id: r.id, label, lowText, highText, lowNpv: r.low.npv, highNpv: r.high.npv, lowBar: [t.base, r.low.npv], highBar: [t.base, r.high.npv], swing: r.swing };
  });
}

const LEFT_OUT_NAMES = { scale: 'take-up', leakage: 'leakage', delay: 'delay', rate: 'the discount rate', scenario: 'the scenario' } as const;

/** What the tornado leaves out and why: a setting with no range swung across its whole slider would measure the slider. */
export function tornadoLeftOutText(leftOut: readonly TornadoLeftOut[]): string {
  const settings = leftOut.filter((k) => k !== 'rate' && k !== 'scenario').map((k) => LEFT_OUT_NAMES[k]);
  const parts: string[] = [];
  if (settings.length) {
    const one = settings.length === 1;
    const them = one ? 'it' : 'them';
    const list = one ? settings[0]! : `${settings.slice(0, -1).join(', ')} and ${settings.at(-1)!}`;
    parts.push(
      `Left out: ${list}, because you have set no range for ${them} (set a range for ${one ? 'it' : 'each'} above to include ${them}); ` +
        `the report gives none, and swinging ${them} across the whole slider would measure the slider, not the case.`,
    );
  }
  if (leftOut.includes('scenario')) parts.push('The scenario and each theme’s prudent-to-base swing are left out: this case gives a base scenario only.');
  if (leftOut.includes('rate')) parts.push('The discount rate is left out too: the report uses 3.5% and gives no range.');
  return parts.join(' ');
}

/** Why the figure as set sits at the top of the spread, when it does. */
export function asSetNote(settings: Settings, asSet: number, p90: number): string | null {
  if (settings.scenario < 1 || asSet < p90) return null;
  return 'It sits at the top of the spread because the report’s base case is the optimistic end of each theme’s range: every draw moves a theme from base towards prudent, never beyond base.';
}

/** Bars with a swing worth drawing (partner shares do not move the total with all partners together). */
export const visibleTornadoRows = (rows: TornadoBarRow[]): TornadoBarRow[] => rows.filter((r) => Math.abs(r.swing) > 1e-9);

export function tornadoSummaryText(rows: TornadoBarRow[], horizonLabel: string): string {
  const shown = visibleTornadoRows(rows).slice(0, 3);
  if (shown.length === 0) return `No assumption moves the ${horizonLabel}.`;
  const parts = shown.map((r) => `${r.label.toLowerCase()} (${formatMoney(r.lowNpv)} at ${r.lowText} to ${formatMoney(r.highNpv)} at ${r.highText})`);
  return `Horizontal bars of how far the ${horizonLabel} moves when one assumption at a time goes across its range. Largest: ${parts.join('; ')}.`;
}

export function fanSummaryText(rows: FanRow[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return 'No results yet.';
  return `Fan chart of the net benefit each year. In ${first.year} the middle 80% of draws lie between ${formatMoney(first.p10)} and ${formatMoney(first.p90)} (median ${formatMoney(first.p50)}); in ${last.year} between ${formatMoney(last.p10)} and ${formatMoney(last.p90)} (median ${formatMoney(last.p50)}).`;
}

export function histogramSummaryText(s: McSummary, horizonLabel: string): string {
  return `Histogram of the ${horizonLabel} over ${formatCount(s.done)} draws, from ${formatMoney(s.npv.min)} to ${formatMoney(s.npv.max)}; median ${formatMoney(s.npv.p50)}; ${formatPercent(s.npv.probPositive)} of draws are above zero.`;
}

export function rangeWords(settings: Settings): string[] {
  const r = settings.uncertainty?.ranges ?? {};
  const out: string[] = [];
  if (r.scale) out.push(`take-up ${rangePct(r.scale[0])} to ${rangePct(r.scale[1])}`);
  if (r.leakage) out.push(`leakage ${rangePct(r.leakage[0])} to ${rangePct(r.leakage[1])}`);
  if (r.delay) out.push(`delay ${formatYears(r.delay[0])} to ${formatYears(r.delay[1])}`);
  for (const key of ADJUSTMENT_RANGE_KEYS) {
    const range = r[key];
    if (range) out.push(`${lowerFirst(SETTING_NAMES[key])} ${rangePct(range[0])} to ${rangePct(range[1])}`);
  }
  return out;
}

/** Every bar end and the figure as set, with room either side, on round steps (recharts gave −£5bn, £1bn, £7bn …). */
export function tornadoAxis(rows: TornadoBarRow[], base: number): NiceAxis {
  const ends = rows.flatMap((r) => [r.lowNpv, r.highNpv]).concat(base);
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  const step = niceStep(hi - lo || Math.abs(base) || 1, 5);
  return stepTicks(Math.floor(lo / step) - (lo % step === 0 ? 1 : 0), Math.ceil(hi / step) + (hi % step === 0 ? 1 : 0), step);
}
