// The first screen: what must be in view together, without scrolling, at the sizes a
// council laptop, a big screen, a projector and a phone give; and chart labels that never collide.
import { axeViolations } from './axe.mjs';

const AXE = { context: { bypassCSP: true } };
function expect(ok, message) {
  if (!ok) throw new Error(message);
}

async function open(page, baseUrl, query = '') {
  await page.goto(`${baseUrl}${query}`);
  await page.locator('section.headline').waitFor();
}

async function enterPresenter(page) {
  await page.keyboard.press('p');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-presenter'));
}

/** The two main charts drawn, at their settled size (their height follows the room left). */
async function chartsDrawn(page) {
  for (const chart of ['profile', 'partners']) await page.locator(`[data-chart="${chart}"] svg.recharts-surface`).first().waitFor();
  await page.waitForTimeout(700);
}

/** Each element named, wholly inside the window (the page not scrolled). Lists what is not. */
async function outsideViewport(page, named) {
  return page.evaluate((entries) => {
    window.scrollTo(0, 0);
    const found = [];
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

const FIRST_SCREEN = [
  ['leakage slider', '[data-control="leakage"] input[type="range"]'],
  ['delay slider', '[data-control="delay"] input[type="range"]'],
  ['net benefit', '.headline [data-figure="npv"]'],
  ['benefit profile chart', '[data-chart="profile"] .chart-plot'],
  ['partner chart', '[data-chart="partners"] .chart-plot'],
];

/** The listed elements in view on first load and again after a slider has moved. */
async function firstScreenHolds(page, baseUrl, { presenter = false, shotName }) {
  await open(page, baseUrl);
  if (presenter) await enterPresenter(page);
  await chartsDrawn(page);
  const size = page.viewportSize();
  let off = await outsideViewport(page, FIRST_SCREEN);
  expect(off.length === 0, `first load at ${size.width}×${size.height}${presenter ? ' (presenter)' : ''}: ${off.join('; ')}`);
  await page.screenshot({ path: `test-results/screenshots/${shotName}.png` });
  const leakage = page.getByRole('slider', { name: 'Leakage', exact: true });
  await leakage.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => window.location.search.includes('leakage=30'), null, { timeout: 5000 });
  await chartsDrawn(page);
  off = await outsideViewport(page, FIRST_SCREEN);
  expect(off.length === 0, `after moving Leakage at ${size.width}×${size.height}${presenter ? ' (presenter)' : ''}: ${off.join('; ')}`);
  const violations = await axeViolations(page);
  expect(violations.length === 0, `axe: ${violations.join('\n')}`);
}

/**
 * Text in the main charts: no two labels overlap (axis ticks, legend entries, the sensitivity
 * chart's "zero at" and "now" marks), each compared with every other text of its drawing.
 */
async function chartTextOverlaps(page) {
  return page.evaluate(() => {
    const found = [];
    for (const section of document.querySelectorAll('[data-chart]')) {
      const plot = section.querySelector('.chart-plot');
      if (!plot || !plot.offsetParent) continue;
      const texts = [...plot.querySelectorAll('svg.recharts-surface text, .recharts-legend-item-text')]
        .filter((t) => t.textContent.trim() && !t.closest('.recharts-tooltip-wrapper'))
        .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) {
          const [a, b] = [texts[i].r, texts[j].r];
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap) found.push(`${section.dataset.chart}: "${texts[i].text}" runs into "${texts[j].text}"`);
        }
    }
    return [...new Set(found)];
  });
}

async function labelsClear(page, baseUrl, query, { presenter = false } = {}) {
  await open(page, baseUrl, query);
  if (presenter) {
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-presenter'));
  }
  await page.mouse.wheel(0, 1);
  // Presenter mode shows the two main charts on the first screen; the rest of the page below.
  const charts = presenter ? ['profile', 'partners'] : ['profile', 'partners', 'sensitivity'];
  if (!presenter) await page.getByRole('heading', { name: 'How robust is the case?' }).waitFor();
  for (const chart of charts) {
    const section = page.locator(`[data-chart="${chart}"]`);
    await section.scrollIntoViewIfNeeded();
    await section.locator('svg.recharts-surface').first().waitFor();
  }
  await page.waitForTimeout(700);
  const problems = await chartTextOverlaps(page);
  expect(problems.length === 0, `at ${page.viewportSize().width} px: ${problems.join('; ')}`);
}

