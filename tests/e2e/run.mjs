// Browser tests: serves the production build with `vite preview` and drives Debian's Chromium
// through playwright-core. Each tests/e2e/*.e2e.mjs file exports a list of [name, fn] pairs.
// Writes test-results/e2e.json (numPassedTests, numFailedTests) and screenshots beside it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(root, 'test-results');
const shots = join(results, 'screenshots');
mkdirSync(shots, { recursive: true });
// A free port unless one is given, so two runs on one machine never kill each other's server.
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const port = Number(process.env.E2E_PORT ?? (await freePort()));
const basePath = process.env.BASE_PATH ?? '/';
const baseUrl = `http://127.0.0.1:${port}${basePath}`;
const only = process.argv[2];

if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('No build found: run `npm run build` first (npm test does).');
  process.exit(1);
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};

const report = { numPassedTests: 0, numFailedTests: 0, tests: [] };
let browser;
try {
  await waitFor(baseUrl, 30_000);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
  const files = readdirSync(join(root, 'tests', 'e2e')).filter((f) => f.endsWith('.e2e.mjs')).sort();
  for (const file of files) {
    const tests = (await import(pathToFileURL(join(root, 'tests', 'e2e', file)).href)).default;
    for (const [name, fn, options = {}] of tests) {
      if (only && !`${file} ${name}`.includes(only)) continue;
      // Reduced motion: the app then skips chart animation, so screenshots show finished charts.
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 }, acceptDownloads: true, reducedMotion: 'reduce', ...(options.context ?? {}) });
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      const started = Date.now();
      let error = null;
      try {
        await Promise.race([
          fn({ page, context, browser, baseUrl, basePath, root, shot: (label) => page.screenshot({ path: join(shots, `${label}.png`), fullPage: true }) }),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 60 s')), 60_000)),
        ]);
        if (pageErrors.length) throw new Error(`uncaught error in the page: ${pageErrors.join('; ')}`);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        await page.screenshot({ path: join(shots, `FAILED-${file}-${name}`.replace(/[^\w.-]+/g, '_') + '.png'), fullPage: true }).catch(() => {});
      }
      await context.close();
      const ms = Date.now() - started;
      report.tests.push({ file, name, ok: !error, error, ms });
      if (error) report.numFailedTests++;
      else report.numPassedTests++;
      console.log(`${error ? '✗' : '✓'} ${file} › ${name} (${ms} ms)${error ? `\n    ${error}` : ''}`);
    }
  }
} catch (e) {
  console.error(`e2e runner failed: ${e instanceof Error ? e.stack : e}`);
  report.numFailedTests++;
} finally {
  await browser?.close();
  stopServer();
}
writeFileSync(join(results, 'e2e.json'), JSON.stringify(report, null, 2));
console.log(`e2e: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
// Exit explicitly: a browser or server handle left open must never hang the test run.
process.exit(report.numFailedTests ? 1 : 0);
