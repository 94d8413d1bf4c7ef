// Outputs taken away from the tool say what made them: chart images, the printed
// summary and the copied paragraph, read for a link that is not the report's base.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { layoutSettled, pdfPages, squashed } from './helpers';

const QUERY = '?leakage=20&delay=1&lens=exclude:DWP';
async function open(page: Page, baseUrl: string, query = QUERY) {
  await page.goto(`${baseUrl}${query}`);
  await expect(page.locator('section.headline')).toBeVisible();
  await expect(page.locator('[data-chart="partners"] svg.recharts-surface').first()).toBeVisible();
}
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
}
const today = () => new Date().toISOString().slice(0, 10);
const longDate = () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
const SETTINGS = ['Leakage 20%', 'Delay 1 year', 'Department for Work and Pensions is left out'];

test('a chart image (SVG) carries the settings, the date and the link; its file name carries the date', async ({ page, baseUrl }) => {
  await open(page, baseUrl);
  const svg = await download(page, () => page.getByRole('button', { name: 'Download “Who gets the savings” as an SVG image' }).click());
  expect(svg.name).toBe(`community-budgets-who-gets-the-savings-${today()}.svg`);
  const footer =
    svg.text
      .match(/<g class="chart-provenance">(.*?)<\/g>/s)?.[1]
      ?.replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ') ?? '';
  for (const part of SETTINGS) expect(footer, 'the image’s footer').toContain(part);
  expect(footer, 'the image’s footer').toContain(longDate());
  expect(footer.replace(/ /g, ''), 'the image’s footer carries the link').toContain('leakage=20&delay=1');
  expect(svg.text, 'the image shows the partners').toContain('Health (DH)');
  const png = await download(page, () => page.getByRole('button', { name: 'Download “Benefit profile” as a PNG image' }).click());
  expect(png.name).toBe(`community-budgets-benefit-profile-${today()}.png`);
});

test.describe(() => {
  test.use({ viewport: { width: 1123, height: 794 } });

  test('the printed page: settings, date printed, partner figures against the base, the robustness chart; one A4 page', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('.print-summary');
    await expect(summary, 'a print summary').toBeVisible();
    for (const part of [...SETTINGS, 'leakage=20&delay=1', `Printed on ${longDate()}`]) await expect(summary, 'the printed summary').toContainText(part, { useInnerText: true });
    const rows = await summary.locator('.print-partners tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows.length, `partner rows: ${JSON.stringify(rows)}`).toBeGreaterThanOrEqual(6);
    const dwp = rows.find((r) => r[0] === 'Department for Work and Pensions');
    expect(dwp, `a row for DWP: ${JSON.stringify(rows)}`).toBeDefined();
    // Partner, net benefit over the horizon, its change, a year once running, its change.
    const [, npv = '', change = '', , yearChange = ''] = dwp!;
    expect(/^£0(m|bn)?$/.test(npv) && change.startsWith('▼') && yearChange.startsWith('▼'), `DWP's row against the base: ${JSON.stringify(dwp)}`).toBe(true);
    await expect(page.locator('[data-chart="sensitivity"]'), 'the robustness chart is printed').toBeVisible();
    for (const chart of ['profile', 'partners']) await expect(page.locator(`[data-chart="${chart}"]`), `the ${chart} chart is printed`).toBeVisible();
    await layoutSettled(page);
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    expect(pdfPages(pdf), 'pages the printed summary runs to').toBe(1);
  });

  test('with the comparison open, printing gives the comparison', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.locator('section.compare svg.recharts-surface').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('section.compare'), 'the comparison is printed').toBeVisible();
    await expect(page.locator('section.headline'), 'the single run is not printed with it').toBeHidden();
    await expect(page.locator('section.compare table').first(), 'the comparison’s figures are printed').toBeVisible();
  });
});

test.describe(() => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copy as text: a paragraph with the net benefit, its change, who bears it, the margins, the settings and what the figures are not', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Paragraph copied' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const npv = await squashed(page.locator('.headline [data-figure="npv"] .figure-value'));
    for (const part of [...SETTINGS, `net benefit for England at ${npv}`, 'less than the report’s base of £20.6bn', 'Break-even at', 'late', 'leakage=20&delay=1', 'not audited', '2013'])
      expect(text, 'the copied text').toContain(part);
    expect(text, 'the copied text says who bears the change').toMatch(/Department for Work and Pensions \(down £[\d.]+bn\)/);
  });
});
