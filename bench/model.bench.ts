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

function time(label: string, runs: number, fn: (i: number) => void) {
  for (let i = 0; i < 20; i++) fn(i); // warm up the JIT
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

const rows = [
  time('evaluate: 3 themes, every output', settings.length, (i) => evaluate(data, settings[i]!)),
  time('evaluate + leakage and delay curves (21 points each)', 200, (i) => {
    const s = settings[i]!;
    const r = evaluate(data, s).total;
    leakageCurve(r);
    delayCurve(r);
  }),
  time('evaluate: 100 themes, horizon 10', 50, (i) => {
    const big = manyThemes(data, 100);
    evaluate(big, { ...settings[i]!, horizon: 10, themes: big.themes.map((t) => t.id) });
  }),
];

writeFileSync(new URL('./model-results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
console.log('wrote bench/model-results.json');
