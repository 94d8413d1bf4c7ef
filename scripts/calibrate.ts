/**
 * npm run calibrate: fits the parameters the report never published (each theme's gross benefit
 * at full realisation, its yearly investment costs and its steady-state ongoing cost) to the
 * figures it did publish, and writes them into the case file (public/data/cases/england-2013.json).
 *
 * Method (docs/model.md, "Calibration"): every fitted figure is affine in the parameters, so the
 * model itself is evaluated at the origin and at each unit parameter to get exact coefficients.
 * A linear programme then finds the parameters that make the worst miss, measured in units of
 * the report's rounding, as small as possible (stage 1), and among those the smallest total
 * miss (stage 2). Deterministic: the same files give the same numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import solver from 'javascript-lp-solver';
import {
  COST_SHAPE,
  DATA_FILES,
  annexPilots,
  fittedShares,
  evaluate,
  fitClass,
  defaultSettings,
  memoisedRun,
  modelFigures,
  type GoldenRow,
  type ModelData,
  type PartnerId,
  type ScenarioId,
  type Theme,
  type ThemeId,
} from '../src/model/index';
import { dataPath, loadGoldenRows, loadModelData } from './load-data';

/** Which parameters the two scenarios share, per theme (docs/decisions/0004-calibration.md). */
type Ongoing = 'shared' | 'separate';
const TIES: Record<ThemeId, { costs: boolean; ongoing: Ongoing }> = {
  // The leakage results imply the same PV of costs in both scenarios: one cost stream.
  hsc: { costs: true, ongoing: 'shared' },
  ws: { costs: true, ongoing: 'shared' },
  // No single cost stream fits both scenarios: each has its own, the ongoing cost is shared.
  fcn: { costs: false, ongoing: 'separate' },
  // The annex scenarios are two different pilots: nothing is shared.
  da: { costs: false, ongoing: 'separate' },
  ro: { costs: false, ongoing: 'separate' },
};

const SCENARIO_IDS: ScenarioId[] = ['prudent', 'base'];

/** The ties of a theme; every theme of the 2013 case has them (a new theme needs its own). */
function tieOf(id: ThemeId): { costs: boolean; ongoing: Ongoing } {
  const tie = TIES[id];
  if (!tie) throw new Error(`calibrate: no ties are set for theme "${id}"`);
  return tie;
}
const ROUND = 1e6;
/** Step of the search for a fitted share inside its rounding: 0.05 percentage points. */
const SHARE_STEP = 0.0005;

type Params = Record<string, number>;

/**
 * Themes fitted together. The three aggregated themes share one fit because the report's totals
 * (6.1) constrain their sum; each annex case stands alone.
 */
const GROUPS: ThemeId[][] = [['hsc', 'fcn', 'ws'], ['da'], ['ro']];

function paramNames(id: ThemeId): string[] {
  const tie = tieOf(id);
  const names = ['G.prudent', 'G.base'];
  names.push(...(tie.ongoing === 'shared' ? ['O'] : ['O.prudent', 'O.base']));
  for (let y = 1; y <= 5; y++) names.push(...(tie.costs ? [`c${y}`] : [`c${y}.prudent`, `c${y}.base`]));
  return names.map((n) => `${id}:${n}`);
}

function withParams(data: ModelData, x: Params): ModelData {
  const themes = data.themes.map((t): Theme => {
    const tie = tieOf(t.id);
    const get = (name: string) => x[`${t.id}:${name}`];
    if (get('G.prudent') === undefined) return t;
    const scenarios = { ...t.scenarios };
    for (const sc of SCENARIO_IDS) {
      const s = t.scenarios[sc];
      scenarios[sc] = {
        ...s,
        grossBenefit: { ...s.grossBenefit, value: get(`G.${sc}`) ?? 0 },
        ongoingCost: { ...s.ongoingCost, value: get(tie.ongoing === 'shared' ? 'O' : `O.${sc}`) ?? 0 },
        costs: { ...s.costs, values: [1, 2, 3, 4, 5].map((y) => get(tie.costs ? `c${y}` : `c${y}.${sc}`) ?? 0) },
      };
    }
    return { ...t, scenarios };
  });
  return { ...data, themes };
}

