// Outputs taken away from the tool say what made them: chart images, the printed
// summary and the copied paragraph, read for a link that is not the report's base.
import { readFile } from 'node:fs/promises';

const QUERY = '?leakage=20&delay=1&lens=exclude:DWP';
function expect(ok, message) {
  if (!ok) throw new Error(message);
}
async function open(page, baseUrl, query = QUERY) {
  await page.goto(`${baseUrl}${query}`);
  await page.locator('section.headline').waitFor();
  await page.locator('[data-chart="partners"] svg.recharts-surface').first().waitFor();
}
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
}
const today = () => new Date().toISOString().slice(0, 10);
const SETTINGS = ['Leakage 20%', 'Delay 1 year', 'Department for Work and Pensions is left out'];

export default [
  [
    'a chart image (SVG) carries the settings, the date and the link; its file name carries the date',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      const svg = await download(page, () => page.getByRole('button', { name: 'Download “Who gets the savings” as an SVG image' }).click());
      expect(svg.name === `community-budgets-who-gets-the-savings-${today()}.svg`, `file name: ${svg.name}`);
      const footer = svg.text.match(/<g class="chart-provenance">(.*?)<\/g>/s)?.[1]?.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ') ?? '';
      for (const part of SETTINGS) expect(footer.includes(part), `the footer lacks "${part}": ${footer}`);
      const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
      expect(footer.includes(date), `the footer lacks the date ${date}: ${footer}`);
      expect(footer.replace(/ /g, '').includes('leakage=20&delay=1'), `the footer lacks the link: ${footer}`);
      expect(svg.text.includes('Health (DH)'), 'the image lacks the partners');
      const png = await download(page, () => page.getByRole('button', { name: 'Download “Benefit profile” as a PNG image' }).click());
      expect(png.name === `community-budgets-benefit-profile-${today()}.png`, `file name: ${png.name}`);
    },
  ],
  [
    'the printed page: settings, date printed, partner figures against the base, the robustness chart; one A4 page',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(800);
      const summary = page.locator('.print-summary');
      expect(await summary.isVisible(), 'no print summary');
      const text = (await summary.innerText()).replace(/\s+/g, ' ');
      for (const part of ['Leakage 20%', 'Delay 1 year', 'Department for Work and Pensions is left out', 'leakage=20&delay=1']) expect(text.includes(part), `the printed summary lacks "${part}": ${text}`);
      const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
      expect(text.includes(`Printed on ${date}`), `no date printed: ${text}`);
      const rows = await summary.locator('.print-partners tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
      const dwp = rows.find((r) => r[0] === 'Department for Work and Pensions');
      expect(rows.length >= 6 && dwp, `partner rows: ${JSON.stringify(rows)}`);
      // Partner, net benefit over the horizon, its change, a year once running, its change.
      expect(/^£0(m|bn)?$/.test(dwp[1]) && dwp[2].startsWith('▼') && dwp[4].startsWith('▼'), `DWP's row against the base: ${JSON.stringify(dwp)}`);
      expect(await page.locator('[data-chart="sensitivity"]').isVisible(), 'the robustness chart is not printed');
      for (const chart of ['profile', 'partners']) expect(await page.locator(`[data-chart="${chart}"]`).isVisible(), `the ${chart} chart is not printed`);
      const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages === 1, `the printed summary runs to ${pages} pages`);
    },
    { viewport: { width: 1123, height: 794 } },
  ],
  [
    'with the comparison open, printing gives the comparison',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.locator('section.compare svg.recharts-surface').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(800);
      expect(await page.locator('section.compare').isVisible(), 'the comparison is not printed');
      expect(!(await page.locator('section.headline').isVisible()), 'the single run is printed instead of the comparison');
      expect(await page.locator('section.compare table').first().isVisible(), 'the comparison’s figures are not printed');
    },
    { viewport: { width: 1123, height: 794 } },
  ],
  [
    'copy as text: a paragraph with the net benefit, its change, who bears it, the margins, the settings and what the figures are not',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await page.getByRole('button', { name: 'Copy as text' }).click();
      await page.getByRole('status').filter({ hasText: 'Paragraph copied' }).waitFor();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const npv = (await page.locator('.headline [data-figure="npv"] .figure-value').innerText()).trim();
      for (const part of [...SETTINGS, `net benefit for England at ${npv}`, 'less than the report’s base of £20.6bn', 'Break-even at', 'late', 'leakage=20&delay=1', 'not audited', '2013'])
        expect(text.includes(part), `the copied text lacks "${part}": ${text}`);
      expect(/Department for Work and Pensions \(down £[\d.]+bn\)/.test(text), `the copied text does not say who bears the change: ${text}`);
    },
    { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  ],
];
