import type { ModelData, Results, Settings } from '../../model';
import { buildPartnerRows, type PartnerRow } from '../charts/partnerRows';

/** One partner's figure now and at the report's base, £bn (the copied text). */
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

/** What the rows measure, in words (the copied text). */
export const PARTNER_FIGURE_WORDS = 'net benefit over the appraisal horizon';

/**
 * Each partner's net benefit over the horizon beside the report base's (`baseline`), in the
 * chart's order; a partner with no figure in one of the two counts zero there.
 */
export function buildPartnerChangeRows(results: Results, baseline: Results, data: ModelData, settings: Settings): PartnerChangeRow[] {
  return buildPartnerRows(results, data, settings, baseline).map((r) => {
    const base = r.base?.npv ?? 0;
    return { key: r.key, name: r.name, value: r.npv, base, change: r.npv - base };
  });
}

/** The partners whose figure moved most from the base (largest change first), up to `count`. */
export function largestChanges(rows: readonly PartnerChangeRow[], count = 2, least = 0.005): PartnerChangeRow[] {
  return [...rows].filter((r) => Math.abs(r.change) >= least).sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, count);
}
