// The first screen: what must be in view together, without scrolling, at the sizes a
// council laptop, a big screen, a projector and a phone give; and chart labels that never collide.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, screenshotPath, test } from './fixtures';
import { layoutSettled } from './helpers';

async function open(page: Page, baseUrl: string, query = '') {
  await page.goto(`${baseUrl}${query}`);
  await expect(page.locator('section.headline')).toBeVisible();
}

async function enterPresenter(page: Page) {
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-presenter');
}

/** The two main charts drawn, at their settled size (their height follows the room left). */
async function chartsDrawn(page: Page) {
  for (const chart of ['profile', 'partners']) await expect(page.locator(`[data-chart="${chart}"] svg.recharts-surface`).first()).toBeVisible();
  await layoutSettled(page);
}

/** Each element named, wholly inside the window (the page not scrolled). Lists what is not. */
async function outsideViewport(page: Page, named: [string, string][]) {
  return page.evaluate((entries) => {
    window.scrollTo(0, 0);
    const found: string[] = [];
    for (const [name, selector] of entries) {
      const el = document.querySelector(selector);
      if (!el) {
        found.push(`${name}: not found`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) found.push(`${name}: not shown`);
      else if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5)
        found.push(`${name}: ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)} px in a ${innerWidth}×${innerHeight} window`);
    }
    return found;
  }, named);
}

const FIRST_SCREEN: [string, string][] = [
  ['leakage slider', '[data-control="leakage"] input[type="range"]'],
  ['delay slider', '[data-control="delay"] input[type="range"]'],
  ['net benefit', '.headline [data-figure="npv"]'],
  ['benefit profile chart', '[data-chart="profile"] .chart-plot'],
  ['partner chart', '[data-chart="partners"] .chart-plot'],
];

/** The listed elements in view on first load and again after a slider has moved. */
async function firstScreenHolds(page: Page, baseUrl: string, { presenter = false, shotName }: { presenter?: boolean; shotName: string }) {
  await open(page, baseUrl);
  if (presenter) await enterPresenter(page);
  await chartsDrawn(page);
  const size = page.viewportSize()!;
  const where = `${size.width}×${size.height}${presenter ? ' (presenter)' : ''}`;
  await expect.poll(() => outsideViewport(page, FIRST_SCREEN), { message: `first load at ${where}` }).toEqual([]);
  await page.screenshot({ path: screenshotPath(shotName) });
  const leakage = page.getByRole('slider', { name: 'Leakage', exact: true });
  await leakage.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/leakage=30/);
  await chartsDrawn(page);
  await expect.poll(() => outsideViewport(page, FIRST_SCREEN), { message: `after moving Leakage at ${where}` }).toEqual([]);
  await expectNoAxeViolations(page, where);
}

/**
 * Text in the main charts: no two labels overlap (axis ticks, legend entries, the sensitivity
 * chart's "zero at" and "now" marks), each compared with every other text of its drawing.
 */
async function chartTextOverlaps(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const section of document.querySelectorAll<HTMLElement>('[data-chart]')) {
      const plot = section.querySelector<HTMLElement>('.chart-plot');
      if (!plot || !plot.offsetParent) continue;
      const texts = [...plot.querySelectorAll('svg.recharts-surface text, .recharts-legend-item-text')]
        .filter((t) => (t.textContent ?? '').trim() && !t.closest('.recharts-tooltip-wrapper'))
        .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) {
          const [a, b] = [texts[i]!.r, texts[j]!.r];
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap) found.push(`${section.dataset.chart}: "${texts[i]!.text}" runs into "${texts[j]!.text}"`);
        }
    }
    return [...new Set(found)];
  });
}

async function labelsClear(page: Page, baseUrl: string, query: string, { presenter = false } = {}) {
  await open(page, baseUrl, query);
  if (presenter) await enterPresenter(page);
  await page.mouse.wheel(0, 1);
  // Presenter mode shows the two main charts on the first screen; the rest of the page below.
  const charts = presenter ? ['profile', 'partners'] : ['profile', 'partners', 'sensitivity'];
  if (!presenter) await expect(page.getByRole('heading', { name: 'How robust is the case?' })).toBeVisible();
  for (const chart of charts) {
    const section = page.locator(`[data-chart="${chart}"]`);
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('svg.recharts-surface').first()).toBeVisible();
  }
  await layoutSettled(page, '[data-chart] svg.recharts-surface, [data-chart] svg.recharts-surface text, .recharts-legend-item-text');
  await expect.poll(() => chartTextOverlaps(page), { message: `chart labels at ${page.viewportSize()!.width} px` }).toEqual([]);
}

