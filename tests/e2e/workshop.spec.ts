// Workshop journeys (issue 5): saved scenarios, comparison, exports, presenter mode, shortcuts.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, screenshotPath, test } from './fixtures';
import { layoutSettled, pdfPages, squashed } from './helpers';

const SAVED_KEY = 'community-budgets-explorer:saved-scenarios';
const SET_ASIDE_PREFIX = 'community-budgets-explorer:set-aside:';

const headline = (page: Page) => page.locator('section[aria-labelledby="headline-heading"]');
async function open(page: Page, baseUrl: string, query = '') {
  await page.goto(`${baseUrl}${query}`);
  await expect(headline(page)).toBeVisible();
}
const savedButton = (page: Page) => page.getByRole('button', { name: /^Saved scenarios/ });
const exportButton = (page: Page) => page.getByRole('button', { name: 'Export and print' });
const presenter = (page: Page) => page.locator('html[data-presenter]');

async function saveAs(page: Page, name: string) {
  if ((await savedButton(page).getAttribute('aria-expanded')) !== 'true') await savedButton(page).click();
  await page.getByLabel('Name for the current settings').fill(name);
  await page.getByRole('button', { name: 'Save current settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”` })).toBeVisible();
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

async function fontSize(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

/** Presses P and waits for presenter mode and its layout to settle. */
async function enterPresenterByKey(page: Page) {
  await page.keyboard.press('p');
  await expect(presenter(page)).toHaveCount(1);
  await layoutSettled(page);
}

/** On a projector or laptop screen the room sees every figure, each on one line, and the four big sliders at once. */
async function figuresAndSlidersInView(page: Page) {
  const size = page.viewportSize()!;
  const problems = await page.evaluate(() => {
    const name = (el: Element) => el.closest('[data-control]')?.getAttribute('data-control') ?? el.closest('.figure-card')?.querySelector('.figure-label')?.textContent?.replace(/\?$/, '');
    const shown = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.offsetParent);
    const offScreen = shown('.figure-card, [data-control] input[type="range"]')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.top < 0 || box.bottom > innerHeight || box.right > innerWidth)
      .map(({ el, box }) => `${name(el)} off screen (${Math.round(box.top)}–${Math.round(box.bottom)} px)`);
    const wrapped = shown('.figure-value')
      .filter((el) => el.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(el).lineHeight))
      .map((el) => `${name(el)} value on two lines`);
    return [...offScreen, ...wrapped];
  });
  expect(problems, `at ${size.width}×${size.height}`).toEqual([]);
  await expect(page.locator('.figure-card'), 'six figures').toHaveCount(6);
}

test('save a scenario, reload and find it kept, then load it back', async ({ page, baseUrl, shot }) => {
  await open(page, baseUrl, '?leakage=20&delay=1');
  await saveAs(page, 'Leaky and late');
  await shot('workshop-saved-panel');
  await page.reload();
  await expect(headline(page)).toBeVisible();
  await savedButton(page).click();
  const item = page.locator('.saved-item', { hasText: 'Leaky and late' });
  await expect(item, 'the saved item describes its settings').toContainText('Leakage 20%', { useInnerText: true });
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY)) ?? 'null');
  expect(stored.schema, 'stored form').toBe(1);
  expect(stored.scenarios[0].query, 'stored form').toBe('leakage=20&delay=1&v=1');
  await page.getByRole('button', { name: /^Close panel/ }).click();
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page).not.toHaveURL(/leakage/);
  await savedButton(page).click();
  await page.getByRole('button', { name: 'Load “Leaky and late”' }).click();
  await expect(page).toHaveURL(/leakage=20/);
  // Rename, duplicate and delete with undo.
  await page.getByRole('button', { name: 'Rename “Leaky and late”' }).click();
  await page.getByLabel('New name for “Leaky and late”').fill('Workshop A');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('button', { name: 'Duplicate “Workshop A”' }).click();
  await expect(page.locator('.saved-item', { hasText: 'Workshop A (copy)' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete “Workshop A (copy)”' }).click();
  await expect(page.locator('.saved-item'), 'delete removes the copy').toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.saved-item'), 'undo puts the copy back').toHaveCount(2);
});

test.describe(() => {
  test.use({ bypassCSP: true }); // axe is added to the page as a script
  test('compare two scenarios: figures side by side, profiles overlaid, partners side by side', async ({ page, baseUrl, shot }) => {
    await open(page, baseUrl, '?leakage=30');
    await saveAs(page, 'Thirty per cent leak');
    await page.getByRole('button', { name: /^Close panel/ }).click();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const panel = page.locator('section.compare');
    await expect(panel).toBeVisible();
    await page.getByLabel('First scenario (A)').selectOption({ label: 'Report prudent' });
    await page.getByLabel('Second scenario (B)').selectOption({ label: 'Thirty per cent leak' });
    const annual = () => squashed(panel.locator('tr[data-figure="annual"]'));
    await expect.poll(annual, { message: 'annual row' }).toMatch(/Annual net benefit £[\d.,]+(bn|m) £[\d.,]+(bn|m) [▲▼] £/);
    await expect(panel.locator('[data-chart="compare-profile"] svg.recharts-surface'), 'an overlaid profile chart').not.toHaveCount(0);
    await expect(panel.getByRole('table', { name: /Net benefit by partner, A and B/ }), 'a partner table').toHaveCount(1);
    // Up to four: C and D join the figures and both charts; the difference stays A and B's.
    await page.getByLabel('Third scenario (C, optional)').selectOption({ label: 'Health-led' });
    await page.getByLabel('Fourth scenario (D, optional)').selectOption({ label: 'Report base' });
    await expect(panel.locator('.compare-figures thead th')).toHaveText(['Figure', 'A: Preset: Report prudent', 'B: Saved: Thirty per cent leak', 'Difference (A − B)', 'C: Preset: Health-led', 'D: Preset: Report base']);
    await expect(panel.locator('[data-chart="compare-partners"] .recharts-legend-item')).toHaveCount(4);
    await panel.scrollIntoViewIfNeeded();
    await layoutSettled(page);
    await shot('workshop-compare-1366');
    await expectNoAxeViolations(page, 'compare view');
  });
});

test.describe(() => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('compare on a phone: the page does not scroll sideways (wide tables scroll in their own box)', async ({ page, baseUrl }) => {
    await open(page, baseUrl, '?scenario=prudent&scale=60');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.locator('section.compare')).toBeVisible();
    await page.getByLabel('Second scenario (B)').selectOption({ label: 'Half the benefits leak' });
    await expect(page.locator('section.compare').getByRole('table').first()).toBeVisible();
    await layoutSettled(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'page width on a 390 px phone' }).toBeLessThanOrEqual(390);
  });
});

