// npm run bench: how long the model takes for one settings change, over random settings.
// Prints figures and writes bench/results.json; never part of `npm test`.
import { writeFileSync } from 'node:fs';
import { delayCurve, defaultSettings, evaluate, leakageCurve, runMonteCarlo, tornado, vocabularyOf, type ModelData, type Settings, type Theme } from '../src/model/index';
import { loadModelData } from '../scripts/load-data';
import { createMonteCarloHandler } from '../src/workers/protocol';
import { caseData, LARGE_CASE, largeCaseDoc } from '../tests/model/largeCase';
import { buildProfileRows } from '../src/features/charts/profileRows';
import { buildPartnerRows } from '../src/features/charts/partnerRows';

/** Small deterministic generator so runs are comparable. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSettings(rand: () => number, themes: Theme['id'][]): Settings {
  return {
    ...defaultSettings(),
    scenario: rand(),
    scale: rand(),
    leakage: rand(),
    delay: Math.round(rand() * 20) / 4,
    rate: rand() * 0.1,
    horizon: 5 + Math.floor(rand() * 6),
    themes,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

/** Median, p95 and max of some timings, printed and returned as a row. */
function row(label: string, times: number[]) {
  const ms = [...times].sort((a, b) => a - b);
  const r = { label, runs: ms.length, medianMs: percentile(ms, 0.5), p95Ms: percentile(ms, 0.95), maxMs: ms[ms.length - 1] ?? Number.NaN };
  console.log(`${label.padEnd(60)} median ${r.medianMs.toFixed(3)} ms   p95 ${r.p95Ms.toFixed(3)} ms   max ${r.maxMs.toFixed(3)} ms   (${r.runs} runs)`);
  return r;
}

function timings(runs: number, fn: (i: number) => void): number[] {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    ms.push(performance.now() - t0);
  }
  return ms;
}

/**
 * Times `runs` calls after `warmUp` untimed ones. V8 keeps optimising decimal.js over the first
 * thousand or so calls, which a facilitator's first minute of dragging sliders also makes.
 */
function time(label: string, runs: number, fn: (i: number) => void, warmUp: number) {
  for (let i = 0; i < warmUp; i++) fn(i % runs);
  return row(label, timings(runs, fn));
}

const data = loadModelData();
const rand = mulberry32(20130101);
const aggregated: Theme['id'][] = ['hsc', 'fcn', 'ws'];
const settings = Array.from({ length: 1000 }, () => randomSettings(rand, aggregated));

/** A synthetic data set of many themes, to show how cost grows with size. */
function manyThemes(base: ModelData, count: number): ModelData {
  const template = base.themes[0]!;
  return { ...base, themes: Array.from({ length: count }, () => ({ ...template })) };
}

/** Every figure of the total the UI shows for one change (its years, partners and switching values) and both curves. */
function everyOutput(d: ModelData, s: Settings) {
  const r = evaluate(d, s).total;
  leakageCurve(r);
  delayCurve(r);
}

/** Each slider's notch and range, in model units. */
const SLIDERS = { leakage: [0.01, 0, 1], delay: [0.25, 0, 5], scale: [0.01, 0, 1], scenario: [0.05, 0, 1], rate: [0.001, 0, 0.1] } as const;
type Slider = keyof typeof SLIDERS;
type Step = { slider: Slider; settings: Settings };

/**
 * Slider drags: from random settings, one slider moved ten notches, as a facilitator drags it,
 * leakage and delay most. Steps are timed in order, so what one step keeps for the next counts;
 * each drag starts from new random values, so no step repeats an earlier one.
 */
function drags(random: () => number, start: Settings, count: number): Step[] {
  const order: Slider[] = ['leakage', 'delay', 'leakage', 'delay', 'scale', 'scenario', 'rate'];
  let s: Settings = { ...start, scenario: random(), scale: random(), leakage: random(), delay: Math.round(random() * 20) / 4, rate: random() * 0.1 };
  const steps: Step[] = [{ slider: 'leakage', settings: s }];
  for (let d = 0; steps.length < count; d++) {
    const slider = order[d % order.length]!;
    const [notch, lo, hi] = SLIDERS[slider];
    let dir = random() < 0.5 ? -1 : 1;
    for (let i = 0; i < 10 && steps.length < count; i++) {
      if (s[slider] + dir * notch < lo || s[slider] + dir * notch > hi) dir = -dir;
      s = { ...s, [slider]: s[slider] + dir * notch };
      steps.push({ slider, settings: s });
    }
  }
  return steps;
}

