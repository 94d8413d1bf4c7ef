// Saved work is never lost, in the browser itself: the list limit, damaged data too large to copy,
// a newer version writing from another tab, settings a saved scenario holds that this version
// does not understand, oversized imports; and the hosting rules that keep the page available
// (the policy's worker sources, the sub-path without its slash, offline).
import { readFile } from 'node:fs/promises';

const SAVED_KEY = 'community-budgets-explorer:saved-scenarios';
const SET_ASIDE_PREFIX = 'community-budgets-explorer:set-aside:';
const headline = (page) => page.locator('section[aria-labelledby="headline-heading"]');
const savedButton = (page) => page.getByRole('button', { name: /^Saved scenarios/ });
const status = (page) => page.locator('.saved-status');
function expect(ok, message) {
  if (!ok) throw new Error(message);
}
async function open(page, url) {
  await page.goto(url);
  await headline(page).waitFor();
}
async function openSaved(page) {
  if ((await savedButton(page).getAttribute('aria-expanded')) !== 'true') await savedButton(page).click();
}
async function saveAs(page, name) {
  await openSaved(page);
  await page.getByLabel('Name for the current settings').fill(name);
  await page.getByRole('button', { name: 'Save current settings' }).click();
}
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await file.path(), 'utf8');
}
const list = (count, extra = {}) =>
  Array.from({ length: count }, (_, i) => ({ id: `id-${i + 1}`, name: `Scenario ${i + 1}`, query: 'leakage=20&v=1', savedAt: '2025-03-31T10:00:00.000Z', ...extra }));
const storedText = (page) => page.evaluate((k) => localStorage.getItem(k), SAVED_KEY);

