// Workshop journeys (issue 5): saved scenarios, comparison, exports, presenter mode, shortcuts.
import { readFile } from 'node:fs/promises';
import { axeViolations } from './axe.mjs';

const SAVED_KEY = 'community-budgets-explorer:saved-scenarios';
const SET_ASIDE_PREFIX = 'community-budgets-explorer:set-aside:';
const AXE = { context: { bypassCSP: true } };

const headline = (page) => page.locator('section[aria-labelledby="headline-heading"]');
async function open(page, baseUrl, query = '') {
  await page.goto(`${baseUrl}${query}`);
  await headline(page).waitFor();
}
function expect(ok, message) {
  if (!ok) throw new Error(message);
}
const savedButton = (page) => page.getByRole('button', { name: /^Saved scenarios/ });
const exportButton = (page) => page.getByRole('button', { name: 'Export and print' });

async function saveAs(page, name) {
  if ((await savedButton(page).getAttribute('aria-expanded')) !== 'true') await savedButton(page).click();
  await page.getByLabel('Name for the current settings').fill(name);
  await page.getByRole('button', { name: 'Save current settings' }).click();
  await page.getByRole('status').filter({ hasText: `Saved “${name}”` }).waitFor();
}

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

async function fontSize(page, selector) {
  return page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

/** On a projector or laptop screen the room sees every figure, each on one line, and the four big sliders at once. */
/** Presses P and waits for presenter mode and its layout to settle. */
async function enterPresenterByKey(page) {
  await page.keyboard.press('p');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-presenter'));
  await page.waitForTimeout(600);
}

async function figuresAndSlidersInView(page) {
  const size = page.viewportSize();
  const problems = await page.evaluate(() => {
    const name = (el) => el.closest('[data-control]')?.getAttribute('data-control') ?? el.closest('.figure-card')?.querySelector('.figure-label')?.textContent?.replace(/\?$/, '');
    const shown = (sel) => [...document.querySelectorAll(sel)].filter((el) => el.offsetParent);
    const offScreen = shown('.figure-card, [data-control] input[type="range"]')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.top < 0 || box.bottom > innerHeight || box.right > innerWidth)
      .map(({ el, box }) => `${name(el)} off screen (${Math.round(box.top)}–${Math.round(box.bottom)} px)`);
    const wrapped = shown('.figure-value')
      .filter((el) => el.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(el).lineHeight))
      .map((el) => `${name(el)} value on two lines`);
    return [...offScreen, ...wrapped];
  });
  expect(problems.length === 0, `at ${size.width}×${size.height}: ${problems.join(', ')}`);
  expect((await page.locator('.figure-card').count()) === 6, 'not six figures');
}

async function noAxeViolations(page, what) {
  const violations = await axeViolations(page);
  expect(violations.length === 0, `${what}: ${violations.length} axe violations:\n${violations.join('\n')}`);
}

