// Lighthouse scores (mobile preset) against a running preview server, using Debian's Chromium.
// Run through npx rather than as a project dependency: Lighthouse's own dependencies ask for
// "latest" versions, which would break `npm ci` against the lockfile as soon as they move.
import { execFileSync } from 'node:child_process';

export async function runLighthouse(url) {
  const out = execFileSync(
    'npx',
    [
      '--yes',
      'lighthouse@12.8.2',
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
  );
  const lhr = JSON.parse(out);
  const c = lhr.categories ?? {};
  const score = (k) => (c[k]?.score == null ? null : Math.round(c[k].score * 100));
  const audits = lhr.audits ?? {};
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    firstContentfulPaintMs: audits['first-contentful-paint']?.numericValue ?? null,
    largestContentfulPaintMs: audits['largest-contentful-paint']?.numericValue ?? null,
    totalBlockingTimeMs: audits['total-blocking-time']?.numericValue ?? null,
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}