const big = manyThemes(data, 100);
const bigThemes = big.themes.map((t) => t.id);
// The cold row must come first: it is the first 1,000 calls this process makes.
const rows = [
  time('every output, cold: first 1,000 calls', settings.length, (i) => everyOutput(data, settings[i]!), 0),
  time('every output: 3 themes, 5-10 years (1,000 settings)', settings.length, (i) => everyOutput(data, settings[i]!), 2000),
  time('evaluate alone: 3 themes (1,000 settings)', settings.length, (i) => evaluate(data, settings[i]!), 1000),
  time('every output: 3 themes × 25 years', 200, (i) => everyOutput(data, { ...settings[i]!, horizon: 25 }), 400),
  time('every output: 100 themes × 25 years', 50, (i) => everyOutput(big, { ...settings[i]!, horizon: 25, themes: bigThemes }), 10),
];

// A place's own case as large as the issue asks to stay live (tests/model/largeCase.ts).
const size = `${LARGE_CASE.themes} × ${LARGE_CASE.years} × ${LARGE_CASE.partners}`;
const ownDoc = largeCaseDoc();
rows.push(time(`import: ${size} case (checkCase + caseModel)`, 10, () => caseData(ownDoc), 0));
const own = caseData(ownDoc);
const ownStart = defaultSettings(vocabularyOf(own));
for (const step of drags(mulberry32(7), ownStart, 140)) everyOutput(own, step.settings);
/** 350 slider steps from a seed; the first "step", a jump to the drags' random start, is made untimed. */
function stepsFrom(seed: number): Step[] {
  const [jump, ...steps] = drags(mulberry32(seed), ownStart, 351);
  everyOutput(own, jump!.settings);
  return steps;
}
/** Drags from a seed, timed step by step through `step`, with a row for all and one a slider (indented under `label`). */
function dragRows(label: string, indent: string, seed: number, step: (s: Settings) => void) {
  const steps = stepsFrom(seed);
  const ms = timings(steps.length, (i) => step(steps[i]!.settings));
  rows.push(row(label, ms));
  for (const slider of Object.keys(SLIDERS) as Slider[]) rows.push(row(`${indent}of which ${slider} steps`, ms.filter((_, i) => steps[i]!.slider === slider)));
}
dragRows(`every output: own case ${LARGE_CASE.themes} themes × ${LARGE_CASE.years} years × ${LARGE_CASE.partners} partners`, '  ', 20250401, (s) => everyOutput(own, s));
// What the page's charts read besides: the benefit profile stacks the largest themes' years, and the
// partner chart's whiskers read every theme's figures (profileRows.ts, partnerRows.ts).
dragRows('  the same with the page’s chart rows (profile, partners and whiskers)', '    ', 20250403, (s) => {
  const r = evaluate(own, s);
  leakageCurve(r.total);
  delayCurve(r.total);
  buildProfileRows(r, own);
  buildPartnerRows(r, own, s);
});
// Each theme's years are worked out when read: all of them, as an export reads them.
const profileSteps = stepsFrom(20250402);
const withYears = (s: Settings) => {
  const r = evaluate(own, s);
  leakageCurve(r.total);
  delayCurve(r.total);
  for (const t of Object.values(r.themes)) for (const y of t.yearly) y.netDiscounted.toNumber();
};
rows.push(time('  the same, reading every theme’s years too', profileSteps.length, (i) => withYears(profileSteps[i]!.settings), 0));
const mc: Settings = { ...ownStart, leakage: 0.2, delay: 1, uncertainty: { seed: 2013, draws: 10_000, distribution: 'triangular', ranges: { leakage: [0, 0.5], delay: [0, 2], scale: [0.5, 1] } } };
rows.push(time(`Monte Carlo 10,000 draws: ${size} case`, 5, () => runMonteCarlo(own, mc), 1));
// The worker answers with the tornado before its first draws.
rows.push(time(`tornado (the worker's first answer): ${size} case`, 3, () => tornado(own, mc), 0));
// The whole run as the worker makes it: the tornado, then ten batches, each with its summary.
const workerRun = () => {
  let done = false;
  const handle = createMonteCarloHandler({ post: (m) => (done ||= m.type === 'done'), schedule: (task) => task() });
  handle({ type: 'run', runId: 1, data: own, settings: mc });
  if (!done) throw new Error('the worker did not finish');
};
rows.push(time(`worker run, tornado and 10,000 draws: ${size} case`, 3, workerRun, 0));

writeFileSync(new URL('./model-results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
console.log('wrote bench/model-results.json');
