// The uncertainty panel and the local-area view (issue 7) in real Chromium.
import { execFileSync } from 'node:child_process';
import { axeViolations } from './axe.mjs';

const AXE = { context: { bypassCSP: true } };

/** The model's own figures for a query, computed in Node by tests/e2e/montecarlo-expected.ts. */
function expected(root, query) {
  const out = execFileSync('npx', ['tsx', 'tests/e2e/montecarlo-expected.ts', query], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out.trim().split('\n').pop());
}

const section = (page) => page.locator('#uncertainty');
const local = (page) => page.locator('#local-area');

/** The two sections load when they come near the viewport (components/WhenNear.tsx): scroll there. */
async function reveal(page) {
  await section(page).waitFor({ state: 'attached' });
  await page.evaluate(() => document.getElementById('uncertainty')?.scrollIntoView());
  await page.locator('#uncertainty.uncertainty-section').waitFor();
  // The area section loads when it comes near in its turn (the uncertainty section may be taller
  // than the window), so it is brought into view too.
  await page.evaluate(() => document.getElementById('local-area')?.scrollIntoView());
  await page.locator('#local-area.local-section').waitFor();
  await page.evaluate(() => document.getElementById('uncertainty')?.scrollIntoView());
}

async function waitForRun(page) {
  await section(page).locator('.mc-status[data-status="done"]').waitFor({ timeout: 30_000 });
}

/** Opens the percentile table and reads it as { id: { text, value } }. */
async function percentileTable(page) {
  const table = section(page).locator('table[data-table="percentiles"]');
  if (!(await table.isVisible().catch(() => false))) {
    await section(page).getByRole('button', { name: /Show table for How the .* is spread/ }).click();
  }
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-id'), { text: r.querySelector('td').textContent, value: Number(r.querySelector('td').getAttribute('data-value')) }])),
  );
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const relClose = (a, b) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

async function noViolations(page, selector) {
  const violations = await axeViolations(page, { selector });
  check(violations.length === 0, `WCAG 2.2 AA violations in ${selector}:\n${violations.join('\n')}`);
}

const QUERY = 'seed=42&draws=2000&dist=uniform&range.leakage=10-30&range.delay=0-1';

