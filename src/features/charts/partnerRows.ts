import { delayFor, npvFloatAt, type ModelData, type PartnerId, type Results, type Settings } from '../../model';
import { formatMoney, formatPercent, moneyDifference, percentDifference } from '../../lib/format';
import { partnerOrder, type PartnerKey } from '../../ui/palette';
import { moneyAxis, niceAxis, type NiceAxis } from '../../ui/chart/niceAxis';

/** Money in £bn: a year once running (`annual`) and over the horizon, discounted, under the lens (`npv`). */
export interface PartnerRow {
  key: PartnerKey;
  name: string;
  annual: number;
  npv: number;
  /** The same two figures at the report's base (all partners, base scenario, 5 years); null without a baseline. */
  base: { annual: number; npv: number } | null;
  /** Of the total annual net benefit (null when that is zero). */
  share: number | null;
  /** Annual amount as a fraction of the department's DEL/AME (null for unallocated). */
  pctOfBudget: number | null;
  budget: { value: number; kind: 'DEL' | 'AME' } | null;
  /** Across the pilots' business cases: a year, over the horizon, as a fraction of budget; null under a lens or unallocated. */
  range: [number, number] | null;
  rangeNpv: [number, number] | null;
  rangePct: [number, number] | null;
}

/** Distances below and above the value, as recharts' ErrorBar expects. */
export const whisker = (value: number | null, range: [number, number] | null): [number, number] | null =>
  value === null || range === null ? null : [Math.max(0, value - range[0]), Math.max(0, range[1] - value)];

const UNALLOCATED_NAME = 'Not allocated';

/** A partner's whiskers, £bn: the lowest and highest of a year once running and over the horizon. */
type Ranges = { annual: [number, number]; npv: [number, number] };

/**
 * For each partner with a share in an included theme: Σ over those themes of the lowest and highest
 * published share × the theme's figure, in one pass over the themes. The NPV draws whiskers only: in
 * float64 (held to the decimals by floatAgreement.test.ts), so a hundred themes need no decimal work a step.
 */
function pilotRanges(results: Results, themes: ModelData['themes'], settings: Settings): Map<PartnerId, Ranges> {
  const out = new Map<PartnerId, Ranges>();
  for (const theme of themes) {
    const r = results.themes[theme.id];
    const shares = Object.entries(theme.partnerShares);
    if (!r || shares.length === 0) continue;
    const annual = r.annualNet.toNumber();
    const npv = npvFloatAt(r.npvByWholeDelayFloat, delayFor(theme.id, settings));
    for (const [key, share] of shares) {
      if (!share) continue;
      const ranges = out.get(key) ?? out.set(key, { annual: [0, 0], npv: [0, 0] }).get(key)!;
      const [lo, hi] = share.range ?? [share.value, share.value];
      for (const [range, value] of [[ranges.annual, annual], [ranges.npv, npv]] as const) {
        range[0] += Math.min(lo * value, hi * value);
        range[1] += Math.max(lo * value, hi * value);
      }
    }
  }
  return out;
}

const figuresOf = (results: Results, key: PartnerKey) => {
  const a = results.total.partners[key];
  return { annual: a?.annual.toNumber() ?? 0, npv: a?.npv.toNumber() ?? 0 };
};

/** The six partners always, and the unallocated remainder unless zero, so the rows add up to the totals. */
export function buildPartnerRows(results: Results, data: ModelData, settings: Settings, baseline?: Results): PartnerRow[] {
  const included = data.themes.filter((t) => results.themes[t.id] !== undefined);
  // The pilots' ranges are of shares of the net benefit: they hold only when costs follow the shares too.
  const ranges = settings.lens.kind === 'all' && settings.pay.kind === 'share' ? pilotRanges(results, included, settings) : null;
  return partnerOrder(data).flatMap((key): PartnerRow[] => {
    const a = results.total.partners[key];
    if (key === 'unallocated' && (!a || Math.abs(a.annual.toNumber()) < 1e-9)) return [];
    const partner = data.partners.find((p) => p.id === key);
    const budget = partner?.budget ? { value: partner.budget.value, kind: partner.budget.kind } : null;
    const ranged = partner ? ranges?.get(partner.id) : undefined;
    const range = ranged?.annual ?? null;
    const rangeNpv = ranged?.npv ?? null;
    const row: PartnerRow = {
      key,
      name: partner?.name ?? (key === 'unallocated' ? UNALLOCATED_NAME : key),
      ...figuresOf(results, key),
      base: baseline ? figuresOf(baseline, key) : null,
      share: a?.share ?? (results.total.annualNet.isZero() ? null : 0),
      pctOfBudget: a ? a.pctOfBudget : budget ? 0 : null,
      budget,
      range,
      rangeNpv,
      rangePct: range && budget ? [range[0] / budget.value, range[1] / budget.value] : null,
    };
    return [row];
  });
}

/** Room for "Education (DfE)" over "£12.3bn ▼ £10.1bn", and for wider user text spacing (WCAG 1.4.12). */
export const partnerLabelWidth = (presenter: boolean, narrow: boolean): number => (presenter ? 230 : narrow ? 140 : 160);

