import { PARTNER_IDS, type ModelData, type Results, type Settings } from '../../model';
import { PARTNER_ORDER, type PartnerKey } from '../palette';
import { niceAxis, type NiceAxis } from './niceAxis';

export interface PartnerRow {
  key: PartnerKey;
  name: string;
  /** Steady-state annual net benefit landing with the partner, £bn. */
  annual: number;
  /** Share of the total annual net benefit (null when the total is zero). */
  share: number | null;
  /** Annual amount as a fraction of the department's DEL/AME (null for unallocated). */
  pctOfBudget: number | null;
  budget: { value: number; kind: 'DEL' | 'AME' } | null;
  /**
   * Range across the pilots' own business cases, £bn: Σ over included themes of the lowest and
   * highest published share × that theme's annual net benefit. Null when not meaningful (a lens
   * other than "all partners", or the unallocated remainder).
   */
  range: [number, number] | null;
  /** The same range as fractions of the department's budget. */
  rangePct: [number, number] | null;
}

/** Distances below and above the value, as recharts' ErrorBar expects. */
export const whisker = (value: number | null, range: [number, number] | null): [number, number] | null =>
  value === null || range === null ? null : [Math.max(0, value - range[0]), Math.max(0, range[1] - value)];

const UNALLOCATED_NAME = 'Not allocated';

/**
 * Rows for the partner allocation chart: the six partners always (zero when they get nothing),
 * plus the unallocated remainder when it is not zero. Rows add up to the total annual net benefit.
 */
export function buildPartnerRows(results: Results, data: ModelData, settings: Settings): PartnerRow[] {
  const alloc = results.total.partners;
  const included = data.themes.filter((t) => results.themes[t.id] !== undefined);
  const rows: PartnerRow[] = [];
  for (const key of PARTNER_ORDER) {
    const a = alloc[key];
    if (key === 'unallocated') {
      if (!a || Math.abs(a.annual.toNumber()) < 1e-9) continue;
      rows.push({ key, name: UNALLOCATED_NAME, annual: a.annual.toNumber(), share: a.share, pctOfBudget: null, budget: null, range: null, rangePct: null });
      continue;
    }
    const partner = data.partners.find((p) => p.id === key);
    const budget = partner ? { value: partner.budget.value, kind: partner.budget.kind } : null;
    let range: [number, number] | null = null;
    if (settings.lens.kind === 'all' && PARTNER_IDS.includes(key)) {
      let lo = 0;
      let hi = 0;
      let any = false;
      for (const theme of included) {
        const share = theme.partnerShares[key];
        const annual = results.themes[theme.id]?.annualNet.toNumber() ?? 0;
        if (!share) continue;
        any = true;
        const [rLo, rHi] = share.range ?? [share.value, share.value];
        lo += Math.min(rLo * annual, rHi * annual);
        hi += Math.max(rLo * annual, rHi * annual);
      }
      if (any) range = [lo, hi];
    }
    const annual = a?.annual.toNumber() ?? 0;
    rows.push({
      key,
      name: partner?.name ?? key,
      annual,
      share: a?.share ?? (results.total.annualNet.isZero() ? null : 0),
      pctOfBudget: a ? a.pctOfBudget : budget ? 0 : null,
      budget,
      range,
      rangePct: range && budget ? [range[0] / budget.value, range[1] / budget.value] : null,
    });
  }
  return rows;
}

/**
 * The partner charts' label column, in pixels: room for "Education (DfE)" at the tick size, with
 * some to spare for wider user text spacing (WCAG 1.4.12) where the screen has it.
 */
export const partnerLabelWidth = (presenter: boolean, narrow: boolean): number => (presenter ? 190 : narrow ? 128 : 150);

/** Short partner labels for a chart axis. */
export const SHORT_PARTNER_NAMES: Record<PartnerKey, string> = {
  DH: 'Health (DH)',
  LG: 'Local gov.',
  DWP: 'DWP',
  HO: 'Home Office',
  MoJ: 'Justice (MoJ)',
  DfE: 'Education (DfE)',
  unallocated: 'Not allocated',
};

export interface PartnerChartRow {
  key: PartnerKey;
  label: string;
  value: number;
  error: [number, number] | null;
}

/** Rows for recharts in the chosen measure: £bn a year, or % of the department's budget (0–100). */
export function partnerChartRows(rows: readonly PartnerRow[], measure: 'money' | 'budget'): PartnerChartRow[] {
  return rows
    .filter((r) => measure === 'money' || r.budget !== null)
    .map((r) => {
      if (measure === 'money') return { key: r.key, label: SHORT_PARTNER_NAMES[r.key], value: r.annual, error: whisker(r.annual, r.range) };
      const value = (r.pctOfBudget ?? 0) * 100;
      const range = r.rangePct ? ([r.rangePct[0] * 100, r.rangePct[1] * 100] as [number, number]) : null;
      return { key: r.key, label: SHORT_PARTNER_NAMES[r.key], value, error: whisker(value, range) };
    });
}

/** The value axis: every bar and whisker end, and zero, on round ticks. */
export const partnerAxis = (rows: readonly PartnerChartRow[]): NiceAxis =>
  niceAxis(rows.flatMap((r) => [r.value - (r.error?.[0] ?? 0), r.value + (r.error?.[1] ?? 0)]));
