// Saved work is never lost, in the browser itself: the list limit, damaged data too large to copy,
// a newer version writing from another tab, settings a saved scenario holds that this version
// does not understand, oversized imports; and the hosting rules that keep the page available
// (the policy's worker sources, the sub-path without its slash, offline).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SAVED_KEY = 'community-budgets-explorer:saved-scenarios';
const SET_ASIDE_PREFIX = 'community-budgets-explorer:set-aside:';
const headline = (page: Page) => page.locator('section[aria-labelledby="headline-heading"]');
const savedButton = (page: Page) => page.getByRole('button', { name: /^Saved scenarios/ });
const status = (page: Page) => page.locator('.saved-status');
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(headline(page)).toBeVisible();
}
async function openSaved(page: Page) {
  if ((await savedButton(page).getAttribute('aria-expanded')) !== 'true') await savedButton(page).click();
}
async function saveAs(page: Page, name: string) {
  await openSaved(page);
  await page.getByLabel('Name for the current settings').fill(name);
  await page.getByRole('button', { name: 'Save current settings' }).click();
}
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await file.path(), 'utf8');
}
const list = (count: number, extra = {}) =>
  Array.from({ length: count }, (_, i) => ({ id: `id-${i + 1}`, name: `Scenario ${i + 1}`, query: 'leakage=20&v=1', savedAt: '2025-03-31T10:00:00.000Z', ...extra }));
const storedText = (page: Page) => page.evaluate((k) => localStorage.getItem(k), SAVED_KEY);
const store = (page: Page, value: string) => page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVED_KEY, value] as const);
type Stored = { scenarios: { name: string }[] };
const storedList = async (page: Page) => (JSON.parse((await storedText(page)) ?? 'null') as Stored).scenarios;

test('more than 500 saved scenarios: the first 500 stay listed, all are set aside, the copy imports back, and a save says the list is full', async ({ page, baseUrl }) => {
  await open(page, baseUrl);
  await store(page, JSON.stringify({ schema: 1, scenarios: list(512) }));
  await page.reload();
  const notice = page.locator('.workshop-notice');
  await expect(notice).toHaveText(/held 512 saved scenarios.*first 500 are listed.*other 12/s);
  await openSaved(page);
  await expect(page.locator('.saved-item'), 'the first 500 are listed').toHaveCount(500);
  await saveAs(page, 'One too many');
  await expect(status(page).filter({ hasText: 'Not saved. You already have 500 saved scenarios' })).toBeVisible();
  const copy = await download(page, () => notice.getByRole('button', { name: 'Download the set-aside data' }).click());
  expect((JSON.parse(copy) as Stored).scenarios, 'the set-aside copy is the whole list').toHaveLength(512);
  // In a browser with an empty list, the set-aside copy imports: what fits, and says what did not.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(headline(page)).toBeVisible();
  await openSaved(page);
  await page.getByLabel('Import saved scenarios from a file').setInputFiles({ name: 'set-aside.json', mimeType: 'application/json', buffer: Buffer.from(copy) });
  await expect(status(page).filter({ hasText: 'Import finished: 500 added, 0 replaced, 0 skipped, 12 not imported because the list is full.' })).toBeVisible();
  expect(await storedList(page), 'the stored list').toHaveLength(500);
});

test('damaged data too large to copy: the raw download and "clear stored data" are offered, and a save says it was not stored', async ({ page, baseUrl, shot }) => {
  await open(page, baseUrl);
  // About 6 MB of text (the browser holds about 10 MB): room for it, but not for a copy of it.
  const huge = { id: 'huge', name: 'x'.repeat(3_000_000), query: '', savedAt: '2025-03-31T10:00:00.000Z' };
  await store(page, JSON.stringify({ schema: 1, scenarios: [...list(1), huge] }));
  await page.reload();
  const notice = page.locator('.workshop-notice[data-notice="stuck"]');
  await expect(notice).toBeVisible();
  await shot('safekeeping-stuck-notice');
  await saveAs(page, 'Round 1');
  await expect(status(page).filter({ hasText: 'It is not stored in this browser' })).toBeVisible();
  const raw = await download(page, () => notice.getByRole('button', { name: 'Download the stored data' }).click());
  expect(raw.length > 3_000_000 && raw.includes('"id":"huge"'), 'the raw download is the stored data').toBe(true);
  await notice.getByRole('button', { name: 'Clear stored data…' }).click();
  await notice.getByRole('button', { name: 'Yes, clear stored data' }).click();
  await expect(page.locator('.workshop-notice[data-notice="cleared"]')).toBeVisible();
  expect((await storedList(page)).map((s) => s.name), 'stored after clearing').toEqual(['Scenario 1', 'Round 1']);
  await saveAs(page, 'Round 2');
  await expect(status(page).filter({ hasText: /^Saved “Round 2”\.$/ })).toBeVisible();
});

