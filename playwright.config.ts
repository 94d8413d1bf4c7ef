// Browser tests (npm run test:e2e): @playwright/test drives Debian's Chromium against
// `vite preview` of the build already in dist/ (npm test builds once and reuses it).
// CONTRIBUTING.md, "Browser tests", says how a test is written and run.
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

const basePath = process.env.BASE_PATH ?? '/community-budgets-explorer/';
// A free port unless E2E_PORT names one, so two runs on one machine never share a server. The
// config is read again in each worker process: the port chosen first travels to them in E2E_PORT.
process.env.E2E_PORT ??= execFileSync(
  process.execPath,
  ['-e', "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"],
  { encoding: 'utf8' },
).trim();
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}${basePath}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  // Artifacts of failed tests (screenshots, traces) go below test-results/, which is never
  // emptied as a whole: vitest's report lies there too.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // One browser at a time on 2 cores: with two, each page ran slow enough for the app to judge
  // the machine slow (state/chartPace.ts) and reserve room that changes the first-screen layout.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  // No retries: a flaky test shows as failed, never hidden by a second try.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['./tests/e2e/count-reporter.ts']],
  use: {
    baseURL,
    viewport: { width: 1366, height: 768 },
    // Reduced motion: the app then skips chart animation, so screenshots show finished charts.
    reducedMotion: 'reduce',
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    // Off for speed on 2 cores; `npx playwright test --trace on` records one for a failing test.
    trace: 'off',
    launchOptions: {
      // Debian's Chromium (scripts/install-browser.sh); Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `test -f dist/index.html || { echo 'No build found: run npm run build first (npm test does).' >&2; exit 1; }; exec npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    env: { BASE_PATH: basePath },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
