import { defaultSettings, type ModelData, type Results, type Settings } from '../../model';
import { buildPartnerRows, type PartnerRow } from '../charts/partnerRows';

/** One partner's figure now and at the report's base, £bn (print summary, copied text). */
export interface PartnerChangeRow {
  key: PartnerRow['key'];
  name: string;
  /** The partner's figure for the settings shown. */
  value: number;
  /** The same figure for the report's base settings. */
  base: number;
  /** value − base. */
  change: number;
}

/** What the rows measure, in words (the caption of the printed table, the copied text). */
export const PARTNER_FIGURE_WORDS = 'annual net benefit once fully running';

/**
 * The partner figure compared. Today the steady-state annual net benefit of each partner; to
 * compare each partner's net benefit over the horizon instead, change this one line (and
 * PARTNER_FIGURE_WORDS) once the partner rows carry it.
 */
const partnerFigure = (row: PartnerRow): number => row.annual;

const BASE_SETTINGS = defaultSettings();

/**
 * Each partner's figure for `results` beside the report base's (`baseline`), in the chart's
 * order; a partner in only one of the two runs counts zero in the other.
 */
export function buildPartnerChangeRows(results: Results, baseline: Results, data: ModelData, settings: Settings): PartnerChangeRow[] {
  const now = buildPartnerRows(results, data, settings);
  const base = buildPartnerRows(baseline, data, BASE_SETTINGS);
  const keys = [...new Set([...now.map((r) => r.key), ...base.map((r) => r.key)])];
  return keys.map((key) => {
    const a = now.find((r) => r.key === key);
    const b = base.find((r) => r.key === key);
    const value = a ? partnerFigure(a) : 0;
    const baseValue = b ? partnerFigure(b) : 0;
    return { key, name: (a ?? b)!.name, value, base: baseValue, change: value - baseValue };
  });
}

/** The partners whose figure moved most from the base (largest change first), up to `count`. */
export function largestChanges(rows: readonly PartnerChangeRow[], count = 2, least = 0.005): PartnerChangeRow[] {
  return [...rows].filter((r) => Math.abs(r.change) >= least).sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, count);
}
