// The uncertainty panel and the local-area view (issue 7) in real Chromium.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, screenshotPath, test } from './fixtures';
import { layoutSettled } from './helpers';

type Expected = {
  ignored: string[];
  draws: number;
  npv: Record<string, number>;
  text: { p10: string; p50: string; p90: string; median: string; prob: string };
  local: { npv: number; text: string; share: string; payback: number | null } | null;
};

/** The model's own figures for a query, computed in Node by tests/e2e/montecarlo-expected.ts. */
function expected(root: string, query: string): Expected {
  const out = execFileSync('npx', ['tsx', 'tests/e2e/montecarlo-expected.ts', query], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out.trim().split('\n').pop() ?? '');
}

const section = (page: Page) => page.locator('#uncertainty');
const local = (page: Page) => page.locator('#local-area');

/** The two sections load when they come near the viewport (components/WhenNear.tsx): scroll there. */
async function reveal(page: Page) {
  await section(page).waitFor({ state: 'attached' });
  await page.evaluate(() => document.getElementById('uncertainty')?.scrollIntoView());
  await expect(page.locator('#uncertainty.uncertainty-section')).toBeVisible();
  // The area section loads when it comes near in its turn (the uncertainty section may be taller
  // than the window), so it is brought into view too.
  await page.evaluate(() => document.getElementById('local-area')?.scrollIntoView());
  await expect(page.locator('#local-area.local-section')).toBeVisible();
  await page.evaluate(() => document.getElementById('uncertainty')?.scrollIntoView());
}

async function waitForRun(page: Page) {
  await expect(section(page).locator('.mc-status[data-status="done"]')).toBeVisible({ timeout: 30_000 });
}

/** Opens the percentile table and reads it as { id: { text, value } }. */
async function percentileTable(page: Page) {
  const table = section(page).locator('table[data-table="percentiles"]');
  if (!(await table.isVisible())) await section(page).getByRole('button', { name: /Show table for How the .* is spread/ }).click();
  await expect(table).toBeVisible();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((r) => [r.getAttribute('data-id') ?? '', { text: r.querySelector('td')?.textContent ?? '', value: Number(r.querySelector('td')?.getAttribute('data-value')) }] as const));
  return Object.fromEntries(rows);
}

const relClose = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

const QUERY = 'seed=42&draws=2000&dist=uniform&range.leakage=10-30&range.delay=0-1';

/** "£20m", "−£0.5m", "£1,000m". */
const IN_MILLIONS = /^\u2212?£[\d,]+(\.\d)?m$/;