export default [
  [
    'more than 500 saved scenarios: the first 500 stay listed, all are set aside, the copy imports back, and a save says the list is full',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVED_KEY, JSON.stringify({ schema: 1, scenarios: list(512) })]);
      await page.reload();
      const notice = page.locator('.workshop-notice');
      await notice.waitFor();
      expect(/held 512 saved scenarios.*first 500 are listed.*other 12/s.test(await notice.innerText()), `notice: ${await notice.innerText()}`);
      await openSaved(page);
      expect((await page.locator('.saved-item').count()) === 500, 'the first 500 are not listed');
      await saveAs(page, 'One too many');
      await status(page).filter({ hasText: 'Not saved. You already have 500 saved scenarios' }).waitFor();
      const copy = await download(page, () => notice.getByRole('button', { name: 'Download the set-aside data' }).click());
      expect(JSON.parse(copy).scenarios.length === 512, 'the set-aside copy is not the whole list');
      // In a browser with an empty list, the set-aside copy imports: what fits, and says what did not.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await headline(page).waitFor();
      await openSaved(page);
      await page.getByLabel('Import saved scenarios from a file').setInputFiles({ name: 'set-aside.json', mimeType: 'application/json', buffer: Buffer.from(copy) });
      await status(page).filter({ hasText: 'Import finished: 500 added, 0 replaced, 0 skipped, 12 not imported because the list is full.' }).waitFor();
      expect(JSON.parse(await storedText(page)).scenarios.length === 500, 'the stored list is not 500 long');
    },
  ],
  [
    'damaged data too large to copy: the raw download and "clear stored data" are offered, and a save says it was not stored',
    async ({ page, baseUrl, shot }) => {
      await open(page, baseUrl);
      // About 6 MB of text (the browser holds about 10 MB): room for it, but not for a copy of it.
      const huge = { id: 'huge', name: 'x'.repeat(3_000_000), query: '', savedAt: '2025-03-31T10:00:00.000Z' };
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVED_KEY, JSON.stringify({ schema: 1, scenarios: [...list(1), huge] })]);
      await page.reload();
      const notice = page.locator('.workshop-notice[data-notice="stuck"]');
      await notice.waitFor();
      await shot('safekeeping-stuck-notice');
      await saveAs(page, 'Round 1');
      await status(page).filter({ hasText: 'It is not stored in this browser' }).waitFor();
      const raw = await download(page, () => notice.getByRole('button', { name: 'Download the stored data' }).click());
      expect(raw.length > 3_000_000 && raw.includes('"id":"huge"'), 'the raw download is not the stored data');
      await notice.getByRole('button', { name: 'Clear stored data…' }).click();
      await notice.getByRole('button', { name: 'Yes, clear stored data' }).click();
      await page.locator('.workshop-notice[data-notice="cleared"]').waitFor();
      const names = JSON.parse(await storedText(page)).scenarios.map((s) => s.name);
      expect(JSON.stringify(names) === JSON.stringify(['Scenario 1', 'Round 1']), `stored after clearing: ${names}`);
      await saveAs(page, 'Round 2');
      await status(page).filter({ hasText: /^Saved “Round 2”\.$/ }).waitFor();
    },
  ],
  [
    'a newer version writing from another tab: this older page leaves its data alone and says to reload',
    async ({ context, page, baseUrl }) => {
      await open(page, baseUrl);
      await saveAs(page, 'Before');
      await status(page).filter({ hasText: 'Saved “Before”.' }).waitFor();
      const newerTab = await context.newPage();
      await newerTab.goto(`${baseUrl}data/CHANGELOG.md`); // same origin, without running the app
      const newer = JSON.stringify({ schema: 2, scenarios: [{ id: 'n1', title: 'From a newer version' }] });
      await newerTab.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVED_KEY, newer]);
      await page.locator('.workshop-notice[data-notice="newer"]', { hasText: 'changed by a newer version of this app: reload' }).waitFor();
      await saveAs(page, 'After');
      await status(page).filter({ hasText: 'It is not stored in this browser' }).waitFor();
      expect((await storedText(page)) === newer, 'the older page changed the newer data');
      const setAside = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), SET_ASIDE_PREFIX);
      expect(setAside.length === 0, `the newer data was set aside: ${setAside}`);
      await page.reload();
      await page.locator('.workshop-notice[data-notice="newer"]').waitFor();
      expect((await storedText(page)) === newer, 'a reload of the older version changed the newer data');
    },
  ],
  [
    'a saved scenario with settings this version does not understand loads with the bad-link notice',
    async ({ page, baseUrl, shot }) => {
      await open(page, baseUrl);
      const scenario = { ...list(1)[0], name: 'Odd one', query: 'leakage=150&delay=1&v=1' };
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVED_KEY, JSON.stringify({ schema: 1, scenarios: [scenario] })]);
      await page.reload();
      await headline(page).waitFor();
      await openSaved(page);
      await page.getByRole('button', { name: 'Load “Odd one”' }).click();
      await status(page).filter({ hasText: 'Loaded “Odd one”, except one setting this version does not understand' }).waitFor();
      const notice = page.getByRole('region', { name: 'Part of this link was ignored' });
      await notice.waitFor();
      expect((await notice.innerText()).includes('leakage'), `notice: ${await notice.innerText()}`);
      await page.waitForFunction(() => window.location.search.includes('delay=1'));
      await shot('safekeeping-saved-bad-parts');
    },
  ],
  [
    'an import over 5 MB is refused at once, naming both sizes',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await openSaved(page);
      const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
      await page.getByLabel('Import saved scenarios from a file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
      const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
      await alert.waitFor();
      expect((await alert.innerText()).includes('6.0 MB, larger than the 5.0 MB'), `alert: ${await alert.innerText()}`);
    },
  ],
  [
    'the policy lets workers come only from the site, and images only from the site or a chart being drawn',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const directive = (name) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
      expect(directive('worker-src') === "worker-src 'self'", `worker-src: ${directive('worker-src')}`);
      expect(directive('img-src') === "img-src 'self' blob:", `img-src: ${directive('img-src')}`);
    },
  ],
  [
    'the sub-path without its trailing slash opens the app, online and offline',
    async ({ page, context, baseUrl, basePath }) => {
      const bare = `${baseUrl.replace(/\/$/, '')}`;
      if (basePath === '/') return; // served from the root: there is no bare form
      await open(page, `${bare}?delay=1`);
      const url = new URL(page.url());
      expect(url.pathname === basePath && url.search.includes('delay=1'), `address after opening the bare sub-path: ${page.url()}`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
      await context.setOffline(true);
      // Offline, the browser follows the host's redirect it kept from the first visit.
      await open(page, `${bare}?delay=1`);
      expect(new URL(page.url()).pathname === basePath, `offline address: ${page.url()}`);
      await context.setOffline(false);
    },
  ],
];