interface Target {
  label: string;
  /** The fitted quantity as a function of the data (affine in the parameters). */
  f: (data: ModelData) => number;
  published: number;
  tolerance: number;
}

function targetsFor(group: ThemeId[], data: ModelData, rows: GoldenRow[]): Target[] {
  const fitShares = fittedShares(data);
  const targets: Target[] = [];
  const withTotals = group.includes('hsc');
  for (const row of rows) {
    const what = row.id.split('.')[1] ?? '';
    const inGroup = (group as string[]).includes(row.theme) || (withTotals && row.theme === 'total');
    // Only the figures classed as fitted (src/model/fit-classes.ts); fitted shares are searched, not solved for.
    if (!inGroup || fitClass(row, data) !== 'fitted' || fitShares.has(row.id)) continue;
    const id = row.theme as ThemeId;
    if (what === 'switchLeakage') {
      // NPV / PV(benefit) = L is not affine, but NPV − L·PV(benefit) = 0 is; its tolerance is
      // the leakage tolerance times the PV of benefit the published figures imply.
      const sc = row.scenario === 'prudent' ? 0 : 1;
      const leak = row.value[0] ?? 0;
      const npvRow = rows.find((r) => r.id === `${id}.npv.${row.scenario}`);
      const pvb = (npvRow?.value[0] ?? 1) / leak;
      targets.push({
        label: row.id,
        f: (d) => {
          const r = evaluate(d, { ...defaultSettings(), scenario: sc, themes: [id] }).total;
          return r.npv.minus(r.pvBenefit.times(leak)).toNumber();
        },
        published: 0,
        tolerance: row.tolerance * pvb,
      });
      continue;
    }
    row.value.forEach((published, i) =>
      targets.push({
        label: row.value.length > 1 ? `${row.id}[${i}]` : row.id,
        f: (d) => modelFigures(row, d, memoisedRun(d))?.[i] ?? Number.NaN,
        published,
        tolerance: row.tolerances[i] ?? row.tolerance,
      }),
    );
  }
  for (const t of annexPilots(data)) {
    if (!group.includes(t.theme)) continue;
    const scenario = t.scenario;
    targets.push({
      label: `${t.theme}.${t.pilot}.total`,
      f: (d) => {
        const r = evaluate(d, { ...defaultSettings(), scenario, themes: [t.theme] }).total;
        return r.yearly.slice(0, 5).reduce((a, y) => a + y.net.toNumber(), 0);
      },
      published: t.total,
      tolerance: t.tolerance,
    });
  }
  return targets;
}

/** A linear condition on the parameters: Σ coefficient × parameter ≥ 0. */
type Condition = Record<string, number>;

/**
 * Conditions that keep each fitted cost stream one a finance officer would recognise
 * (src/model/cost-shape.ts, docs/decisions/0007-cost-shape.md): in years 1–5 the cost is at least
 * the ongoing cost scaled by that year's realisation, and the ongoing cost is at least a stated
 * share of the year-5 cost.
 */
function costShape(theme: Theme): Condition[] {
  const tie = tieOf(theme.id);
  const name = (n: string) => `${theme.id}:${n}`;
  const out: Condition[] = [];
  for (const sc of SCENARIO_IDS) {
    const ongoing = name(tie.ongoing === 'shared' ? 'O' : `O.${sc}`);
    const cost = (y: number) => name(tie.costs ? `c${y}` : `c${y}.${sc}`);
    const profile = theme.scenarios[sc].profile.values;
    for (let y = 1; y <= 5; y++) out.push({ [cost(y)]: 1, [ongoing]: -COST_SHAPE.runningShare * (profile[y - 1] ?? 0) });
    out.push({ [ongoing]: 1, [cost(5)]: -COST_SHAPE.ongoingShareOfYear5 });
  }
  // Shared streams with one profile give the same condition twice: keep one of each.
  return [...new Map(out.map((c) => [JSON.stringify(c), c])).values()];
}