test('exports: CSV files open cleanly, the workbook and chart images download', async ({ page, baseUrl }) => {
  await open(page, baseUrl, '?scenario=prudent&leakage=10');
  await exportButton(page).click();
  const yearly = await download(page, () => page.getByRole('button', { name: 'Yearly figures by theme (CSV)' }).click());
  const text = yearly.bytes.toString('utf8');
  expect(yearly.name).toMatch(/\.csv$/);
  expect([...yearly.bytes.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  expect(text.includes('\r\n') && !/[^\r]\n/.test(text), 'line ends are CRLF').toBe(true);
  expect(text, 'the header block carries the settings').toContain('Leakage,10%');
  expect(text, 'the header block carries the settings').toContain('Report prudent (0%)');
  expect(text, 'a quoted source line').toContain('"Ernst & Young for the Local Government Association (2013), Whole Place');
  expect(text, 'a table header').toMatch(/\r\nYear,Theme,Benefit \(£bn\)/);
  expect(text, 'a total row').toMatch(/\r\n2012-13,All themes,-?[\d.]+,/);
  const partners = await download(page, () => page.getByRole('button', { name: 'Partner allocation (CSV)' }).click());
  expect(partners.bytes.toString('utf8'), 'the partner CSV lists partners').toContain('Department of Health');
  const xlsx = await download(page, () => page.getByRole('button', { name: 'Excel workbook (.xlsx)' }).click());
  expect(xlsx.name.endsWith('.xlsx') && xlsx.bytes.subarray(0, 2).toString() === 'PK', 'the workbook is a zip').toBe(true);
  expect(xlsx.bytes.includes(Buffer.from('xl/worksheets/sheet4.xml')), 'the workbook has four sheets').toBe(true);
  await page.getByRole('button', { name: /^Close panel/ }).click();
  const png = await download(page, () => page.getByRole('button', { name: 'Download “Benefit profile” as a PNG image' }).click());
  expect(png.bytes.subarray(1, 4).toString() === 'PNG' && png.bytes.length > 5000, `PNG: ${png.name} ${png.bytes.length} bytes`).toBe(true);
  const svg = await download(page, () => page.getByRole('button', { name: 'Download “Who gets the savings” as an SVG image' }).click());
  const svgText = svg.bytes.toString('utf8');
  for (const part of ['<svg', 'Who gets the savings', 'Health (DH)']) expect(svgText, 'the SVG’s title and labels').toContain(part);
});

test.describe(() => {
  test.use({ viewport: { width: 1920, height: 1080 }, bypassCSP: true });
  test('presenter mode at 1920×1080: big text, hidden advanced controls, no axe violations', async ({ page, baseUrl, shot }) => {
    await open(page, baseUrl, '?leakage=20&delay=1');
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(presenter(page)).toHaveCount(1);
    await layoutSettled(page);
    for (const sel of ['body', '.control-label', '.figure-label', '.figure-comparison', 'legend', '.choice label', '.presenter-hint']) {
      expect(await fontSize(page, sel), `${sel} in presenter mode (px)`).toBeGreaterThanOrEqual(24);
    }
    expect(await fontSize(page, '[data-chart="profile"] .recharts-cartesian-axis-tick-value'), 'chart labels (px)').toBeGreaterThanOrEqual(18);
    // The presets show (with their keys); their line of help does not.
    for (const sel of ['[data-control="rate"]', '[data-control="horizon"]', '.assumptions .advanced', '[data-group="themes"]', '.presets .help', '[data-chart="sensitivity"]']) {
      await expect(page.locator(sel).first(), `${sel} is hidden in presenter mode`).toBeHidden();
    }
    // The line that speaks each new result is not thinned out with the results column.
    await expect(page.locator('[data-result-announcer]'), 'the spoken result line is kept in presenter mode').not.toHaveCSS('display', 'none');
    for (const sel of ['[data-control="scenario"]', '[data-control="scale"]', '[data-control="leakage"]', '[data-control="delay"]', '[data-group="lens"]', '[data-chart="profile"]', '[data-chart="partners"]']) {
      await expect(page.locator(sel).first(), `${sel} shows in presenter mode`).toBeVisible();
    }
    // Without tooltips or tables, the cards carry the break-evens' margins in words, and the
    // partner chart each partner's figure with its change from the report base.
    await expect(page.locator('[data-figure="leakageHeadroom"] .figure-detail'), 'leakage card').toHaveText(/^\d+ points beyond your 20%$/, { useInnerText: true });
    await expect(page.locator('[data-figure="delayHeadroom"] .figure-detail'), 'delay card').toHaveText(/^[\d.]+ years? beyond your 1 year$/, { useInnerText: true });
    for (const sel of ['[data-figure="leakageHeadroom"] .figure-detail', '[data-figure="delayHeadroom"] .figure-detail']) {
      await expect(page.locator(sel), `${sel} shows in presenter mode`).toBeVisible();
    }
    const ticks = await page.locator('[data-chart="partners"] .partner-tick').allTextContents();
    expect(ticks.some((t) => /Health \(DH\)\s*£[\d.,]+(bn|m) ▼ £/.test(t)), `partner labels: ${ticks.join(' | ')}`).toBe(true);
    // The room sees both charts whole, legends included, without anyone scrolling.
    for (const chart of ['profile', 'partners']) {
      const box = await page.locator(`[data-chart="${chart}"]`).boundingBox();
      expect(box ? Math.round(box.y + box.height) : null, `the ${chart} chart's bottom on a 1080 px screen`).toBeLessThanOrEqual(1080);
    }
    await shot('workshop-presenter-1920x1080');
    await page.screenshot({ path: screenshotPath('workshop-presenter-1920x1080-viewport') });
    await expectNoAxeViolations(page, 'presenter mode');
    await page.keyboard.press('Escape');
    await expect(presenter(page)).toHaveCount(0);
  });
});

test.describe(() => {
  test.use({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  test('presenter mode at 1024×768 with the comparison open', async ({ page, baseUrl, shot }) => {
    await open(page, baseUrl, '?leakage=25');
    await enterPresenterByKey(page);
    // 20 px on a screen 800 px tall or less, so the figures, sliders and both charts share it.
    expect(await fontSize(page, 'body'), 'body text (px)').toBeGreaterThanOrEqual(20);
    await figuresAndSlidersInView(page);
    await expectNoAxeViolations(page, 'presenter mode at 1024×768');
    await page.screenshot({ path: screenshotPath('workshop-presenter-1024x768-viewport') });
    await shot('workshop-presenter-1024x768');
    await page.keyboard.press('c');
    await expect(page.locator('section.compare')).toBeVisible();
    await expect(page.locator('[data-chart="profile"]'), 'the single-run chart gives way to the comparison').toBeHidden();
    await layoutSettled(page);
    await shot('workshop-presenter-compare-1024x768');
    await expectNoAxeViolations(page, 'presenter comparison');
  });
});

test.describe(() => {
  test.use({ viewport: { width: 1024, height: 620 } });
  test('presenter mode on a 1024×768 projector in a window (1024×620 left): figures and every slider in view', async ({ page, baseUrl }) => {
    await open(page, baseUrl, '?leakage=95&delay=5&scenario=prudent');
    await enterPresenterByKey(page);
    await figuresAndSlidersInView(page);
    for (const sel of ['body', '.control-label', '.figure-label', '.figure-comparison']) {
      expect(await fontSize(page, sel), `${sel} in presenter mode on a short screen (px)`).toBeGreaterThanOrEqual(20);
    }
  });
});

test.describe(() => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('presenter mode on a 1440×900 laptop: every figure on one line and in view with the sliders', async ({ page, baseUrl }) => {
    await open(page, baseUrl, '?leakage=95&delay=5&scenario=prudent');
    await enterPresenterByKey(page);
    await figuresAndSlidersInView(page);
    // The header panels open on screen, and a comparison opens where the room can see it.
    await savedButton(page).click();
    const panel = await page.locator('.workshop-popover').boundingBox();
    expect(panel && panel.x >= 0 && panel.x + panel.width <= 1440, `the saved scenarios panel spans ${panel?.x} to ${panel && panel.x + panel.width} px`).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('c');
    const compare = page.locator('section.compare');
    await expect(compare).toBeVisible();
    await expect.poll(async () => (await compare.boundingBox())?.y, { message: "the comparison's top, in the room's sight" }).toBeLessThan(450);
    // In view by scrolling, not by moving it above the sliders: the keyboard order stays as seen.
    const sliderTop = await page.getByRole('slider', { name: 'Leakage' }).evaluate((el) => el.getBoundingClientRect().top);
    expect(sliderTop, 'the sliders stay above the comparison').toBeLessThan((await compare.boundingBox())!.y);
  });
});

test('keyboard shortcuts: presets, reset, compare, full screen; nothing fires while typing', async ({ page, baseUrl }) => {
  await open(page, baseUrl);
  await page.keyboard.press('2');
  expect(page.url(), 'a preset key does nothing outside presenter mode').not.toContain('scenario');
  await page.keyboard.press('p');
  await expect(presenter(page)).toHaveCount(1);
  await page.keyboard.press('2');
  await expect(page).toHaveURL(/scenario=prudent/);
  await page.keyboard.press('6');
  await expect.poll(() => new URL(page.url()).search, { message: 'preset 6: two years late from the base' }).toMatch(/^(?!.*scenario).*delay=2/);
  await expect(page.getByRole('status').filter({ hasText: 'Preset: Two years late' })).toBeVisible();
  await page.keyboard.press('r');
  await expect.poll(() => new URL(page.url()).search, { message: 'reset clears the settings' }).toBe('');
  await page.keyboard.press('c');
  await expect(page.locator('section.compare')).toBeVisible();
  await page.keyboard.press('c');
  await expect(page.locator('section.compare')).toHaveCount(0);
  // Typing in a box: the name field of the saved scenarios panel.
  await savedButton(page).click();
  const name = page.getByLabel('Name for the current settings');
  await name.click();
  await page.keyboard.type('1 r c p f');
  await expect(name, 'the keys reach the box').toHaveValue('1 r c p f');
  expect(page.url(), 'no shortcut fires while typing').not.toContain('?');
  await expect(presenter(page), 'P does not leave presenter mode while typing').toHaveCount(1);
  await expect(page.locator('section.compare'), 'C does not open the comparison while typing').toHaveCount(0);
  await page.keyboard.press('Escape'); // closes the panel, stays in presenter mode
  await expect(presenter(page), 'Escape in the panel stays in presenter mode').toHaveCount(1);
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement !== null || document.querySelector('.workshop-announce')?.textContent?.includes('Full screen'));
  if (await page.evaluate(() => document.fullscreenElement !== null)) {
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
  }
  await page.keyboard.press('Escape');
  await expect(presenter(page)).toHaveCount(0);
});

test('corrupted saved data is set aside and newer data left alone, each with a notice, and the page still works', async ({ page, baseUrl, shot }) => {
  await open(page, baseUrl);
  await page.evaluate((k) => localStorage.setItem(k, '{"schema":1,"scenarios":[{"id":'), SAVED_KEY);
  await page.reload();
  const notice = page.locator('.workshop-notice');
  await expect(notice, 'the notice explains').toContainText('could not be read', { useInnerText: true });
  await shot('workshop-corrupt-notice');
  const file = await download(page, () => notice.getByRole('button', { name: 'Download the set-aside data' }).click());
  expect(file.bytes.toString('utf8'), 'the set-aside copy is the original').toBe('{"schema":1,"scenarios":[{"id":');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith(SET_ASIDE_PREFIX)), `a set-aside key: ${keys}`).toBe(true);
  // The page still works: a preset changes the figures and saving starts a new list.
  await page.getByRole('button', { name: /Report prudent/ }).click();
  await expect(page).toHaveURL(/scenario=prudent/);
  await saveAs(page, 'Fresh start');
  // Data from a newer version is left exactly as it is (not set aside), with a notice.
  const newer = JSON.stringify({ schema: 9, scenarios: [] });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVED_KEY, newer] as const);
  await page.reload();
  await expect(page.locator('.workshop-notice', { hasText: 'newer version' })).toBeVisible();
  const setAside = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, SET_ASIDE_PREFIX);
  expect(setAside, 'the one set-aside copy of the corrupt data').toBe(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY), 'the newer data is left as it was').toBe(newer);
});