export default [
  [
    'a seeded run finishes and shows the percentiles the model computes in Node',
    async ({ page, baseUrl, root, shot }) => {
      const want = expected(root, QUERY);
      check(want.ignored.length === 0 && want.draws === 2000, `the helper read the query: ${JSON.stringify(want.ignored)}`);
      await page.goto(`${baseUrl}?${QUERY}`);
      await reveal(page);
      await waitForRun(page);
      const first = await percentileTable(page);
      check(first.p50.text === want.text.p50, `median: page ${first.p50.text}, model ${want.text.p50}`);
      check(first.p10.text === want.text.p10 && first.p90.text === want.text.p90, `p10/p90: page ${first.p10.text}/${first.p90.text}, model ${want.text.p10}/${want.text.p90}`);
      for (const id of ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'mean']) {
        check(relClose(first[id].value, want.npv[id]), `${id}: page ${first[id].value}, model ${want.npv[id]}`);
      }
      const median = await section(page).locator('[data-figure="median"] dd').innerText();
      check(median === want.text.median, `median figure: ${median} vs ${want.text.median}`);
      check((await section(page).locator('.mc-status [role="status"]').innerText()).includes('Finished: 2,000 draws (seed 42)'), 'status says finished');
      await noViolations(page, '#uncertainty');
      await section(page).screenshot({ path: `${root}/test-results/screenshots/uncertainty-panel.png` });
      await shot('uncertainty-full-page');

      // The same link again gives the same table.
      await page.reload();
      await reveal(page);
      await waitForRun(page);
      const second = await percentileTable(page);
      check(JSON.stringify(second) === JSON.stringify(first), 'the same seed gave a different table');
    },
    AXE,
  ],
  [
    'a new seed cancels and reruns, and goes into the link',
    async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}?${QUERY}`);
      await reveal(page);
      await waitForRun(page);
      const before = await percentileTable(page);
      const seed = section(page).getByRole('textbox', { name: 'Seed' });
      await seed.fill('43');
      await seed.press('Enter');
      await page.waitForFunction(() => window.location.search.includes('seed=43'), null, { timeout: 5000 });
      await page.waitForFunction(() => document.querySelector('#uncertainty [role="status"]')?.textContent?.includes('seed 43'), null, { timeout: 30_000 });
      const after = await percentileTable(page);
      check(after.p50.value !== before.p50.value, 'a different seed should give a different median');
      // Moving a range slider while it runs never blocks: the headline keeps up.
      const slider = section(page).getByRole('slider', { name: 'Highest leakage range' });
      await slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => window.location.search.includes('range.leakage=10-35'), null, { timeout: 5000 });
      await waitForRun(page);
    },
  ],
  [
    'the tornado lists the assumptions, largest swing first',
    async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}?${QUERY}`);
      await reveal(page);
      await waitForRun(page);
      await section(page).getByRole('button', { name: /Show table for Which assumptions matter most/ }).click();
      const rows = await section(page).locator('table').filter({ hasText: 'largest swing first' }).locator('tbody th').allInnerTexts();
      check(rows[0] === 'Leakage (your range)' || rows.includes('Leakage (your range)'), `leakage uses the user's range: ${rows.join(', ')}`);
      // No range for the discount rate: left out (not swung across the slider), and the view says so.
      check(!rows.includes('Discount rate') && rows.includes('Scenario, every theme'), `rows: ${rows.join(', ')}`);
      check((await section(page).getByText(/The discount rate is left out too/).count()) > 0, 'the view does not say the discount rate is left out');
      // Every partner is in the table, those that do not move the total too.
      for (const name of ['Department of Health', 'Local government', 'Department for Work and Pensions', 'Home Office', 'Ministry of Justice', 'Department for Education']) {
        check(rows.some((r) => r.endsWith(name)), `${name} missing from the tornado table: ${rows.join(', ')}`);
      }
    },
  ],
  [
    'the local-area view for Greater Manchester',
    async ({ page, baseUrl, root, shot }) => {
      const query = 'area=manchester';
      const want = expected(root, query);
      await page.goto(`${baseUrl}?${query}`);
      await reveal(page);
      const figure = local(page).locator('[data-figure="local-npv"] dd');
      await figure.waitFor();
      check((await figure.innerText()) === want.local.text, `local net benefit: ${await figure.innerText()} vs ${want.local.text}`);
      check(relClose(Number(await figure.getAttribute('data-value')), want.local.npv), 'local net benefit value');
      const share = await local(page).locator('[data-figure="local-share"] dd').innerText();
      check(share === want.local.share, `local government share: ${share} vs ${want.local.share}`);
      const drivers = await local(page).locator('table[data-table="local-themes"] tbody td:nth-child(2)').allInnerTexts();
      check(drivers.every((d) => d === 'troubled-families cohort share'), `drivers: ${drivers.join(', ')}`);
      check((await local(page).getByRole('combobox', { name: 'Area' }).inputValue()) === 'manchester', 'area select');
      // In £m like the rest of the section, even where a bar passes £1bn.
      for (const labels of await areaAxisLabels(page)) check(labels.every((l) => IN_MILLIONS.test(l)) && new Set(labels).size === labels.length, `axis labels: ${labels.join(', ')}`);
      await local(page).getByText('How this is worked out').click();
      await noViolations(page, '#local-area');
      await local(page).screenshot({ path: `${root}/test-results/screenshots/local-manchester.png` });
      await shot('local-manchester-full-page');
    },
    AXE,
  ],
  [
    'your own area: a cohort typed in goes into the link',
    async ({ page, baseUrl, root }) => {
      await page.goto(`${baseUrl}`);
      await reveal(page);
      await local(page).getByRole('combobox', { name: 'Area' }).selectOption('custom');
      await page.waitForFunction(() => window.location.search.includes('area=custom'), null, { timeout: 5000 });
      const cohort = local(page).getByRole('textbox', { name: 'Troubled-families cohort (families)' });
      await cohort.fill('1200');
      await cohort.blur();
      await page.waitForFunction(() => window.location.search.includes('cohort=1200'), null, { timeout: 5000 });
      const want = expected(root, 'area=custom&cohort=1200');
      const text = await local(page).locator('[data-figure="local-npv"] dd').innerText();
      check(text === want.local.text, `custom area: ${text} vs ${want.local.text}`);
      await cohort.fill('12.5');
      check((await cohort.getAttribute('aria-invalid')) === 'true', 'a fraction of a family is flagged');
    },
  ],
  [
    'a small area’s charts label their axes in £m, each label distinct',
    async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}?area=triborough`);
      await reveal(page);
      await local(page).locator('[data-figure="local-npv"] dd').waitFor();
      await local(page).locator('.recharts-cartesian-axis-tick-value').first().waitFor();
      await page.waitForTimeout(300);
      const axes = await areaAxisLabels(page);
      check(axes.length === 2, `expected two area charts with money axes, found ${axes.length}`);
      for (const labels of axes) {
        // With £bn labels these read "£0.00bn" and "−£0.01bn".
        check(labels.length > 1 && labels.every((l) => IN_MILLIONS.test(l)) && new Set(labels).size === labels.length, `axis labels: ${labels.join(', ')}`);
      }
    },
  ],
];

/** "£20m", "−£0.5m", "£1,000m". */
const IN_MILLIONS = /^\u2212?£[\d,]+(\.\d)?m$/;

/** The money labels on each axis of the local-area charts. */
async function areaAxisLabels(page) {
  const axes = [];
  for (const svg of await local(page).locator('svg.recharts-surface').all()) {
    for (const which of ['xAxis', 'yAxis']) {
      const labels = (await svg.locator(`.recharts-${which}-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents()).filter((l) => l.includes('£'));
      if (labels.length) axes.push(labels);
    }
  }
  return axes;
}
