import { ANNEX_PILOT_SCENARIO } from './annex';
import { evaluate } from './evaluate';
import type { GoldenRow } from './golden';
import { FIT_CLASSES, fitClass, type FitClass } from './fit-classes';
import { KNOWN_DIFFERENCES } from './known-differences';
import { defaultSettings, serialiseSettings } from './settings';
import { THEME_IDS, type ModelData, type PartnerId, type PartnerLens, type Result, type Results, type Settings, type ThemeId } from './types';

export interface FidelityRow {
  id: string;
  section: string;
  measure: string;
  published: number[];
  publishedText: string;
  /** The model's figure(s), comparable one to one with `published`; null where none applies. */
  model: number[] | null;
  /** Largest absolute difference between the two. */
  difference: number | null;
  tolerance: number;
  match: boolean;
  /** Why a figure is not expected to match (documented in docs/model.md). */
  knownReason: string | null;
  /** Input shown back, figure the calibration fits to, or figure the model was not fitted to. */
  fitClass: FitClass;
}

type Run = (patch: Partial<Settings>) => Results;

const ALL_THEMES: ThemeId[] = [...THEME_IDS];

function scenariosOf(row: GoldenRow): number[] {
  if (row.scenario === 'prudent') return [0];
  if (row.scenario === 'prudent-base') return [0, 1];
  return [1];
}

/** The model's figure for one published row, or null where the model holds no such figure. */
function measure(row: GoldenRow, data: ModelData, run: Run): number[] | null {
  const parts = row.id.split('.');
  const [themeKey, what] = parts;
  const theme = data.themes.find((t) => t.id === themeKey);
  const scenarios = scenariosOf(row);
  const themeResult = (scenario: number, lens: PartnerLens = { kind: 'all' }): Result | undefined =>
    theme ? run({ scenario, lens, themes: ALL_THEMES }).themes[theme.id] : run({ scenario, lens }).total;
  const each = (f: (r: Result) => number | null | undefined, lens?: PartnerLens) =>
    scenarios.map((sc) => {
      const r = themeResult(sc, lens);
      return r ? (f(r) ?? Number.NaN) : Number.NaN;
    });
  const partner = parts[2] as PartnerId;

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
    case 'pilotA':
    case 'pilotB': {
      const scenario = ANNEX_PILOT_SCENARIO[themeKey as ThemeId]?.[what];
      const r = scenario === undefined ? undefined : themeResult(scenario);
      // The annex's yearly rows are undiscounted: their "Total 5 year" is their plain sum (8.1).
      return r ? r.yearly.slice(0, 5).map((y) => y.net.toNumber()) : null;
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
    case 'healthLed':
      return each((r) => r.npv.toNumber(), { kind: 'lead', partner: 'DH' });
    case 'careLed':
      return each((r) => r.npv.toNumber(), { kind: 'lead', partner: 'LG' });
    case 'healthShare':
      return each((r) => r.partners.DH?.npv.toNumber());
    case 'careShare':
      return each((r) => r.partners.LG?.npv.toNumber());
    case 'dwpRemoved':
      return each((r) => r.npv.toNumber(), { kind: 'exclude', partner: 'DWP' });
    case 'cohort': {
      if (parts[2] === 'national') return [data.nationalCohort.value];
      const area = data.areas.find((a) => a.id === parts[2]);
      return area ? [area.cohort.value] : null;
    }
    case 'lgShare':
      return each((r) => r.partners.LG?.share);
    default:
      return null;
  }
}

/**
 * Does the model figure agree with the published one at the report's precision?
 * Delay switching values are published as whole years ("3–4 years", "3 years, break-even in
 * the 4th year"): we read each as a band of years within which the base scenario's delay
 * switching value must fall (docs/decisions/0003-delay-switching.md).
 */
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

/** Evaluations memoised by their settings, so the whole table costs a handful of model runs. */
export function memoisedRun(data: ModelData): Run {
  const cache = new Map<string, Results>();
  return (patch) => {
    const settings = { ...defaultSettings(), ...patch };
    const key = serialiseSettings(settings);
    let hit = cache.get(key);
    if (!hit) {
      hit = evaluate(data, settings);
      cache.set(key, hit);
    }
    return hit;
  };
}

/** The model's figures for one published row (one per prudent/base component), or null. */
export function modelFigures(row: GoldenRow, data: ModelData, run: Run = memoisedRun(data)): number[] | null {
  return measure(row, data, run);
}

/** Every published figure beside the model's. */
export function fidelityTable(rows: GoldenRow[], data: ModelData): FidelityRow[] {
  const run = memoisedRun(data);
  return rows.map((row) => {
    const model = measure(row, data, run);
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
      knownReason: KNOWN_DIFFERENCES[row.id] ?? null,
      fitClass: fitClass(row),
    };
  });
}

export interface FidelitySummary {
  total: number;
  matched: number;
  /** Rows that fail without a documented reason: the golden tests forbid any. */
  unexplained: FidelityRow[];
  /** Rows documented as not reproducible that now match: the list should be updated. */
  staleReasons: FidelityRow[];
  /** Figures and matches in each class, in FIT_CLASSES order (docs/model.md, "How well it matches"). */
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
