// The Green Book adjustments in real Chromium: the panel, the link, the headline and the breakdown.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, screenshotPath, test } from './fixtures';
import { squashed } from './helpers';

// The first card is the net benefit over the horizon.
const netBenefitCard = (page: Page) => page.locator('.figure-card').first();
const netBenefit = async (page: Page) => squashed(netBenefitCard(page).locator('.figure-value'));

// axe is added to the page as a script.
test.use({ viewport: { width: 1366, height: 900 }, bypassCSP: true });

test('deadweight set in the panel moves the link, the headline and the breakdown; the panel passes axe', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  const before = await netBenefit(page);
  const panel = page.locator('[data-group="green-book"]');
  await panel.locator('summary').click();
  const box = panel.getByRole('spinbutton', { name: 'Deadweight, exact value in per cent' });
  await box.fill('20');
  await box.press('Enter');
  await expect(page).toHaveURL(/deadweight=20/);
  await expect.poll(() => netBenefit(page)).not.toBe(before);
  await expect(panel.locator('summary')).toHaveText('Green Book adjustments (1 set)');
  // The break-even table lists every adjustment.
  await expect(panel.locator('[data-table="break-even-adjustments"] tbody tr')).toHaveCount(5);
  await expectNoAxeViolations(page, 'the Green Book panel', { selector: '[data-group="green-book"]' });
  await panel.screenshot({ path: screenshotPath('green-book-panel') });

  await expect(netBenefitCard(page).locator('.figure-label')).toContainText('5-year net benefit');
  await netBenefitCard(page).getByText('How is this worked out?').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deadweight 20%');
  await expect(dialog).toContainText(`Shown in the headline: ${await netBenefit(page)}`);
});

test('a link with every adjustment and a price base reads back, says its prices and stays on one screen', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?deadweight=10&displacement=5&attribution=5&ob.cost=40&ob.benefit=10&after5=hold&horizon=8&uprate=130&pricebase=2025-26`);
  await expect(page.locator('.price-base-note')).toHaveText('Money in 2025-26 prices (2012-13 prices × 130%).');
  await expect(page.locator('.site-footer .source-line')).toContainText('Money in £, 2025-26 prices (2012-13 prices × 130%)');
  await expect(page.locator('[data-group="green-book"] summary')).toHaveText('Green Book adjustments (8 set)');
  await expect(page.locator('[data-chart="profile"] .chart-note')).toContainText('Money in 2025-26 prices (2012-13 prices × 130%).');
  await page.screenshot({ path: screenshotPath('green-book-link-1366x900') });
});