/** The money labels on each axis of the local-area charts. */
async function areaAxisLabels(page: Page) {
  const axes: string[][] = [];
  for (const svg of await local(page).locator('svg.recharts-surface').all()) {
    for (const which of ['xAxis', 'yAxis']) {
      const labels = (await svg.locator(`.recharts-${which}-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents()).filter((l) => l.includes('£'));
      if (labels.length) axes.push(labels);
    }
  }
  return axes;
}

/** Axis labels that are not in £m, or that repeat a label of their axis. */
const notDistinctMillions = (axes: string[][]) => axes.flatMap((labels) => [...labels.filter((l) => !IN_MILLIONS.test(l)), ...labels.filter((l, i) => labels.indexOf(l) !== i).map((l) => `${l} twice`)]);

// axe is added to the page as a script, so these contexts bypass the page's policy.
test.describe(() => {
  test.use({ bypassCSP: true });

  test('a seeded run finishes and shows the percentiles the model computes in Node', async ({ page, baseUrl, root, shot }) => {
    const want = expected(root, QUERY);
    expect(want.ignored, 'the helper reads the whole query').toEqual([]);
    expect(want.draws).toBe(2000);
    await page.goto(`${baseUrl}?${QUERY}`);
    await reveal(page);
    await waitForRun(page);
    const first = await percentileTable(page);
    expect(first.p50?.text, 'median').toBe(want.text.p50);
    expect(first.p10?.text, 'p10').toBe(want.text.p10);
    expect(first.p90?.text, 'p90').toBe(want.text.p90);
    for (const id of ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'mean']) {
      expect(relClose(first[id]?.value, want.npv[id]), `${id}: page ${first[id]?.value}, model ${want.npv[id]}`).toBe(true);
    }
    await expect(section(page).locator('[data-figure="median"] dd'), 'median figure').toHaveText(want.text.median, { useInnerText: true });
    await expect(section(page).locator('.mc-status [role="status"]'), 'status says finished').toContainText('Finished: 2,000 draws (seed 42)', { useInnerText: true });
    await expectNoAxeViolations(page, '#uncertainty', { selector: '#uncertainty' });
    await section(page).screenshot({ path: screenshotPath('uncertainty-panel') });
    await shot('uncertainty-full-page');

    // The same link again gives the same table.
    await page.reload();
    await reveal(page);
    await waitForRun(page);
    expect(await percentileTable(page), 'the same seed gives the same table').toEqual(first);
  });

  test('the local-area view for Greater Manchester', async ({ page, baseUrl, root, shot }) => {
    const query = 'area=manchester';
    const want = expected(root, query).local!;
    await page.goto(`${baseUrl}?${query}`);
    await reveal(page);
    const figure = local(page).locator('[data-figure="local-npv"] dd');
    await expect(figure, 'local net benefit').toHaveText(want.text, { useInnerText: true });
    expect(relClose(Number(await figure.getAttribute('data-value')), want.npv), 'local net benefit value').toBe(true);
    await expect(local(page).locator('[data-figure="local-share"] dd'), 'local government share').toHaveText(want.share, { useInnerText: true });
    const drivers = await local(page).locator('table[data-table="local-themes"] tbody td:nth-child(2)').allInnerTexts();
    expect(drivers.filter((d) => d !== 'troubled-families cohort share'), `drivers: ${drivers.join(', ')}`).toEqual([]);
    await expect(local(page).getByRole('combobox', { name: 'Area' })).toHaveValue('manchester');
    // In £m like the rest of the section, even where a bar passes £1bn.
    expect(notDistinctMillions(await areaAxisLabels(page)), 'axis labels not in £m or repeated').toEqual([]);
    await local(page).getByText('How this is worked out').click();
    await expectNoAxeViolations(page, '#local-area', { selector: '#local-area' });
    await local(page).screenshot({ path: screenshotPath('local-manchester') });
    await shot('local-manchester-full-page');
  });
});

test('a new seed cancels and reruns, and goes into the link', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?${QUERY}`);
  await reveal(page);
  await waitForRun(page);
  const before = await percentileTable(page);
  const seed = section(page).getByRole('textbox', { name: 'Seed' });
  await seed.fill('43');
  await seed.press('Enter');
  await expect(page).toHaveURL(/seed=43/);
  await expect(page.locator('#uncertainty [role="status"]').first()).toContainText('seed 43', { timeout: 30_000 });
  const after = await percentileTable(page);
  expect(after.p50?.value, 'a different seed gives a different median').not.toBe(before.p50?.value);
  // Moving a range slider while it runs never blocks: the headline keeps up.
  const slider = section(page).getByRole('slider', { name: 'Highest leakage range' });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/range\.leakage=10-35/);
  await waitForRun(page);
});

test('the tornado lists the assumptions, largest swing first', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?${QUERY}`);
  await reveal(page);
  await waitForRun(page);
  await section(page).getByRole('button', { name: /Show table for Which assumptions matter most/ }).click();
  const rows = await section(page).locator('table').filter({ hasText: 'largest swing first' }).locator('tbody th').allInnerTexts();
  expect(rows, "leakage uses the user's range").toContain('Leakage (your range)');
  // No range for the discount rate: left out (not swung across the slider), and the view says so.
  expect(rows).not.toContain('Discount rate');
  expect(rows).toContain('Scenario, every theme');
  await expect(section(page).getByText(/The discount rate is left out too/), 'the view says the discount rate is left out').not.toHaveCount(0);
  // Every partner is in the table, those that do not move the total too.
  for (const name of ['Department of Health', 'Local government', 'Department for Work and Pensions', 'Home Office', 'Ministry of Justice', 'Department for Education']) {
    expect(rows.some((r) => r.endsWith(name)), `${name} in the tornado table: ${rows.join(', ')}`).toBe(true);
  }
});

test('your own area: a cohort typed in goes into the link', async ({ page, baseUrl, root }) => {
  await page.goto(`${baseUrl}`);
  await reveal(page);
  await local(page).getByRole('combobox', { name: 'Area' }).selectOption('custom');
  await expect(page).toHaveURL(/area=custom/);
  const cohort = local(page).getByRole('textbox', { name: 'Troubled-families cohort (families)' });
  await cohort.fill('1200');
  await cohort.blur();
  await expect(page).toHaveURL(/cohort=1200/);
  const want = expected(root, 'area=custom&cohort=1200').local!;
  await expect(local(page).locator('[data-figure="local-npv"] dd'), 'custom area').toHaveText(want.text, { useInnerText: true });
  await cohort.fill('12.5');
  await expect(cohort, 'a fraction of a family is flagged').toHaveAttribute('aria-invalid', 'true');
});

test('a small area’s charts label their axes in £m, each label distinct', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?area=triborough`);
  await reveal(page);
  await expect(local(page).locator('[data-figure="local-npv"] dd')).toBeVisible();
  await expect(local(page).locator('.recharts-cartesian-axis-tick-value').first()).toBeVisible();
  await layoutSettled(page, '#local-area svg.recharts-surface, #local-area .recharts-cartesian-axis-tick-value');
  // With £bn labels these read "£0.00bn" and "−£0.01bn".
  await expect.poll(async () => (await areaAxisLabels(page)).length, { message: 'area charts with money axes' }).toBe(2);
  const axes = await areaAxisLabels(page);
  for (const labels of axes) expect(labels.length, `labels on an axis: ${labels.join(', ')}`).toBeGreaterThan(1);
  expect(notDistinctMillions(axes), 'axis labels not in £m or repeated').toEqual([]);
});
