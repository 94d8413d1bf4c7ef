// npm run bench: how long the model takes for one settings change, over random settings.
// Prints figures and writes bench/results.json; never part of `npm test`.
import { writeFileSync } from 'node:fs';
import { delayCurve, defaultSettings, evaluate, leakageCurve, type ModelData, type Settings, type Theme } from '../src/model/index';
import { loadModelData } from '../scripts/load-data';

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

/**
 * Times `runs` calls after `warmUp` untimed ones. V8 keeps optimising decimal.js over the first
 * thousand or so calls, which a facilitator's first minute of dragging sliders also makes.
 */
function time(label: string, runs: number, fn: (i: number) => void, warmUp: number) {
  for (let i = 0; i < warmUp; i++) fn(i % runs);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const row = { label, runs, medianMs: percentile(ms, 0.5), p95Ms: percentile(ms, 0.95), maxMs: ms[ms.length - 1] ?? Number.NaN };
  console.log(`${label.padEnd(52)} median ${row.medianMs.toFixed(3)} ms   p95 ${row.p95Ms.toFixed(3)} ms   max ${row.maxMs.toFixed(3)} ms   (${runs} runs)`);
  return row;
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

/** Every output the UI shows for one change: all themes, partners, years, switching values, both curves. */
function everyOutput(d: ModelData, s: Settings) {
  const r = evaluate(d, s).total;
  leakageCurve(r);
  delayCurve(r);
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

writeFileSync(new URL('./model-results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
console.log('wrote bench/model-results.json');
