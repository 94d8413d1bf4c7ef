// The deal room in real Chromium: a workshop on a 1024×768 projector in presenter mode, and a link.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, screenshotPath, test } from './fixtures';

// axe is added to the page as a script.
test.use({ viewport: { width: 1024, height: 768 }, bypassCSP: true });

const room = (page: Page) => page.locator('section.deal-room');
const ledgerCell = (page: Page, partner: string, column: number) => room(page).locator(`[data-table="deal-ledger"] tr[data-partner="${partner}"] td`).nth(column);

test('a workshop: predict, reveal, three rounds, compare them and print the heads of terms', async ({ page, baseUrl }) => {
  // Printing is counted, not done: the test looks at the page as print media instead.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await page.getByRole('button', { name: 'Deal room' }).click();
  await expect(room(page).getByRole('heading', { name: 'The deal: who pays, who gains' })).toBeVisible();
  // The rest of the results step aside, so the prediction step hides everything that would give it away.
  await expect(page.locator('.first-charts')).toBeHidden();

  // Predict, then reveal.
  await room(page).getByRole('button', { name: 'Hide results for predictions' }).click();
  await expect(room(page).locator('[data-table="deal-ledger"]')).toHaveCount(0);
  await room(page).getByRole('textbox', { name: 'Local government' }).fill('-1');
  await room(page).getByRole('textbox', { name: 'Department of Health' }).fill('10');
  await page.screenshot({ path: screenshotPath('deal-predict-1024x768') });
  await room(page).getByRole('button', { name: 'Reveal the results' }).click();
  await expect(room(page).locator('[data-table="deal-predictions"] tbody tr')).toHaveCount(2);
  await expect(ledgerCell(page, 'LG', 0)).toHaveText('Local');

  // Round 1: the report's rule. Round 2: the council pays everything. Round 3: central partners close the gap by year 3.
  const save = () => room(page).getByRole('button', { name: 'Save as a round' }).click();
  await save();
  await expect(room(page).locator('.deal-said')).toContainText('Saved as Round 1');
  await room(page).getByRole('radio', { name: 'One partner pays every cost' }).check();
  await expect(ledgerCell(page, 'LG', 3)).toHaveText('100%');
  await save();
  await room(page).getByRole('radio', { name: 'Central partners close the local gap' }).check();
  await room(page).getByLabel('Local partners to break even by').selectOption('3');
  await expect(page).toHaveURL(/pay=breakeven&breakeven=3/);
  await expect(room(page).locator('.deal-gap')).toContainText('break even by year 3 (2014-15)');
  await expect(ledgerCell(page, 'LG', 6)).toHaveText('2014-15');
  await save();
  await expect(room(page).locator('.deal-said')).toContainText('Saved as Round 3');

  // Compare the three rounds.
  const rounds = room(page).locator('[data-table="deal-rounds"]');
  await expect(rounds.locator('thead th')).toHaveText(['Partner', 'Round 1', 'Round 2', 'Round 3']);
  const lgRow = rounds.locator('tr[data-id="LG"] td');
  const lgNets = await lgRow.allTextContents();
  expect(new Set(lgNets).size).toBe(3);
  await rounds.scrollIntoViewIfNeeded();
  await room(page).locator('.deal-rounds').screenshot({ path: screenshotPath('deal-rounds-1024x768') });
  await expectNoAxeViolations(page, 'the deal room', { selector: 'section.deal-room' });

  // Heads of terms for round 2, printed.
  await room(page).getByLabel('Heads of terms for').selectOption({ label: 'Round 2' });
  await room(page).getByRole('button', { name: 'Print heads of terms' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const terms = page.locator('.deal-print .heads-of-terms');
  await expect(terms).toBeVisible();
  await expect(terms.getByRole('heading', { level: 2 })).toHaveText('Heads of terms: Round 2: Local government pays every cost');
  await expect(terms).toContainText('What these figures are not');
  await expect(page.locator('.deal-room')).toBeHidden();
  await page.screenshot({ path: screenshotPath('deal-heads-of-terms-print'), fullPage: true });
});

test('a link with agreed shares that fall short says what has no payer', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?pay.DH=50&pay.LG=30`);
  await page.getByRole('button', { name: 'Deal room' }).click();
  await expect(room(page).getByRole('radio', { name: 'Shares the room agrees' })).toBeChecked();
  await expect(room(page).locator('.pay-total')).toHaveText('The shares add to 80%: 20% of the costs has no payer yet.');
  await expect(room(page).getByRole('textbox', { name: 'Department of Health' })).toHaveValue('50');
  await expect(ledgerCell(page, 'DH', 3)).toHaveText('50%');
  await expect(room(page).locator('.notice-warning')).toContainText('add to less than 100%');
  await page.screenshot({ path: screenshotPath('deal-custom-1024x768'), fullPage: true });
});