export const SHORT_PARTNER_NAMES: Record<PartnerKey, string> = {
  DH: 'Health (DH)',
  LG: 'Local gov.',
  DWP: 'DWP',
  HO: 'Home Office',
  MoJ: 'Justice (MoJ)',
  DfE: 'Education (DfE)',
  unallocated: 'Not allocated',
};

export type PartnerMeasure = 'npv' | 'money' | 'budget';

export interface PartnerChartRow {
  key: PartnerKey;
  label: string;
  value: number;
  /** The ghost bar: the figure at the report's base. */
  base: number | null;
  error: [number, number] | null;
}

/** Rows for recharts in the chosen measure (£bn, or % of the department's budget, 0–100). */
export function partnerChartRows(rows: readonly PartnerRow[], measure: PartnerMeasure): PartnerChartRow[] {
  return rows
    .filter((r) => measure !== 'budget' || r.budget !== null)
    .map((r) => {
      const label = SHORT_PARTNER_NAMES[r.key] ?? r.name;
      if (measure === 'npv') return { key: r.key, label, value: r.npv, base: r.base?.npv ?? null, error: whisker(r.npv, r.rangeNpv) };
      if (measure === 'money') return { key: r.key, label, value: r.annual, base: r.base?.annual ?? null, error: whisker(r.annual, r.range) };
      const value = (r.pctOfBudget ?? 0) * 100;
      const range = r.rangePct ? ([r.rangePct[0] * 100, r.rangePct[1] * 100] as [number, number]) : null;
      const base = r.base && r.budget ? (r.base.annual / r.budget.value) * 100 : null;
      return { key: r.key, label, value, base, error: whisker(value, range) };
    });
}

export const partnerValueText = (v: number, measure: PartnerMeasure) => (measure === 'budget' ? formatPercent(v / 100) : formatMoney(v));

/** A figure's change from the report base, by the one rule for differences (format.ts). */
const changeOf = (value: number, base: number | null, measure: PartnerMeasure) =>
  base === null ? null : measure === 'budget' ? percentDifference(value / 100, base / 100) : moneyDifference(value, base);

export const partnerMeasureName = (measure: PartnerMeasure, horizon: number) =>
  measure === 'npv' ? `${horizon}-year net benefit` : measure === 'money' ? 'Annual net benefit' : 'Share of budget';

/** Each label in three lines for the axis: the partner, its figure, its change ("▼ £0.9bn", or empty). */
export const partnerLabelledRows = (rows: readonly PartnerRow[], measure: PartnerMeasure): PartnerChartRow[] =>
  partnerChartRows(rows, measure).map((r) => {
    const change = changeOf(r.value, r.base, measure);
    const changeText = change && change.text !== 'no change' ? change.text : '';
    return { ...r, label: `${r.label}\n${partnerValueText(r.value, measure)}\n${changeText}` };
  });

export function partnerSummary(
  rows: readonly PartnerChartRow[],
  names: Record<string, string>,
  measure: PartnerMeasure,
  horizon: number,
): string {
  const parts = [...rows]
    .sort((a, b) => b.value - a.value)
    .map((r) => {
      const change = changeOf(r.value, r.base, measure);
      return `${names[r.key] ?? r.key} ${partnerValueText(r.value, measure)}${change ? ` (${change.words} on the report base)` : ''}`;
    });
  const what =
    measure === 'npv'
      ? `each partner’s ${horizon}-year net benefit`
      : measure === 'money'
        ? 'each partner’s annual net benefit'
        : 'annual net benefit as a share of each department’s budget';
  return `Bar chart of ${what}, with the report base beside it: ${parts.join('; ')}.`;
}

export interface LabelFit {
  lines: 1 | 2;
  size: number;
}

/** Two lines where the row has room, smaller on a short screen (never below 12 px); in presenter mode one line sooner. */
export function partnerLabelFit(rowPitch: number, preferred: number, oneLineAllowed: boolean): LabelFit {
  const twoLines = Math.max(12, Math.min(preferred, Math.floor(rowPitch / 2.3)));
  if (!oneLineAllowed || twoLines >= Math.min(preferred, 16)) return { lines: 2, size: twoLines };
  return { lines: 1, size: Math.max(12, Math.min(preferred, Math.floor(rowPitch / 1.35))) };
}

/** The label column's width: wider where one line (name and figure) needs it, at about 0.56 em a character. */
export function partnerLabelColumn(rows: readonly PartnerChartRow[], fit: LabelFit, presenter: boolean, narrow: boolean): number {
  const twoLines = partnerLabelWidth(presenter, narrow);
  if (fit.lines === 2) return twoLines;
  const longest = Math.max(...rows.map((r) => r.label.split('\n').slice(0, 2).join(' ').length));
  return Math.max(twoLines, Math.ceil(longest * fit.size * 0.56) + 10);
}

/** The value axis: every bar, ghost bar and whisker end, and zero, on round ticks (money down to £0.1m steps). */
export function partnerAxis(rows: readonly PartnerChartRow[], measure: PartnerMeasure = 'npv'): NiceAxis {
  const values = rows.flatMap((r) => [r.value - (r.error?.[0] ?? 0), r.value + (r.error?.[1] ?? 0), r.base ?? 0]);
  return measure === 'budget' ? niceAxis(values) : moneyAxis(values);
}
