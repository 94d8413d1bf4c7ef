import { lensShare, type ModelData, type PartnerLens, type Results, type Theme, type ThemeId } from '../../model';
import { formatMoney } from '../../lib/format';
import { stepTicks, type NiceAxis } from '../../ui/chart/niceAxis';

const ALL_PARTNERS: PartnerLens = { kind: 'all' };

/** One year of the benefit profile: net benefit by included theme, total and running total, discounted, £bn. */
export interface ProfileRow {
  year: string;
  themes: Record<ThemeId, number>;
  total: number;
  cumulative: number;
  /** The report's published yearly total for the matching scenario, when shown. */
  published: number | null;
}

type ProfileChartRow = Omit<ProfileRow, 'themes'> & { [theme: ThemeId]: number | string | null };

/** More themes than this and the chart stacks the largest, then one band for the rest: a hundred colours cannot be told apart. */
export const MOST_STACKED = 8;
/** The band of the themes not stacked one by one: with a space, so never a theme's id. */
export const OTHER_THEMES = 'other themes';

/**
 * The themes stacked one by one, in the case's order, then `OTHER_THEMES` when some are added
 * together: the largest by gross benefit in the base scenario as the lens counts it (an input, so
 * the bands and their colours stay put while sliders move).
 */
export function profileThemes(results: Results, data: ModelData, lens: PartnerLens = ALL_PARTNERS): ThemeId[] {
  const included = data.themes.filter((t) => results.themes[t.id] !== undefined);
  if (included.length <= MOST_STACKED) return included.map((t) => t.id);
  const size = (t: Theme) => t.scenarios.base.grossBenefit.value * lensShare(t, lens);
  const largest = new Set(
    [...included]
      .sort((a, b) => size(b) - size(a))
      .slice(0, MOST_STACKED - 1)
      .map((t) => t.id),
  );
  return [...included.filter((t) => largest.has(t.id)).map((t) => t.id), OTHER_THEMES];
}

/** How many themes the band of the rest holds. */
export const otherThemeCount = (results: Results, data: ModelData, ids: readonly ThemeId[]): number =>
  ids.includes(OTHER_THEMES) ? data.themes.filter((t) => results.themes[t.id] !== undefined).length - (ids.length - 1) : 0;

/** Discounted, so the bars add up to the net benefit over the horizon and match the report's yearly tables. */
export function buildProfileRows(results: Results, data: ModelData, published: readonly (number | null)[] | null = null, lens: PartnerLens = ALL_PARTNERS): ProfileRow[] {
  const ids = profileThemes(results, data, lens);
  return results.total.yearly.map((y, i) => {
    const themes: Record<ThemeId, number> = {};
    let stacked = 0;
    for (const id of ids) {
      if (id === OTHER_THEMES) continue;
      stacked += themes[id] = results.themes[id]?.yearly[i]?.netDiscounted.toNumber() ?? 0;
    }
    // The rest is the total less the themes shown: present values add up.
    if (ids.includes(OTHER_THEMES)) themes[OTHER_THEMES] = y.netDiscounted.toNumber() - stacked;
    return {
      year: y.year,
      themes,
      total: y.netDiscounted.toNumber(),
      cumulative: y.cumulativeDiscounted.toNumber(),
      published: published?.[i] ?? null,
    };
  });
}

export const flattenProfileRows = (rows: readonly ProfileRow[]): ProfileChartRow[] =>
  rows.map(({ themes, ...rest }) => ({ ...rest, ...themes }));

export function profileSummary(rows: readonly ProfileRow[], hasPublished: boolean): string {
  if (rows.length === 0) return 'No years to show.';
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const totals = rows.map((r) => r.total);
  const negative = rows.filter((r) => r.total < 0).map((r) => r.year);
  const below = negative.length ? `, below zero in ${negative.join(', ')}` : '';
  const parts = [
    `Bar chart of net benefit each year from ${first.year} to ${last.year}, split by theme and discounted to today’s value.`,
    `The yearly total runs from ${formatMoney(Math.min(...totals))} to ${formatMoney(Math.max(...totals))}${below}.`,
    `The running total reaches ${formatMoney(last.cumulative)} by ${last.year}.`,
  ];
  if (hasPublished) {
    const gap = Math.max(0, ...rows.flatMap((r) => (r.published === null ? [] : [Math.abs(r.published - r.total)])));
    // Under £50m the gap would print as "within £0.0bn".
    const within = gap < 0.05 ? 'matching the model to the nearest £0.1bn' : `within ${formatMoney(gap, { unit: 'bn' })} of the model`;
    parts.push(`A dashed line shows the report’s published yearly totals, ${within} each year.`);
  }
  return parts.join(' ');
}

/** Smallest "nice" step (1, 2, 2.5 or 5 × a power of ten) at least as big as `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw - 1e-12) return m * power;
  return 10 * power;
}

type Extent = { lo: number; hi: number };

/** Yearly bars' and running total's axes with their zeros level, so no year looks negative that is not. */
export function alignedAxes(left: Extent, right: Extent, intervals = 5): { left: NiceAxis; right: NiceAxis } {
  const norm = (r: Extent) => ({ lo: Math.min(0, r.lo), hi: Math.max(0, r.hi) });
  const a = norm(left);
  const b = norm(right);
  const needsBelow = a.lo < 0 || b.lo < 0;
  const needsAbove = a.hi > 0 || b.hi > 0;
  let best: { k: number; sa: number; sb: number; waste: number } | null = null;
  const from = needsBelow ? 1 : 0;
  const to = needsAbove ? intervals - 1 : intervals;
  for (let k = from; k <= to; k++) {
    const step = (r: Extent) => niceStep(Math.max(k < intervals ? r.hi / (intervals - k) : 0, k > 0 ? -r.lo / k : 0, 1e-9));
    const sa = step(a);
    const sb = step(b);
    const waste = (sa * intervals) / Math.max(a.hi - a.lo, 1e-9) + (sb * intervals) / Math.max(b.hi - b.lo, 1e-9);
    if (!best || waste < best.waste) best = { k, sa, sb, waste };
  }
  const { k, sa, sb } = best ?? { k: 0, sa: 1, sb: 1 };
  return { left: stepTicks(-k, intervals - k, sa), right: stepTicks(-k, intervals - k, sb) };
}

/** The extent of the stacked bars (positives stack up, negatives down) and the published line. */
export function yearExtent(rows: readonly ProfileRow[]): Extent {
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    const values = Object.values(r.themes);
    const up = values.reduce((s, v) => s + Math.max(0, v), 0);
    const down = values.reduce((s, v) => s + Math.min(0, v), 0);
    lo = Math.min(lo, down, r.total, r.published ?? 0);
    hi = Math.max(hi, up, r.total, r.published ?? 0);
  }
  return { lo, hi };
}

export function runningExtent(rows: readonly ProfileRow[]): Extent {
  const values = rows.map((r) => r.cumulative);
  return { lo: Math.min(0, ...values), hi: Math.max(0, ...values) };
}