type LpModel = Parameters<typeof solver.Solve>[0];

function solveLp(model: LpModel): Record<string, number> {
  const result = solver.Solve(model) as Record<string, number> & { feasible: boolean };
  if (!result.feasible) throw new Error('calibration: the linear programme has no solution');
  return result;
}

/**
 * One linear programme over a block of variables, the rest held fixed. `apply` writes the
 * variables into the data; every target is affine in them, so evaluating the model at zero and
 * at each unit vector gives exact coefficients. Variables are non-negative (money and costs).
 */
function solveBlock(targets: Target[], names: string[], apply: (x: Params) => ModelData, conditions: Condition[]) {
  const zero: Params = Object.fromEntries(names.map((n) => [n, 0]));
  const origin = targets.map((t) => t.f(apply(zero)));
  const coefficients = names.map((n) => {
    const unit = apply({ ...zero, [n]: 1 });
    return targets.map((t, j) => t.f(unit) - (origin[j] ?? 0));
  });

  const build = (stage: 1 | 2, cap: number): LpModel => {
    const constraints: Record<string, { min?: number; max?: number }> = {};
    const variables: Record<string, Record<string, number>> = {};
    names.forEach((n) => (variables[n] = {}));
    variables.t = { objective: stage === 1 ? 1 : 0 };
    targets.forEach((t, j) => {
      const rhs = t.published - (origin[j] ?? 0);
      constraints[`lo${j}`] = { min: rhs };
      constraints[`hi${j}`] = { max: rhs };
      names.forEach((n, i) => {
        const a = coefficients[i]?.[j] ?? 0;
        variables[n]![`lo${j}`] = a;
        variables[n]![`hi${j}`] = a;
      });
      const slack = stage === 1 ? 't' : `u${j}`;
      variables[slack] ??= { objective: stage === 1 ? 1 : 0 };
      variables[slack]![`lo${j}`] = t.tolerance;
      variables[slack]![`hi${j}`] = -t.tolerance;
      if (stage === 2) {
        variables[slack]!.objective = 1;
        variables[slack]![`cap${j}`] = 1;
        constraints[`cap${j}`] = { max: cap };
      }
    });
    conditions.forEach((c, k) => {
      constraints[`shape${k}`] = { min: 0 };
      for (const [n, a] of Object.entries(c)) variables[n]![`shape${k}`] = a;
    });
    return { optimize: 'objective', opType: 'min', constraints, variables } as LpModel;
  };

  const stage1 = solveLp(build(1, 0));
  const worst = stage1.t ?? 0;
  const stage2 = solveLp(build(2, worst * (1 + 1e-6) + 1e-9));
  const x: Params = Object.fromEntries(names.map((n) => [n, Math.round((stage2[n] ?? 0) * ROUND) / ROUND]));
  return { x, worst };
}

/** Fits one group of themes: one linear programme over all their parameters. */
function fitGroup(group: ThemeId[], data: ModelData, rows: GoldenRow[]) {
  const targets = targetsFor(group, data, rows);
  const { x, worst } = solveBlock(targets, group.flatMap(paramNames), (p) => withParams(data, p), data.themes.filter((t) => group.includes(t.id)).flatMap(costShape));
  const fitted = withParams(data, x);
  const misses = targets.map((t) => ({ label: t.label, miss: Math.abs(t.f(fitted) - t.published) / t.tolerance }));
  return { x, worst, fitted, misses };
}

/**
 * The data with one theme's share of one partner set to `value` and the theme's other shares
 * scaled so that all of them still add to what they added to before (100% for work and skills):
 * the report's shares are one split of the benefit, so when one moves within its rounding the
 * others make room in proportion (docs/decisions/0008-shares-within-rounding.md).
 */
