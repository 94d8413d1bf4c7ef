// Outputs taken away from the tool say what made them (issue 21): chart images, the printed
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
];