test('import: clear errors for a bad file; name clashes offer keep both, replace or skip', async ({ page, baseUrl }) => {
  await open(page, baseUrl, '?leakage=40');
  await saveAs(page, 'Forty');
  const input = page.getByLabel('Import saved scenarios from a file');
  const bad = { schema: 1, scenarios: [{ id: 'x', name: '', query: 'leakage=10', savedAt: '2024-01-01T00:00:00Z' }] };
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert, 'the error names the problem').toContainText('Scenario 1: name must not be empty', { useInnerText: true });
  const good = {
    schema: 1,
    scenarios: [
      { id: 'a', name: 'Forty', query: 'leakage=45', savedAt: '2024-01-01T00:00:00Z' },
      { id: 'b', name: 'New one', query: 'delay=1', savedAt: '2024-01-01T00:00:00Z' },
    ],
  };
  await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByRole('heading', { name: 'Some names are already in use' })).toBeVisible();
  await page.getByRole('radio', { name: /Keep both/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // The choices go, and focus with them: back to the file picker, not to the page.
  await expect(page.locator('input[type="file"]:focus')).toHaveCount(1);
  await expect(page.getByText('Imported “Forty” as “Forty (2)”, because that name was already taken.')).toBeVisible();
  await expect(page.getByText('Added “New one”.')).toBeVisible();
  await expect(page.locator('.saved-item'), 'three saved scenarios').toHaveCount(3);
  const exported = await download(page, () => page.getByRole('button', { name: 'Export all to a file (JSON)' }).click());
  const json = JSON.parse(exported.bytes.toString('utf8'));
  expect(json.schema, 'the export').toBe(1);
  expect(json.scenarios, 'the export holds all three').toHaveLength(3);
});