test('a newer version writing from another tab: this older page leaves its data alone and says to reload', async ({ context, page, baseUrl }) => {
  await open(page, baseUrl);
  await saveAs(page, 'Before');
  await expect(status(page).filter({ hasText: 'Saved “Before”.' })).toBeVisible();
  const newerTab = await context.newPage();
  await newerTab.goto(`${baseUrl}data/CHANGELOG.md`); // same origin, without running the app
  const newer = JSON.stringify({ schema: 2, scenarios: [{ id: 'n1', title: 'From a newer version' }] });
  await store(newerTab, newer);
  await expect(page.locator('.workshop-notice[data-notice="newer"]', { hasText: 'changed by a newer version of this app: reload' })).toBeVisible();
  await saveAs(page, 'After');
  await expect(status(page).filter({ hasText: 'It is not stored in this browser' })).toBeVisible();
  expect(await storedText(page), 'the older page leaves the newer data alone').toBe(newer);
  const setAside = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), SET_ASIDE_PREFIX);
  expect(setAside, 'the newer data is not set aside').toEqual([]);
  await page.reload();
  await expect(page.locator('.workshop-notice[data-notice="newer"]')).toBeVisible();
  expect(await storedText(page), 'a reload of the older version leaves the newer data alone').toBe(newer);
});

test('a saved scenario with settings this version does not understand loads with the bad-link notice', async ({ page, baseUrl, shot }) => {
  await open(page, baseUrl);
  const scenario = { ...list(1)[0], name: 'Odd one', query: 'leakage=150&delay=1&v=1' };
  await store(page, JSON.stringify({ schema: 1, scenarios: [scenario] }));
  await page.reload();
  await expect(headline(page)).toBeVisible();
  await openSaved(page);
  await page.getByRole('button', { name: 'Load “Odd one”' }).click();
  await expect(status(page).filter({ hasText: 'Loaded “Odd one”, except one setting this version does not understand' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Part of this link was ignored' });
  await expect(notice).toContainText('leakage', { useInnerText: true });
  await expect(page).toHaveURL(/delay=1/);
  await shot('safekeeping-saved-bad-parts');
});

test('an import over 5 MB is refused at once, naming both sizes', async ({ page, baseUrl }) => {
  await open(page, baseUrl);
  await openSaved(page);
  const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
  await page.getByLabel('Import saved scenarios from a file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('6.0 MB, larger than the 5.0 MB', { useInnerText: true });
});

test('the policy lets workers come only from the site, and images only from the site or a chart being drawn', async ({ page, baseUrl }) => {
  await open(page, baseUrl);
  const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));
  expect(directive('worker-src')).toBe("worker-src 'self'");
  expect(directive('img-src')).toBe("img-src 'self' blob:");
});

test('the sub-path without its trailing slash opens the app, online and offline', async ({ page, context, baseUrl, basePath }) => {
  // (Served from the root, the bare form is the origin itself, which opens the app just the same.)
  const bare = `${baseUrl.replace(/\/$/, '')}`;
  await open(page, `${bare}?delay=1`);
  const url = new URL(page.url());
  expect(url.pathname === basePath && url.search.includes('delay=1'), `address after opening the bare sub-path: ${page.url()}`).toBe(true);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  // Offline, the browser follows the host's redirect it kept from the first visit.
  await open(page, `${bare}?delay=1`);
  expect(new URL(page.url()).pathname, 'offline address').toBe(basePath);
  await context.setOffline(false);
});