function withShare(data: ModelData, rows: GoldenRow[], rowId: string, value: number): ModelData {
  const [themeId, , partner] = rowId.split('.') as [ThemeId, string, PartnerId];
  // The published shares (not the data file's, which a previous run moved), so reruns agree.
  const published = (id: string) => rows.find((r) => r.id === `${themeId}.share.${id}`)?.value[0] ?? 0;
  return {
    ...data,
    themes: data.themes.map((t) => {
      if (t.id !== themeId || !t.partnerShares[partner]) return t;
      const entries = Object.entries(t.partnerShares) as [PartnerId, NonNullable<Theme['partnerShares'][PartnerId]>][];
      const others = entries.filter(([id]) => id !== partner).reduce((a, [id]) => a + published(id), 0);
      const scale = others > 0 ? (others + published(partner) - value) / others : 1;
      const round = (v: number) => Math.round(v * ROUND) / ROUND;
      return { ...t, partnerShares: Object.fromEntries(entries.map(([id, p]) => [id, { ...p, value: round(id === partner ? value : published(id) * scale) }])) };
    }),
  };
}

/**
 * Fits a group, moving each of its fitted shares (src/model/fit-classes.ts) within the rounding of
 * the published figure: a grid in steps of 0.05 points strictly inside it, keeping the value with
 * the smallest worst miss and, of equals, the one nearest the published share. Starts from the
 * published figure, not from the data file, so a second run gives the same result.
 */
function fitGroupWithShares(group: ThemeId[], data: ModelData, rows: GoldenRow[]) {
  const shareRows = rows.filter((r) => fittedShares(data).has(r.id) && group.includes(r.theme));
  if (shareRows.length === 0) return fitGroup(group, data, rows);
  let best: (ReturnType<typeof fitGroup> & { share: number }) | undefined;
  for (const row of shareRows) {
    const published = row.value[0] ?? 0;
    const steps = Math.round(row.tolerance / SHARE_STEP) - 1;
    best = undefined;
    for (let k = -steps; k <= steps; k++) {
      const share = Math.round((published + k * SHARE_STEP) * ROUND) / ROUND;
      const fit = { ...fitGroup(group, withShare(data, rows, row.id, share), rows), share };
      const better =
        !best || fit.worst < best.worst - 1e-9 || (Math.abs(fit.worst - best.worst) <= 1e-9 && Math.abs(share - published) < Math.abs(best.share - published));
      if (better) best = fit;
    }
    data = withShare(data, rows, row.id, best!.share);
    console.log(`  ${row.id}: ${best!.share} (published ${row.rawValue})`);
  }
  return best!;
}

/** Keeps arrays of numbers on one line so the data file stays easy to read and diff. */
const formatJson = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(/\[\s+([-\d.,\s]+?)\s+\]/g, (_, inner: string) => `[${inner.split(/,\s*/).join(', ')}]`)}\n`;

function main() {
  let data = loadModelData();
  const rows = loadGoldenRows();
  for (const group of GROUPS) {
    const { x, worst, fitted, misses } = fitGroupWithShares(group, data, rows);
    data = fitted;
    const over = misses.filter((m) => m.miss > 1 + 1e-9);
    console.log(`${group.join('+')}: ${misses.length} figures fitted; worst miss ${worst.toFixed(3)} of the rounding tolerance`);
    console.log(`  ${Object.entries(x).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    for (const m of over) console.log(`  outside tolerance after rounding: ${m.label} (${m.miss.toFixed(2)}×)`);
  }
  const file = JSON.parse(readFileSync(dataPath(DATA_FILES.case), 'utf8')) as { themes: Theme[] };
  file.themes = file.themes.map((t) => {
    const fitted = data.themes.find((d) => d.id === t.id)!;
    return { ...t, scenarios: fitted.scenarios, partnerShares: fitted.partnerShares };
  });
  writeFileSync(dataPath(DATA_FILES.case), formatJson(file));
  console.log(`wrote public/data/${DATA_FILES.case}`);
}

main();