export default [
  ['first screen at 1366×768: sliders, headline and both charts in view', ({ page, baseUrl }) => firstScreenHolds(page, baseUrl, { shotName: 'layout-1366x768' }), { viewport: { width: 1366, height: 768 }, ...AXE }],
  ['first screen at 1920×1080', ({ page, baseUrl }) => firstScreenHolds(page, baseUrl, { shotName: 'layout-1920x1080' }), { viewport: { width: 1920, height: 1080 }, ...AXE }],
  ['presenter mode at 1024×768: sliders, headline and both charts in view', ({ page, baseUrl }) => firstScreenHolds(page, baseUrl, { presenter: true, shotName: 'layout-presenter-1024x768' }), { viewport: { width: 1024, height: 768 }, ...AXE }],
  ['presenter mode at 1920×1080', ({ page, baseUrl }) => firstScreenHolds(page, baseUrl, { presenter: true, shotName: 'layout-presenter-1920x1080' }), { viewport: { width: 1920, height: 1080 }, ...AXE }],
  [
    'on a phone the net benefit and the settings come before the assumptions, on the first screen',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?leakage=20&delay=1');
      const off = await outsideViewport(page, [['first result', '.first-result']]);
      expect(off.length === 0, off.join('; '));
      const text = (await page.locator('.first-result').innerText()).replace(/\s+/g, ' ');
      for (const part of ['net benefit', '£', 'Leakage 20%', 'Delay 1 year']) expect(text.includes(part), `the first result lacks "${part}": ${text}`);
      const before = await page.evaluate(() => document.querySelector('.first-result').compareDocumentPosition(document.getElementById('assumptions')) & Node.DOCUMENT_POSITION_FOLLOWING);
      expect(before !== 0, 'the first result does not come before the assumptions');
      await page.getByRole('link', { name: 'Change the assumptions' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'assumptions');
      const top = await page.locator('#assumptions').evaluate((el) => el.getBoundingClientRect().top);
      expect(top >= -1 && top < 100, `the assumptions are not brought into view (top ${top})`);
      await page.screenshot({ path: 'test-results/screenshots/layout-390x844.png' });
      const violations = await axeViolations(page);
      expect(violations.length === 0, `axe: ${violations.join('\n')}`);
    },
    { viewport: { width: 390, height: 844 }, ...AXE },
  ],
  [
    'presenter mode at 1024×768: preset keys labelled; the spoken notice covers no control',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await page.getByRole('button', { name: 'Presenter mode' }).focus();
      await enterPresenter(page);
      const keys = await page.locator('.preset-button').evaluateAll((els) => els.map((el) => ({ key: el.querySelector('kbd')?.textContent, shown: el.getBoundingClientRect().height > 0, shortcut: el.getAttribute('aria-keyshortcuts') })));
      expect(keys.length === 6 && keys.every((k, i) => k.key === String(i + 1) && k.shown && k.shortcut === String(i + 1)), `preset keys: ${JSON.stringify(keys)}`);
      await page.keyboard.press('2');
      const notice = page.locator('.workshop-announce.is-visible');
      await notice.waitFor();
      const covered = await page.evaluate(() => {
        const n = document.querySelector('.workshop-announce.is-visible').getBoundingClientRect();
        return [...document.querySelectorAll('button, input, select, a[href]')]
          .filter((el) => el.offsetParent)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < n.right && n.left < r.right && r.top < n.bottom && n.top < r.bottom;
          })
          .map((el) => el.textContent.trim() || el.getAttribute('aria-label') || el.id);
      });
      expect(covered.length === 0, `the notice covers: ${covered.join(', ')}`);
    },
    { viewport: { width: 1024, height: 768 } },
  ],
  ['chart labels never overlap at 1024 px (normal view)', ({ page, baseUrl }) => labelsClear(page, baseUrl, '?leakage=40&delay=1'), { viewport: { width: 1024, height: 768 } }],
  ['chart labels never overlap at 390 px', ({ page, baseUrl }) => labelsClear(page, baseUrl, '?leakage=40&delay=1'), { viewport: { width: 390, height: 844 } }],
  [
    'chart labels never overlap in presenter mode at 1024×768 (the partner labels fit their rows)',
    ({ page, baseUrl }) => labelsClear(page, baseUrl, '?leakage=40&delay=1', { presenter: true }),
    { viewport: { width: 1024, height: 768 } },
  ],
];
