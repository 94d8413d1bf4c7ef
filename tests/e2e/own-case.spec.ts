// A place's own case in real Chromium: built from blank by pasting from a spreadsheet, explored,
// saved, reloaded and exported, as a new user would.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

// axe is added to the page as a script.
test.use({ bypassCSP: true });

/** Two themes as a spreadsheet copies them: id, name, spend, full yearly benefit, ongoing cost, realisation % ×5, costs ×5. */
const THEMES_TSV = [
  ['early-help', 'Early help for families', '40', '6', '1.5', '25', '50', '75', '100', '100', '3', '2', '1.5', '1.5', '1.5'],
  ['youth', 'Youth diversion', '12', '2', '0.5', '0', '50', '100', '100', '100', '1', '1', '0.5', '0.5', '0.5'],
]
  .map((row) => row.join('\t'))
  .join('\r\n');
/** Each theme's shares to the council and the NHS, in %. */
const SHARES_TSV = '40\t60\r\n100\t';

/** Pastes text into a box as the browser does for Ctrl+V from a spreadsheet (a paste event carrying text/plain). */
async function paste(page: Page, label: string, text: string) {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.focus();
  await box.evaluate((el, data) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, text);
}

const exact = (page: Page, label: string) => page.getByRole('spinbutton', { name: new RegExp(`^${label}, exact value`) });
const headlineValue = (page: Page) => page.locator('.headline .figure-value').first();

test('a new user builds a two-theme case from blank by pasting, explores it, saves it, reloads and exports it', async ({ page, baseUrl, shot }) => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: 'Build your own case' }).click();
  await expect(page.getByRole('heading', { name: 'Build your own case' })).toBeVisible();
  await page.getByRole('button', { name: 'Blank case' }).click();

  // Name it, then paste both themes into the first cell of the grid and the shares into theirs.
  await page.getByLabel('Name of the case').fill('Anytown early help');
  await paste(page, 'Theme 1, id', THEMES_TSV);
  await expect(page.getByRole('textbox', { name: 'Youth diversion, costs 2030-31', exact: true })).toHaveValue('0.5');
  await expect(page.getByRole('textbox', { name: 'Early help for families, realisation 2027-28 (%)', exact: true })).toHaveValue('50');
  await paste(page, 'Early help for families, share to Local authority (%)', SHARES_TSV);
  await expect(page.getByRole('textbox', { name: 'Youth diversion, share to Local authority (%)', exact: true })).toHaveValue('100');

  // A typing slip is said beside its cell, and mended.
  const cost = page.getByRole('textbox', { name: 'Youth diversion, costs 2026-27', exact: true });
  await cost.fill('1o');
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`[id="${await cost.getAttribute('aria-describedby')}"]`)).toContainText('not a number');
  await shot('own-case-builder-error');
  await cost.fill('1');
  await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('No problems: this case is ready to use.').last()).toBeVisible();
  await expectNoAxeViolations(page, 'the case builder', { selector: 'main' });
  await shot('own-case-builder');

  // Explore it: the explorer shows the case, and the link carries it in the fragment.
  await page.getByRole('button', { name: 'Use this case' }).click();
  await expect(page.locator('.tagline')).toContainText('Anytown early help');
  await expect(page).toHaveURL(/#case=1[A-Za-z0-9_-]+$/);
  await expect(page.locator('.headline')).toContainText('5-year net benefit');
  const asGiven = await headlineValue(page).innerText();
  await exact(page, 'Leakage').fill('20');
  await exact(page, 'Leakage').press('Enter');
  await exact(page, 'Delay').fill('1');
  await exact(page, 'Delay').press('Enter');
  await expect(page).toHaveURL(/\?leakage=20&delay=1&themes=early-help,youth&v=1#case=/);
  await expect(headlineValue(page)).not.toHaveText(asGiven);
  const moved = await headlineValue(page).innerText();
  await expect(page.locator('.headline')).toContainText('vs case as given');
  await shot('own-case-explorer');

  // Save it, and reload: the case, the settings and the saved scenario are all still there.
  await page.getByRole('button', { name: /^Saved scenarios/ }).click();
  await page.getByLabel('Name for the current settings').fill('Leaky and late');
  await page.getByRole('button', { name: 'Save current settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Leaky and late”' })).toBeVisible();
  await page.reload();
  await expect(page.locator('.tagline')).toContainText('Anytown early help');
  await expect(headlineValue(page)).toHaveText(moved);
  await expect(exact(page, 'Leakage')).toHaveValue('20');
  await page.getByRole('button', { name: /^Saved scenarios/ }).click();
  await expect(page.getByRole('button', { name: 'Load “Leaky and late”' })).toBeVisible();

  // Back on the national case the saved scenario still opens the place's own case.
  await page.getByRole('button', { name: /^Close panel/ }).click();
  await page.getByRole('button', { name: 'Back to the national case' }).click();
  await expect(page.locator('.tagline')).toContainText('could save England');
  await page.getByRole('button', { name: /^Saved scenarios/ }).click();
  await page.getByRole('button', { name: 'Load “Leaky and late”' }).click();
  await expect(page.locator('.tagline')).toContainText('Anytown early help');
  await expect(headlineValue(page)).toHaveText(moved);

  // Export the case as its file: the interchange format, with what was pasted.
  await page.getByRole('button', { name: /^Close panel/ }).click();
  await page.getByRole('link', { name: 'Edit your case' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    format: string;
    name: string;
    themes: { id: string; shares: Record<string, number>; scenarios: { base: { costs: number[]; profile: number[] } } }[];
  };
  expect(download.suggestedFilename()).toMatch(/^anytown-early-help.*\.json$/);
  expect(file.format).toBe('community-budgets-case');
  expect(file.name).toBe('Anytown early help');
  expect(file.themes.map((t) => t.id)).toEqual(['early-help', 'youth']);
  expect(file.themes[0]!.shares).toEqual({ LA: 0.4, NHS: 0.6 });
  expect(file.themes[1]!.scenarios.base.costs).toEqual([1, 1, 0.5, 0.5, 0.5]);
  expect(file.themes[0]!.scenarios.base.profile).toEqual([0.25, 0.5, 0.75, 1, 1]);
});

test('a link carrying a broken case says so and shows the national case', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?leakage=10#case=1bm90IGEgY2FzZQ`);
  await expect(page.getByRole('alert').filter({ hasText: 'The case in this link could not be read' })).toContainText('The national case is shown instead.');
  await expect(page.locator('.tagline')).toContainText('could save England');
  await expect(exact(page, 'Leakage')).toHaveValue('10');
});