test.describe(() => {
  test.use({ viewport: { width: 1123, height: 794 } });
  test('print preview: one A4 landscape page with assumptions, figures, both charts and sources', async ({ page, baseUrl }) => {
    await open(page, baseUrl, '?scenario=prudent&leakage=15');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Assumptions' }).first(), 'assumptions on the printed page').toBeVisible();
    await expect(page.locator('.controls-column'), 'no controls printed').toBeHidden();
    await expect(page.getByRole('button', { name: 'Presenter mode' }), 'no buttons printed').toBeHidden();
    await layoutSettled(page);
    await page.screenshot({ path: screenshotPath('workshop-print-preview'), fullPage: true });
    expect(pdfPages(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })), 'pages the printed summary runs to').toBe(1);
    // Printed in the middle of a workshop: presenter mode prints the same summary.
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('p');
    await expect(presenter(page)).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Assumptions' }).first(), 'assumptions when printed in presenter mode').toBeVisible();
    await expect(page.getByRole('heading', { name: 'Community Budgets Explorer' }), 'the title when printed in presenter mode').toBeVisible();
    await expect(page.locator('[data-chart="profile"] .chart-note'), 'the chart source when printed in presenter mode').toBeVisible();
    await expect.poll(() => fontSize(page, 'html'), { message: 'presenter text size on the printed page (px)' }).toBeLessThan(12);
    await layoutSettled(page);
    const presenterPdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    expect(pdfPages(presenterPdf), 'pages the summary runs to, printed in presenter mode').toBe(1);
  });
});

test.describe(() => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('in presenter mode at 1024×768 the spoken notice never covers the focused button (WCAG 2.4.11)', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    const covered = () =>
      page.evaluate(() => {
        const notice = document.querySelector('.workshop-announce.is-visible');
        const focused = document.activeElement;
        if (!notice || !focused || focused === document.body) return null;
        const a = notice.getBoundingClientRect();
        const b = focused.getBoundingClientRect();
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom ? (focused.textContent ?? '').trim() : null;
      });
    await savedButton(page).focus();
    await page.keyboard.press('p');
    await expect(presenter(page)).toHaveCount(1);
    await expect(page.locator('.workshop-announce.is-visible'), 'a notice on entering presenter mode').toHaveCount(1);
    await layoutSettled(page, '.workshop-announce, header button');
    expect(await covered(), 'the focused control the notice covers on entering presenter mode').toBeNull();
    // A preset from the first button, then Tab along the header while the notice shows.
    await page.getByRole('button', { name: 'Leave presenter mode' }).focus();
    await page.keyboard.press('2');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await covered(), 'the focused control the notice covers').toBeNull();
    }
  });
});
