import { pilotScenario } from './annex';
import { evaluate } from './evaluate';
import type { GoldenRow } from './golden';
import { FIT_CLASSES, fitClass, type FitClass } from './fit-classes';
import { knownDifferences } from './known-differences';
import { defaultSettings } from './settings';
import type { ModelData, PartnerId, PartnerLens, Result, Results, Settings } from './types';

export interface FidelityRow {
  id: string;
  section: string;
  measure: string;
  published: number[];
  publishedText: string;
  /** One to one with `published`; null where the model holds no such figure. */
  model: number[] | null;
  difference: number | null;
  tolerance: number;
  match: boolean;
  /** Why a figure is not expected to match (docs/model.md). */
  knownReason: string | null;
  fitClass: FitClass;
}

type Run = (patch: Partial<Settings>) => Results;

/** The scenario settings a row's figures are read at (base when the row names none). */
const SCENARIOS_OF: Record<string, number[]> = { prudent: [0], 'prudent-base': [0, 1] };

/** One per prudent/base component. An id is theme (or "total"), measure, then partner, scenario or year as needed. */
export function modelFigures(row: GoldenRow, data: ModelData, run: Run = memoisedRun(data)): number[] | null {
  const parts = row.id.split('.');
  const [themeKey = '', what = ''] = parts;
  const theme = data.themes.find((t) => t.id === themeKey);
  const allThemes = data.themes.map((t) => t.id);
  // The report's totals add up the themes aggregated by its common method.
  const aggregated = data.themes.filter((t) => t.status === 'aggregated').map((t) => t.id);
  const scenarios = SCENARIOS_OF[row.scenario] ?? [1];
  const themeResult = (scenario: number, lens: PartnerLens = { kind: 'all' }): Result | undefined =>
    theme ? run({ scenario, lens, themes: allThemes }).themes[theme.id] : run({ scenario, lens, themes: aggregated }).total;
  const each = (f: (r: Result) => number | null | undefined, lens?: PartnerLens) =>
    scenarios.map((sc) => {
      const r = themeResult(sc, lens);
      return r ? (f(r) ?? Number.NaN) : Number.NaN;
    });
  const partner: PartnerId = parts[2] ?? '';
  const lensMeasure = data.published?.lensMeasures[what];
  if (lensMeasure) return each((r) => r.npv.toNumber(), lensMeasure);
  const partnerMeasure = data.published?.partnerMeasures[what];
  if (partnerMeasure) {
    const { partner: id, figure } = partnerMeasure;
    return each((r) => (figure === 'npv' ? r.partners[id]?.npv.toNumber() : r.partners[id]?.share));
  }
  const pilot = pilotScenario(data, themeKey, what);
  if (pilot !== undefined) {
    // The annex's yearly rows are undiscounted: their "Total 5 year" is their plain sum (8.1).
    const r = themeResult(pilot);
    return r ? r.yearly.slice(0, 5).map((y) => y.net.toNumber()) : null;
  }

  switch (what) {
    case 'netAnnual':
      return each((r) => r.annualNet.toNumber());
    case 'spend':
      return each((r) => r.addressableSpend.toNumber());
    case 'pctSpend':
      return each((r) => r.pctOfSpend);
    case 'npv':
      return each((r) => r.npv.toNumber());
    case 'profile':
      return theme ? [theme.scenarios.base.profile.values[Number(row.year) - 1] ?? Number.NaN] : null;
    case 'net': {
      const scenario = parts[2] === 'prudent' ? 0 : 1;
      return [themeResult(scenario)?.yearly[Number(row.year) - 1]?.netDiscounted.toNumber() ?? Number.NaN];
    }
    case 'share':
      return theme ? [theme.partnerShares[partner]?.value ?? Number.NaN] : null;
    case 'range':
      return theme?.partnerShares[partner]?.range ?? null;
    case 'partner':
    case 'budgetTable':
      return each((r) => r.partners[partner]?.annual.toNumber());
    case 'pctBudget':
      return each((r) => r.partners[partner]?.pctOfBudget);
    case 'switchLeakage':
      return each((r) => r.switching.leakage);
    case 'switchDelay':
      return [themeResult(1)?.switching.delay ?? Number.NaN];
    case 'cohort': {
      if (parts[2] === 'national') return [data.nationalCohort.value];
      const area = data.areas.find((a) => a.id === parts[2]);
      return area ? [area.cohort.value] : null;
    }
    default:
      return null;
  }
}

/** Delay switching values are printed as whole years ("3–4 years"): a band (docs/decisions/0003-precision.md). */
function agrees(row: GoldenRow, model: number[]): boolean {
  const slack = 1e-9;
  if (row.id.endsWith('.switchDelay')) {
    const [lo = 0, hi = lo + 1] = row.value;
    const v = model[0] ?? Number.NaN;
    return v >= lo - slack && v <= hi + slack;
  }
  return (
    model.length === row.value.length &&
    model.every((m, i) => Math.abs(m - (row.value[i] ?? Number.NaN)) <= (row.tolerances[i] ?? row.tolerance) + slack)
  );
}

function largestDifference(row: GoldenRow, model: number[]): number | null {
  const diffs = model.map((m, i) => Math.abs(m - (row.value[i] ?? Number.NaN))).filter(Number.isFinite);
  return diffs.length ? Math.max(...diffs) : null;
}

/** Memoised by settings, so the whole table costs a handful of model runs. */
export function memoisedRun(data: ModelData): Run {
  const cache = new Map<string, Results>();
  return (patch) => {
    const settings = { ...defaultSettings(), ...patch };
    // The settings in full: a link (serialiseSettings) names only the ids links know.
    const key = JSON.stringify(settings);
    if (!cache.has(key)) cache.set(key, evaluate(data, settings));
    return cache.get(key)!;
  };
}

export function fidelityTable(rows: GoldenRow[], data: ModelData): FidelityRow[] {
  const run = memoisedRun(data);
  const known = knownDifferences(data);
  return rows.map((row) => {
    const model = modelFigures(row, data, run);
    const valid = model !== null && model.every(Number.isFinite);
    return {
      id: row.id,
      section: row.section,
      measure: row.measure,
      published: row.value,
      publishedText: row.rawValue,
      model,
      difference: valid ? largestDifference(row, model) : null,
      tolerance: row.tolerance,
      match: valid && agrees(row, model),
      knownReason: known[row.id] ?? null,
      fitClass: fitClass(row, data),
    };
  });
}

export interface FidelitySummary {
  total: number;
  matched: number;
  /** Fail without a documented reason: the golden tests forbid any. */
  unexplained: FidelityRow[];
  /** Documented as not reproducible, yet match: the list needs updating. */
  staleReasons: FidelityRow[];
  /** In FIT_CLASSES order (docs/model.md, "How well it matches"). */
  byClass: { fitClass: FitClass; total: number; matched: number }[];
}

export function summariseFidelity(table: FidelityRow[]): FidelitySummary {
  return {
    total: table.length,
    matched: table.filter((r) => r.match).length,
    unexplained: table.filter((r) => !r.match && !r.knownReason),
    staleReasons: table.filter((r) => r.match && r.knownReason),
    byClass: FIT_CLASSES.map((c) => {
      const rows = table.filter((r) => r.fitClass === c);
      return { fitClass: c, total: rows.length, matched: rows.filter((r) => r.match).length };
    }),
  };
}