export default [
  [
    'save a scenario, reload and find it kept, then load it back',
    async ({ page, baseUrl, shot }) => {
      await open(page, baseUrl, '?leakage=20&delay=1');
      await saveAs(page, 'Leaky and late');
      await shot('workshop-saved-panel');
      await page.reload();
      await headline(page).waitFor();
      await savedButton(page).click();
      const item = page.locator('.saved-item', { hasText: 'Leaky and late' });
      await item.waitFor();
      expect((await item.innerText()).includes('Leakage 20%'), 'the saved item does not describe its settings');
      const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY));
      expect(stored.schema === 1 && stored.scenarios[0].query === 'leakage=20&delay=1&v=1', `stored form: ${JSON.stringify(stored)}`);
      await page.getByRole('button', { name: /^Close panel/ }).click();
      await page.getByRole('button', { name: 'Reset all' }).click();
      await page.waitForFunction(() => !window.location.search.includes('leakage'));
      await savedButton(page).click();
      await page.getByRole('button', { name: 'Load “Leaky and late”' }).click();
      await page.waitForFunction(() => window.location.search.includes('leakage=20'));
      // Rename, duplicate and delete with undo.
      await page.getByRole('button', { name: 'Rename “Leaky and late”' }).click();
      await page.getByLabel('New name for “Leaky and late”').fill('Workshop A');
      await page.getByRole('button', { name: 'Save name' }).click();
      await page.getByRole('button', { name: 'Duplicate “Workshop A”' }).click();
      await page.locator('.saved-item', { hasText: 'Workshop A (copy)' }).waitFor();
      await page.getByRole('button', { name: 'Delete “Workshop A (copy)”' }).click();
      expect((await page.locator('.saved-item').count()) === 1, 'delete did not remove the copy');
      await page.getByRole('button', { name: 'Undo' }).click();
      expect((await page.locator('.saved-item').count()) === 2, 'undo did not put the copy back');
    },
  ],
  [
    'compare two scenarios: figures side by side, profiles overlaid, partners side by side',
    async ({ page, baseUrl, shot }) => {
      await open(page, baseUrl, '?leakage=30');
      await saveAs(page, 'Thirty per cent leak');
      await page.getByRole('button', { name: /^Close panel/ }).click();
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      const panel = page.locator('section.compare');
      await panel.waitFor();
      await page.getByLabel('First scenario (A)').selectOption({ label: 'Report prudent' });
      await page.getByLabel('Second scenario (B)').selectOption({ label: 'Thirty per cent leak' });
      const row = panel.locator('tr[data-figure="annual"]');
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      expect(/Annual net benefit £[\d.,]+(bn|m) £[\d.,]+(bn|m) [▲▼] £/.test(text), `annual row: ${text}`);
      expect((await panel.locator('[data-chart="compare-profile"] svg.recharts-surface').count()) > 0, 'no overlaid profile chart');
      expect((await panel.getByRole('table', { name: /Net benefit by partner, A and B/ }).count()) === 1, 'no partner table');
      await panel.scrollIntoViewIfNeeded();
      await page.waitForTimeout(800);
      await shot('workshop-compare-1366');
      await noAxeViolations(page, 'compare view');
    },
    AXE,
  ],
  [
    'compare on a phone: the page does not scroll sideways (wide tables scroll in their own box)',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?scenario=prudent&scale=60');
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.locator('section.compare').waitFor();
      await page.getByLabel('Second scenario (B)').selectOption({ label: 'Half the benefits leak' });
      await page.locator('section.compare').getByRole('table').first().waitFor();
      await page.waitForTimeout(500);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width <= 390, `the page is ${width} px wide on a 390 px phone`);
    },
    { viewport: { width: 390, height: 844 } },
  ],
  [
    'exports: CSV files open cleanly, the workbook and chart images download',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?scenario=prudent&leakage=10');
      await exportButton(page).click();
      const yearly = await download(page, () => page.getByRole('button', { name: 'Yearly figures by theme (CSV)' }).click());
      const text = yearly.bytes.toString('utf8');
      expect(yearly.name.endsWith('.csv'), `file name ${yearly.name}`);
      expect(yearly.bytes[0] === 0xef && yearly.bytes[1] === 0xbb && yearly.bytes[2] === 0xbf, 'no UTF-8 byte-order mark');
      expect(text.includes('\r\n') && !/[^\r]\n/.test(text), 'line ends are not CRLF');
      expect(text.includes('Leakage,10%') && text.includes('Report prudent (0%)'), 'the header block does not carry the settings');
      expect(text.includes('"Ernst & Young for the Local Government Association (2013), Whole Place'), 'no quoted source line');
      expect(/\r\nYear,Theme,Benefit \(£bn\)/.test(text), 'no table header');
      expect(/\r\n2012-13,All themes,-?[\d.]+,/.test(text), 'no total row');
      const partners = await download(page, () => page.getByRole('button', { name: 'Partner allocation (CSV)' }).click());
      expect(partners.bytes.toString('utf8').includes('Department of Health'), 'partner CSV lacks partners');
      const xlsx = await download(page, () => page.getByRole('button', { name: 'Excel workbook (.xlsx)' }).click());
      expect(xlsx.name.endsWith('.xlsx') && xlsx.bytes.subarray(0, 2).toString() === 'PK', 'the workbook is not a zip');
      expect(xlsx.bytes.includes(Buffer.from('xl/worksheets/sheet3.xml')), 'the workbook does not have three sheets');
      await page.getByRole('button', { name: /^Close panel/ }).click();
      const png = await download(page, () => page.getByRole('button', { name: 'Download “Benefit profile” as a PNG image' }).click());
      expect(png.bytes.subarray(1, 4).toString() === 'PNG' && png.bytes.length > 5000, `PNG: ${png.name} ${png.bytes.length} bytes`);
      const svg = await download(page, () => page.getByRole('button', { name: 'Download “Who gets the savings” as an SVG image' }).click());
      const svgText = svg.bytes.toString('utf8');
      expect(svgText.includes('<svg') && svgText.includes('Who gets the savings') && svgText.includes('Health (DH)'), 'SVG lacks title or labels');
    },
  ],
  [
    'presenter mode at 1920×1080: big text, hidden advanced controls, no axe violations',
    async ({ page, baseUrl, shot }) => {
      await open(page, baseUrl, '?leakage=20&delay=1');
      await page.getByRole('button', { name: 'Presenter mode' }).click();
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-presenter'));
      await page.waitForTimeout(600);
      for (const sel of ['body', '.control-label', '.figure-label', '.figure-comparison', 'legend', '.choice label', '.presenter-hint']) {
        const size = await fontSize(page, sel);
        expect(size >= 24, `${sel} is ${size}px in presenter mode`);
      }
      const tick = await fontSize(page, '[data-chart="profile"] .recharts-cartesian-axis-tick-value');
      expect(tick >= 18, `chart labels are ${tick}px`);
      // The presets show (with their keys); their line of help does not.
      for (const sel of ['[data-control="rate"]', '[data-control="horizon"]', '.assumptions .advanced', '[data-group="themes"]', '.presets .help', '[data-chart="sensitivity"]']) {
        expect(!(await page.locator(sel).first().isVisible()), `${sel} is still visible in presenter mode`);
      }
      // The line that speaks each new result is not thinned out with the results column.
      const spokenLine = await page.locator('[data-result-announcer]').evaluate((el) => getComputedStyle(el).display);
      expect(spokenLine !== 'none', 'the spoken result line is hidden in presenter mode');
      for (const sel of ['[data-control="scenario"]', '[data-control="scale"]', '[data-control="leakage"]', '[data-control="delay"]', '[data-group="lens"]', '[data-chart="profile"]', '[data-chart="partners"]']) {
        expect(await page.locator(sel).first().isVisible(), `${sel} is hidden in presenter mode`);
      }
      // Without tooltips or tables, the cards carry the break-evens' margins in words, and the
      // partner chart each partner's figure with its change from the report base.
      const leakDetail = await page.locator('[data-figure="leakageHeadroom"] .figure-detail').innerText();
      expect(/^\d+ points beyond your 20%$/.test(leakDetail), `leakage card says "${leakDetail}"`);
      const delayDetail = await page.locator('[data-figure="delayHeadroom"] .figure-detail').innerText();
      expect(/^[\d.]+ years? beyond your 1 year$/.test(delayDetail), `delay card says "${delayDetail}"`);
      for (const sel of ['[data-figure="leakageHeadroom"] .figure-detail', '[data-figure="delayHeadroom"] .figure-detail']) {
        expect(await page.locator(sel).isVisible(), `${sel} is hidden in presenter mode`);
      }
      const ticks = await page.locator('[data-chart="partners"] .partner-tick').allTextContents();
      expect(ticks.some((t) => /Health \(DH\)\s*£[\d.,]+(bn|m) ▼ £/.test(t)), `partner labels: ${ticks.join(' | ')}`);
      // The room sees both charts whole, legends included, without anyone scrolling.
      for (const chart of ['profile', 'partners']) {
        const box = await page.locator(`[data-chart="${chart}"]`).boundingBox();
        const bottom = box ? Math.round(box.y + box.height) : null;
        expect(bottom !== null && bottom <= 1080, `the ${chart} chart ends at ${bottom} px, below a 1080 px screen`);
      }
      await shot('workshop-presenter-1920x1080');
      await page.screenshot({ path: 'test-results/screenshots/workshop-presenter-1920x1080-viewport.png' });
      await noAxeViolations(page, 'presenter mode');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-presenter'));
    },
    { viewport: { width: 1920, height: 1080 }, ...AXE },
  ],
  [
    'presenter mode at 1024×768 with the comparison open',
    async ({ page, baseUrl, shot }) => {
      await open(page, baseUrl, '?leakage=25');
      await enterPresenterByKey(page);
      // 20 px on a screen 800 px tall or less, so the figures, sliders and both charts share it.
      expect((await fontSize(page, 'body')) >= 20, 'body text under 20px');
      await figuresAndSlidersInView(page);
      await noAxeViolations(page, 'presenter mode at 1024×768');
      await page.screenshot({ path: 'test-results/screenshots/workshop-presenter-1024x768-viewport.png' });
      await shot('workshop-presenter-1024x768');
      await page.keyboard.press('c');
      await page.locator('section.compare').waitFor();
      await page.waitForTimeout(600);
      expect(!(await page.locator('[data-chart="profile"]').isVisible()), 'the single-run chart should give way to the comparison');
      await shot('workshop-presenter-compare-1024x768');
      await noAxeViolations(page, 'presenter comparison');
    },
    { viewport: { width: 1024, height: 768 }, ...AXE },
  ],
  [
    'presenter mode on a 1024×768 projector in a window (1024×620 left): figures and every slider in view',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?leakage=95&delay=5&scenario=prudent');
      await enterPresenterByKey(page);
      await figuresAndSlidersInView(page);
      for (const sel of ['body', '.control-label', '.figure-label', '.figure-comparison']) {
        const size = await fontSize(page, sel);
        expect(size >= 20, `${sel} is ${size}px in presenter mode on a short screen`);
      }
    },
    { viewport: { width: 1024, height: 620 } },
  ],
  [
    'presenter mode on a 1440×900 laptop: every figure on one line and in view with the sliders',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?leakage=95&delay=5&scenario=prudent');
      await enterPresenterByKey(page);
      await figuresAndSlidersInView(page);
      // The header panels open on screen, and a comparison opens where the room can see it.
      await savedButton(page).click();
      const panel = await page.locator('.workshop-popover').boundingBox();
      expect(panel && panel.x >= 0 && panel.x + panel.width <= 1440, `the saved scenarios panel spans ${panel?.x} to ${panel && panel.x + panel.width} px`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('c');
      await page.locator('section.compare').waitFor();
      await page.waitForFunction(() => document.querySelector('section.compare').getBoundingClientRect().top < 450, null, { timeout: 3000 }).catch(() => {});
      const compare = await page.locator('section.compare').boundingBox();
      expect(compare && compare.y < 450, `the comparison starts at ${compare?.y} px, out of the room's sight`);
      // In view by scrolling, not by moving it above the sliders: the keyboard order stays as seen.
      const sliderTop = await page.getByRole('slider', { name: 'Leakage' }).evaluate((el) => el.getBoundingClientRect().top);
      expect(sliderTop < compare.y, 'the comparison was moved above the sliders');
    },
    { viewport: { width: 1440, height: 900 } },
  ],
  [
    'keyboard shortcuts: presets, reset, compare, full screen; nothing fires while typing',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await page.keyboard.press('2');
      expect(!page.url().includes('scenario'), 'a preset key worked outside presenter mode');
      await page.keyboard.press('p');
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-presenter'));
      await page.keyboard.press('2');
      await page.waitForFunction(() => window.location.search.includes('scenario=prudent'));
      await page.keyboard.press('6');
      await page.waitForFunction(() => window.location.search.includes('delay=2') && !window.location.search.includes('scenario'));
      await page.getByRole('status').filter({ hasText: 'Preset: Two years late' }).waitFor();
      await page.keyboard.press('r');
      await page.waitForFunction(() => window.location.search === '');
      await page.keyboard.press('c');
      await page.locator('section.compare').waitFor();
      await page.keyboard.press('c');
      await page.locator('section.compare').waitFor({ state: 'detached' });
      // Typing in a box: the name field of the saved scenarios panel.
      await savedButton(page).click();
      const name = page.getByLabel('Name for the current settings');
      await name.click();
      await page.keyboard.type('1 r c p f');
      expect((await name.inputValue()) === '1 r c p f', 'the keys did not reach the box');
      expect(page.url().indexOf('?') === -1, `a shortcut fired while typing: ${page.url()}`);
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-presenter')), 'P left presenter mode while typing');
      expect((await page.locator('section.compare').count()) === 0, 'C opened the comparison while typing');
      await page.keyboard.press('Escape'); // closes the panel, stays in presenter mode
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-presenter')), 'Escape in the panel left presenter mode');
      await page.locator('body').click({ position: { x: 5, y: 700 } });
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement !== null || document.querySelector('.workshop-announce')?.textContent?.includes('Full screen'), null, { timeout: 3000 });
      if (await page.evaluate(() => document.fullscreenElement !== null)) {
        await page.keyboard.press('f');
        await page.waitForFunction(() => document.fullscreenElement === null);
      }
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-presenter'));
    },
  ],
  [
    'corrupted saved data is set aside and newer data left alone, each with a notice, and the page still works',
    async ({ page, baseUrl, shot }) => {
      await open(page, baseUrl);
      await page.evaluate((k) => localStorage.setItem(k, '{"schema":1,"scenarios":[{"id":'), SAVED_KEY);
      await page.reload();
      const notice = page.locator('.workshop-notice');
      await notice.waitFor();
      expect((await notice.innerText()).includes('could not be read'), 'notice does not explain');
      await shot('workshop-corrupt-notice');
      const file = await download(page, () => notice.getByRole('button', { name: 'Download the set-aside data' }).click());
      expect(file.bytes.toString('utf8') === '{"schema":1,"scenarios":[{"id":', 'the set-aside copy is not the original');
      const keys = await page.evaluate(() => Object.keys(localStorage));
      expect(keys.some((k) => k.startsWith(SET_ASIDE_PREFIX)), `no set-aside key: ${keys}`);
      // The page still works: a preset changes the figures and saving starts a new list.
      await page.getByRole('button', { name: /Report prudent/ }).click();
      await page.waitForFunction(() => window.location.search.includes('scenario=prudent'));
      await saveAs(page, 'Fresh start');
      // Data from a newer version is left exactly as it is (not set aside), with a notice.
      const newer = JSON.stringify({ schema: 9, scenarios: [] });
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVED_KEY, newer]);
      await page.reload();
      await page.locator('.workshop-notice', { hasText: 'newer version' }).waitFor();
      const setAside = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, SET_ASIDE_PREFIX);
      expect(setAside === 1, `expected the one set-aside copy of the corrupt data, found ${setAside}`);
      expect((await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY)) === newer, 'the newer data was changed');
    },
  ],
  [
    'import: clear errors for a bad file; name clashes offer keep both, replace or skip',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?leakage=40');
      await saveAs(page, 'Forty');
      const input = page.getByLabel('Import saved scenarios from a file');
      const bad = { schema: 1, scenarios: [{ id: 'x', name: '', query: 'leakage=10', savedAt: '2024-01-01T00:00:00Z' }] };
      await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
      await alert.waitFor();
      expect((await alert.innerText()).includes('Scenario 1: name must not be empty'), `error text: ${await alert.innerText()}`);
      const good = {
        schema: 1,
        scenarios: [
          { id: 'a', name: 'Forty', query: 'leakage=45', savedAt: '2024-01-01T00:00:00Z' },
          { id: 'b', name: 'New one', query: 'delay=1', savedAt: '2024-01-01T00:00:00Z' },
        ],
      };
      await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
      await page.getByRole('heading', { name: 'Some names are already in use' }).waitFor();
      await page.getByRole('radio', { name: /Keep both/ }).check();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      // The choices go, and focus with them: back to the file picker, not to the page.
      await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'file');
      await page.getByText('Imported “Forty” as “Forty (2)”, because that name was already taken.').waitFor();
      await page.getByText('Added “New one”.').waitFor();
      expect((await page.locator('.saved-item').count()) === 3, 'expected three saved scenarios');
      const exported = await download(page, () => page.getByRole('button', { name: 'Export all to a file (JSON)' }).click());
      const json = JSON.parse(exported.bytes.toString('utf8'));
      expect(json.schema === 1 && json.scenarios.length === 3, 'export does not hold all three');
    },
  ],
  [
    'print preview: one A4 landscape page with assumptions, figures, both charts and sources',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?scenario=prudent&leakage=15');
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(800);
      expect(await page.getByRole('heading', { name: 'Assumptions' }).first().isVisible(), 'no assumptions on the printed page');
      expect(!(await page.locator('.controls-column').isVisible()), 'controls printed');
      expect(!(await page.getByRole('button', { name: 'Presenter mode' }).isVisible()), 'buttons printed');
      await page.screenshot({ path: 'test-results/screenshots/workshop-print-preview.png', fullPage: true });
      const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages === 1, `the printed summary runs to ${pages} pages`);
      // Printed in the middle of a workshop: presenter mode prints the same summary.
      await page.emulateMedia({ media: 'screen' });
      await page.keyboard.press('p');
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-presenter'));
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(800);
      expect(await page.getByRole('heading', { name: 'Assumptions' }).first().isVisible(), 'no assumptions when printed in presenter mode');
      expect(await page.getByRole('heading', { name: 'Community Budgets Explorer' }).isVisible(), 'no title when printed in presenter mode');
      expect(await page.locator('[data-chart="profile"] .chart-note').isVisible(), 'no chart source when printed in presenter mode');
      const rootSize = await fontSize(page, 'html');
      expect(rootSize < 12, `presenter text size (${rootSize}px) on the printed page`);
      const presenterPdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
      const presenterPages = (presenterPdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(presenterPages === 1, `printed in presenter mode, the summary runs to ${presenterPages} pages`);
    },
    { viewport: { width: 1123, height: 794 } },
  ],
  [
    'in presenter mode at 1024×768 the spoken notice never covers the focused button (WCAG 2.4.11)',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      const covered = () =>
        page.evaluate(() => {
          const notice = document.querySelector('.workshop-announce.is-visible');
          const focused = document.activeElement;
          if (!notice || !focused || focused === document.body) return null;
          const a = notice.getBoundingClientRect();
          const b = focused.getBoundingClientRect();
          return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom ? focused.textContent.trim() : null;
        });
      await savedButton(page).focus();
      await page.keyboard.press('p');
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-presenter'));
      await page.waitForTimeout(200);
      expect((await page.locator('.workshop-announce.is-visible').count()) === 1, 'no notice on entering presenter mode');
      let over = await covered();
      expect(over === null, `the notice covers the focused "${over}" on entering presenter mode`);
      // A preset from the first button, then Tab along the header while the notice shows.
      await page.getByRole('button', { name: 'Leave presenter mode' }).focus();
      await page.keyboard.press('2');
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        over = await covered();
        expect(over === null, `the notice covers the focused "${over}"`);
      }
    },
    { viewport: { width: 1024, height: 768 } },
  ],
];