// axe is added to each page as a script, so these contexts bypass the page's policy.
for (const [title, viewport, options] of [
  ['first screen at 1366×768: sliders, headline and both charts in view', { width: 1366, height: 768 }, { shotName: 'layout-1366x768' }],
  ['first screen at 1920×1080', { width: 1920, height: 1080 }, { shotName: 'layout-1920x1080' }],
  ['presenter mode at 1024×768: sliders, headline and both charts in view', { width: 1024, height: 768 }, { presenter: true, shotName: 'layout-presenter-1024x768' }],
  ['presenter mode at 1920×1080', { width: 1920, height: 1080 }, { presenter: true, shotName: 'layout-presenter-1920x1080' }],
] as const) {
  test.describe(() => {
    test.use({ viewport, bypassCSP: true });
    test(title, async ({ page, baseUrl }) => firstScreenHolds(page, baseUrl, options));
  });
}

test.describe(() => {
  test.use({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  test('on a phone the net benefit and the settings come before the assumptions, on the first screen', async ({ page, baseUrl }) => {
    await open(page, baseUrl, '?leakage=20&delay=1');
    expect(await outsideViewport(page, [['first result', '.first-result']])).toEqual([]);
    const firstResult = page.locator('.first-result');
    for (const part of ['net benefit', '£', 'Leakage 20%', 'Delay 1 year']) await expect(firstResult, 'the first result').toContainText(part, { useInnerText: true });
    const before = await page.evaluate(() => document.querySelector('.first-result')!.compareDocumentPosition(document.getElementById('assumptions')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before, 'the first result comes before the assumptions').not.toBe(0);
    await page.getByRole('link', { name: 'Change the assumptions' }).click();
    await expect(page.locator('#assumptions')).toBeFocused();
    const top = async () => {
      const y = await page.locator('#assumptions').evaluate((el) => el.getBoundingClientRect().top);
      return y >= -1 && y < 100 ? 'in view' : `top at ${y} px`;
    };
    await expect.poll(top, { message: 'the assumptions are brought into view' }).toBe('in view');
    await page.screenshot({ path: screenshotPath('layout-390x844') });
    await expectNoAxeViolations(page, 'phone, at the assumptions');
  });
});

test.describe(() => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('presenter mode at 1024×768: preset keys labelled; the spoken notice covers no control', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    await page.getByRole('button', { name: 'Presenter mode' }).focus();
    await enterPresenter(page);
    const keys = await page
      .locator('.preset-button')
      .evaluateAll((els) => els.map((el) => ({ key: el.querySelector('kbd')?.textContent, shown: el.getBoundingClientRect().height > 0, shortcut: el.getAttribute('aria-keyshortcuts') })));
    expect(keys, 'preset keys').toEqual(['1', '2', '3', '4', '5', '6', '7'].map((n) => ({ key: n, shown: true, shortcut: n })));
    await page.keyboard.press('2');
    await expect(page.locator('.workshop-announce.is-visible')).toBeVisible();
    const covered = await page.evaluate(() => {
      const n = document.querySelector('.workshop-announce.is-visible')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('button, input, select, a[href]')]
        .filter((el) => el.offsetParent)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < n.right && n.left < r.right && r.top < n.bottom && n.top < r.bottom;
        })
        .map((el) => (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.id);
    });
    expect(covered, 'controls the notice covers').toEqual([]);
  });
  test('chart labels never overlap at 1024 px (normal view)', async ({ page, baseUrl }) => labelsClear(page, baseUrl, '?leakage=40&delay=1'));
  test('chart labels never overlap in presenter mode at 1024×768 (the partner labels fit their rows)', async ({ page, baseUrl }) =>
    labelsClear(page, baseUrl, '?leakage=40&delay=1', { presenter: true }));
});

test.describe(() => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('chart labels never overlap at 390 px', async ({ page, baseUrl }) => labelsClear(page, baseUrl, '?leakage=40&delay=1'));
});

test.describe(() => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test('on a slow machine the "charts will catch up" note moves nothing on the first screen', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    await chartsDrawn(page);
    const tops = () => page.locator('.first-charts .chart-plot').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    const before = await tops();
    // As the pacer leaves it once the machine is found slow (state/chartPace.ts), with its words showing.
    await page.locator('.charts-held').evaluate((el) => {
      el.classList.add('is-reserved');
      el.textContent = 'The charts will catch up when the slider pauses.';
    });
    await layoutSettled(page);
    expect(await tops()).toEqual(before);
    expect(await outsideViewport(page, FIRST_SCREEN)).toEqual([]);
  });
});
