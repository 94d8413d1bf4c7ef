// npm run bench: every performance figure the project tracks, printed and written to
// bench/results.json. Not part of npm test (timings never decide a test). See bench/README.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runInteractionBench, startPreview } from './interaction.mjs';
import { runLighthouse } from './lighthouse.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = 4174;
const baseUrl = `http://127.0.0.1:${port}/`;
const results = { date: new Date().toISOString(), node: process.version, machine: `${process.platform} ${process.arch}` };

console.log('\n== 1. Model: one settings change, every output the UI shows');
execFileSync('npx', ['tsx', 'bench/model.bench.ts'], { cwd: root, stdio: 'inherit' });
results.model = JSON.parse(readFileSync(join(root, 'bench', 'model-results.json'), 'utf8')).rows;

console.log('\n== 3a. Load: bytes of the production build (gzip)');
execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, BASE_PATH: '/' } });
const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
const chunks = readdirSync(join(root, 'dist', 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => {
    const bytes = readFileSync(join(root, 'dist', 'assets', f));
    return { file: f, initial: initial.has(`assets/${f}`), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
for (const c of chunks) console.log(`${c.initial ? 'initial' : 'lazy   '} ${c.file.padEnd(48)} ${(c.gzip / 1024).toFixed(1).padStart(7)} KB gzip  (${(c.bytes / 1024).toFixed(0)} KB raw)`);
const sum = (kind) => chunks.filter((c) => c.initial && c.file.endsWith(kind)).reduce((a, c) => a + c.gzip, 0);
results.load = { initialJsGzipKB: sum('.js') / 1024, initialCssGzipKB: sum('.css') / 1024, chunks };
console.log(`initial JS ${results.load.initialJsGzipKB.toFixed(1)} KB gzip, initial CSS ${results.load.initialCssGzipKB.toFixed(1)} KB gzip`);

const stop = startPreview(root, port);
try {
  await new Promise((r) => setTimeout(r, 2500));
  console.log('\n== 2. Interaction: input → painted headline and charts (1920×2600 with every chart on screen, then presenter mode at 1920×1080)');
  results.interaction = await runInteractionBench({ baseUrl });
  console.log('\n== 3b. Lighthouse (mobile preset)');
  results.lighthouse = await runLighthouse(baseUrl);
  console.log(results.lighthouse);
} finally {
  stop();
}
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
