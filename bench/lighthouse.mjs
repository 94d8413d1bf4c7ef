// Lighthouse scores (mobile preset) against a running preview server, using Debian's Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const c = result?.lhr.categories ?? {};
    const score = (k) => (c[k]?.score == null ? null : Math.round(c[k].score * 100));
    const audits = result?.lhr.audits ?? {};
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
  } finally {
    await chrome.kill();
  }
}
