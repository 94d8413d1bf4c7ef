// Trust and hosting (issue 8): the built site's CSP, no third-party requests, offline use, and
// serving from a sub-path (npm test builds with BASE_PATH and runs every browser test under it).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { squashed } from './helpers';

const headline = (page: Page) => page.locator('section[aria-labelledby="headline-heading"]');

test('a Content-Security-Policy allows only the site’s own origin, and no script is inline', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await expect(headline(page)).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp, 'a CSP meta tag').toBeTruthy();
  for (const rule of ["default-src 'self'", "script-src 'self'", "object-src 'none'"]) expect(csp).toContain(rule);
  expect(csp, 'the CSP is not loose').not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  await expect(page.locator('script:not([src])'), 'inline scripts').toHaveCount(0);
});

test('nothing on the page breaks its own policy (no eval, no inline style or script), sections included', async ({ page, baseUrl }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(`${baseUrl}?leakage=20&seed=7&draws=1000`);
  await expect(headline(page)).toBeVisible();
  // The sections below the charts load when scrolled to; their Monte Carlo runs in a worker.
  await page.locator('#local-area').waitFor({ state: 'attached' });
  await page.evaluate(() => document.getElementById('local-area')?.scrollIntoView());
  await expect(page.locator('#uncertainty .mc-status[data-status="done"]')).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), 'policy violations').toEqual([]);
});

test('every request the page makes goes to its own origin', async ({ page, baseUrl }) => {
  const origin = new URL(baseUrl).origin;
  const foreign: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${baseUrl}?leakage=20`);
  await expect(headline(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreign, 'third-party requests').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
});

test('works offline after the first visit', async ({ page, context, baseUrl }) => {
  await page.goto(`${baseUrl}?delay=1`);
  await expect(headline(page)).toBeVisible();
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  // The worker precaches on install; wait until it controls the page.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const online = await squashed(headline(page));
  await context.setOffline(true);
  await page.reload();
  await expect(headline(page)).toBeVisible();
  expect(await squashed(headline(page)), 'the page offline').toBe(online);
  // The data files the Method page links to open as themselves, offline too (not as the app's
  // page, which would load at /data/ and find none of its scripts).
  await page.goto(`${baseUrl}data/CHANGELOG.md`);
  await expect(page.locator('body'), 'the data changelog opens offline').toContainText('Version 1', { useInnerText: true });
  await context.setOffline(false);
});

test('a deep link survives a reload under the sub-path', async ({ page, baseUrl, basePath }) => {
  await page.goto(`${baseUrl}?scenario=prudent&themes=hsc,fcn`);
  await expect(headline(page)).toBeVisible();
  await page.reload();
  await expect(headline(page)).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname.startsWith(basePath), `left the sub-path: ${url.pathname}`).toBe(true);
  expect(url.search, 'the settings are kept').toContain('scenario=prudent');
});

test('a broken data file gives a clear message, not a blank page', async ({ page, baseUrl }) => {
  const body = '{"version": 99, "themes": []}';
  await page.route('**/data/cases/england-2013.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(baseUrl);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/cases\/england-2013\.json/, { useInnerText: true });
  await expect(alert).toContainText(/version/, { useInnerText: true });
});
