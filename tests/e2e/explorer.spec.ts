// Journeys through the live explorer (issue 4) in real Chromium.
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, screenshotPath, test } from './fixtures';
import { layoutSettled, squashed } from './helpers';

const headline = (page: Page) => page.locator('section[aria-labelledby="headline-heading"]');
const headlineText = (page: Page) => squashed(headline(page));

async function open(page: Page, baseUrl: string, query = '') {
  await page.goto(`${baseUrl}${query}`);
  await expect(headline(page)).toBeVisible();
  // On a phone the charts sit below the controls and load when scrolled near, or on the first
  // touch of the page (components/WhenNear.tsx): a one-pixel wheel turn stands for that.
  await page.mouse.wheel(0, 1);
  // The charts load just after the headline; wait for the last of the three.
  await expect(page.getByRole('heading', { name: 'How robust is the case?' })).toBeVisible();
}

/** Axis labels cut at a chart's edge, or overlapping another label of the same axis. */
const labelProblems = (root: Locator) =>
  root.evaluate((el) => {
    const found: string[] = [];
    for (const svg of el.querySelectorAll('svg.recharts-surface')) {
      const box = svg.getBoundingClientRect();
      const axes = [...svg.querySelectorAll('[class*="Axis-tick-labels"]')];
      if (axes.length === 0) continue; // a legend swatch
      if (!svg.querySelector('.recharts-xAxis-tick-labels')) found.push('no x-axis labels found');
      for (const axis of axes) {
        const labels = [...axis.querySelectorAll('text')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
        if (axis.matches('.recharts-xAxis-tick-labels') && labels.length < 2) found.push(`only ${labels.length} x-axis labels`);
        for (const { text, r } of labels) if (r.left < box.left - 0.5 || r.right > box.right + 0.5) found.push(`"${text}" cut at the chart's edge`);
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i]!.r, labels[j]!.r];
            const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
            if (overlap) found.push(`"${labels[i]!.text}" runs into "${labels[j]!.text}"`);
          }
      }
    }
    return [...new Set(found)];
  });

/**
 * On a phone, a horizontal bar chart's category labels sit above their bars: one non-empty
 * label a category, each just above its own bar and clear of it. Lists what is wrong.
 */
const labelsAboveBars = (root: Locator) =>
  root.evaluate((el) => {
    const found: string[] = [];
    const charts = [...el.querySelectorAll('svg.recharts-surface')].filter((svg) => svg.querySelector('.recharts-yAxis'));
    let checked = 0;
    for (const svg of charts) {
      const labels = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }));
      if (!labels.some((l) => l.text && !/^[−-]?£/.test(l.text))) continue; // a value axis
      checked++;
      const bars = [...svg.querySelectorAll('.recharts-bar path.recharts-rectangle')].map((b) => b.getBoundingClientRect()).filter((r) => r.height > 0);
      const rows = [...new Set(bars.map((r) => Math.round(r.top)))];
      // (A category whose value is zero draws no bar: an area at full leakage has none.)
      if (rows.length === 0) continue;
      if (labels.length !== rows.length) found.push(`${labels.length} labels for ${rows.length} rows of bars`);
      for (const { text, r } of labels) {
        if (!text) found.push('an empty label');
        const below = rows.filter((top) => top >= r.bottom - 1).sort((a, b) => a - b)[0];
        if (below === undefined || below - r.bottom > 24) found.push(`"${text}" is not just above a bar`);
      }
    }
    if (checked === 0) found.push('no bar chart with category labels');
    return [...new Set(found)];
  });

/** The drawings of a part of the page and their text, settled at their final size. */
const chartsSettled = (page: Page, scope: string) => layoutSettled(page, `${scope} svg.recharts-surface, ${scope} svg.recharts-surface text`);

/** Every chart's axis labels (main, uncertainty, area, comparison): none cut, no two touching. */
async function chartLabelsFit(page: Page, baseUrl: string) {
  const width = page.viewportSize()!.width;
  const phone = width <= 600;
  await open(page, baseUrl, '?leakage=100&horizon=10&area=manchester');
  for (const chart of ['profile', 'sensitivity']) {
    const section = page.locator(`[data-chart="${chart}"]`);
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('svg.recharts-surface').first()).toBeVisible();
    await chartsSettled(page, `[data-chart="${chart}"]`);
    await expect.poll(() => labelProblems(section), { message: `${chart} chart at ${width} px` }).toEqual([]);
  }
  // The uncertainty section's charts: the histogram's and the tornado's axes, the tornado's
  // labels (above their bars on a phone), and the fan chart's years.
  for (let y = 0; y < 20000; y += 700) await page.evaluate((top) => window.scrollTo(0, top), y);
  const uncertainty = page.locator('#uncertainty');
  const tornado = uncertainty.getByRole('img', { name: /^Horizontal bars of how far/ });
  await expect(tornado.locator('svg.recharts-surface').first()).toBeVisible();
  await expect.poll(() => uncertainty.locator('svg.recharts-surface').count(), { message: 'uncertainty charts drawn' }).toBeGreaterThanOrEqual(3);
  await chartsSettled(page, '#uncertainty');
  await expect.poll(() => labelProblems(uncertainty), { message: `uncertainty charts at ${width} px` }).toEqual([]);
  if (phone) await expect.poll(() => labelsAboveBars(tornado), { message: `tornado labels at ${width} px` }).toEqual([]);
  // The area's two charts (partner bars with their labels above them, and its position).
  const local = page.locator('#local-area');
  await expect(local.locator('svg.recharts-surface').nth(1)).toBeVisible();
  await chartsSettled(page, '#local-area');
  await expect.poll(() => labelProblems(local), { message: `area charts at ${width} px` }).toEqual([]);
  if (phone) await expect.poll(() => labelsAboveBars(local), { message: `area partner labels at ${width} px` }).toEqual([]);
  // The comparison's two charts, once the bars have grown in.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const compare = page.locator('section.compare');
  await expect(compare.locator('svg.recharts-surface').first()).toBeVisible();
  await layoutSettled(page, 'section.compare svg.recharts-surface, section.compare svg.recharts-surface text, section.compare .recharts-rectangle');
  await expect.poll(() => labelProblems(compare), { message: `comparison charts at ${width} px` }).toEqual([]);
}

test('opens with the report’s base totals', async ({ page, baseUrl, shot }) => {
  await open(page, baseUrl);
  await expect(headline(page), '5-year net benefit').toContainText('£20.6bn', { useInnerText: true });
  await expect(headline(page), 'annual net benefit').toContainText('£7.9bn', { useInnerText: true });
  await shot('explorer-default-1366x768');
});

test('keyboard on each main slider changes the figures', async ({ page, baseUrl }) => {
  await open(page, baseUrl);
  for (const label of ['Scenario (prudent to base)', 'Take-up across England', 'Leakage', 'Delay', 'Discount rate']) {
    const before = await headlineText(page);
    const slider = page.getByRole('slider', { name: label, exact: true });
    await slider.focus();
    const key = label.startsWith('Scenario') || label.startsWith('Take-up') ? 'ArrowLeft' : 'ArrowRight';
    for (let i = 0; i < 5; i++) await page.keyboard.press(key);
    await expect.poll(() => headlineText(page), { message: `moving "${label}" changes the headline` }).not.toBe(before);
  }
  // The address catches up once the keys pause (it is not rewritten at every step).
  await expect(page, 'the address carries the settings').toHaveURL(/leakage=5/);
});

test('a shared link opens with the same numbers, and back/forward walk through changes', async ({ page, baseUrl }) => {
  await open(page, baseUrl, '?scenario=prudent&leakage=20&delay=1');
  const first = await headlineText(page);
  const page2 = await page.context().newPage();
  await open(page2, baseUrl, '?scenario=prudent&leakage=20&delay=1');
  expect(await headlineText(page2), 'the same link gives the same figures').toBe(first);
  await page2.close();
  await page.getByRole('button', { name: /Report base/ }).click();
  await expect(page).not.toHaveURL(/leakage/);
  await page.goBack();
  await expect(page).toHaveURL(/leakage=20/);
  await expect.poll(() => headlineText(page), { message: 'going back restores the figures' }).toBe(first);
});

test('bad link parameters are named in a notice and the page still works', async ({ page, baseUrl }) => {
  await open(page, baseUrl, '?leakage=150&colour=red&lens=lead:XYZ&themes=hsc,zzz');
  const notice = page.getByRole('region', { name: /ignored|not understood|could not/i });
  for (const p of ['leakage', 'colour', 'lens', 'themes']) await expect(notice, 'ignored notice').toContainText(p, { useInnerText: true });
  await expect(headline(page), 'headline still shows money').toContainText('£', { useInnerText: true });
});

for (const [width, height] of [
  [1366, 768],
  [390, 844],
] as const) {
  test.describe(() => {
    test.use({ viewport: { width, height } });
    test(`a hostile link gives a short, true notice at ${width}×${height}, and the link the app writes next gives none`, async ({ page, baseUrl }) => {
      // 2,000 copies of one bad parameter (a server takes about 16 KB of address, so a short one),
      // a theme list of junk, numbers with too many decimals, an area the data does not know.
      const hostile = [...Array.from({ length: 2000 }, () => 'z=1'), 'themes=zzz', 'leakage=73.4043760343358', 'rate=0.0000001', 'area=narnia', 'evil=%3Cscript%3Ealert(1)%3C/script%3E'];
      await open(page, baseUrl, `?${hostile.join('&')}`);
      const notice = page.getByRole('region', { name: 'Part of this link was ignored' });
      await expect(notice.getByRole('listitem'), 'four merged lines').toHaveCount(4);
      const lines = await notice.getByRole('listitem').allInnerTexts();
      expect(lines[0], 'the copies, merged').toContain('z: not a setting this app knows (2,000 times)');
      expect(lines[1], 'the theme list').toContain('so the default themes are kept');
      expect(lines[3], 'the unknown area').toContain('"narnia" is not one of the areas');
      expect(await notice.innerText(), 'long decimals are not called "not a number"').not.toContain('not a number');
      for (const theme of ['theme-hsc', 'theme-fcn', 'theme-ws']) await expect(page.locator(`#${theme}`), `${theme} stays on`).toBeChecked();
      const exact = (label: string) => page.getByRole('spinbutton', { name: new RegExp(`^${label}, exact value`) });
      await expect(exact('Leakage')).toHaveValue('73.404376');
      await expect(exact('Discount rate')).toHaveValue('0');
      const box = (await notice.boundingBox())!;
      expect(box.height, `the notice's height in a ${height}px window`).toBeLessThan(height * 0.6);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page does not scroll sideways').toBeLessThanOrEqual(width);
      await notice.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`hostile-link-notice-${width}x${height}`) });
      // A finished change writes the address; opening that address reports nothing.
      await page.getByRole('button', { name: /Report prudent/ }).click();
      await expect(page).toHaveURL(/scenario=prudent/);
      const written = page.url();
      for (const junk of ['narnia', 'zzz', 'z=1']) expect(written, 'the address the app wrote').not.toContain(junk);
      await page.goto(written);
      await expect(headline(page)).toBeVisible();
      await expect(page.getByRole('region', { name: 'Part of this link was ignored' }), `a link the app wrote gives no notice: ${written}`).toHaveCount(0);
    });
  });
}

test('every chart has an accessible name and a table with the same numbers', async ({ page, baseUrl }) => {
  await open(page, baseUrl);
  const buttons = page.getByRole('button', { name: /show table/i });
  const count = await buttons.count();
  expect(count, 'a table toggle per chart').toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) await page.getByRole('button', { name: /show table/i }).first().click();
  await expect.poll(() => page.locator('table').count(), { message: 'tables shown' }).toBeGreaterThanOrEqual(3);
  const unnamed = await page
    .locator('figure, [role="img"]')
    .evaluateAll((els) => els.filter((e) => !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.querySelector('figcaption'))).length);
  expect(unnamed, 'charts with no accessible name').toBe(0);
  await expect(page.locator('[data-chart="profile"] table').first(), 'profile table').toContainText('2012-13', { useInnerText: true });
});

test.describe(() => {
  test.use({ bypassCSP: true }); // axe is added to the page as a script
  test('no WCAG 2.2 AA violations on the default view with tables open', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /show table/i }).first().click();
    await expectNoAxeViolations(page, 'default view with tables open');
  });
});

test('keyboard only: skip link, presets and a slider', async ({ page, baseUrl }) => {
  await open(page, baseUrl);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus'), 'first Tab stop').toContainText('Skip');
  const prudent = page.getByRole('button', { name: /Report prudent/ });
  await prudent.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/scenario=prudent/);
  await expect(headline(page), 'prudent 5-year net benefit').toContainText('£9.', { useInnerText: true });
  // Screen readers hear the new headline once the change is finished, not at every step.
  const spoken = page.locator('[data-result-announcer]');
  await expect(spoken).toHaveText(/^5-year net benefit £9\./);
  const afterPreset = (await spoken.textContent()) ?? '';
  await page.getByRole('slider', { name: 'Leakage', exact: true }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => spoken.textContent(), { message: 'a new result is spoken' }).not.toBe(afterPreset);
  await expect(spoken, 'spoken result after the slider').toContainText('on the report’s base scenario');
});

test.describe(() => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('looks right at 1920×1080', async ({ page, baseUrl, shot }) => {
    await open(page, baseUrl);
    await shot('explorer-1920x1080');
  });
});

test.describe(() => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('looks right on a phone', async ({ page, baseUrl, shot }) => {
    await open(page, baseUrl);
    await shot('explorer-390x844');
  });
  test('on a phone, chart labels fit (main, uncertainty, area and comparison charts): no two run together, none cut', async ({ page, baseUrl }) => {
    await chartLabelsFit(page, baseUrl);
  });
});

test.describe(() => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('on a laptop, chart labels fit too (none cut at a chart’s edge)', async ({ page, baseUrl }) => {
    await chartLabelsFit(page, baseUrl);
  });
});

test.describe(() => {
  // A reader's own style sheet is not bound by the page's Content-Security-Policy; this one is
  // added by the test, so the context lets it past.
  test.use({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  test('with a reader’s own wider text spacing (WCAG 1.4.12), chart labels still fit', async ({ page, baseUrl }) => {
    // The spacing WCAG's test asks for, set from the start as a reader's own style sheet would be.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
        document.head.append(style);
      }),
    );
    await chartLabelsFit(page, baseUrl);
    const spacing = await page.evaluate(() => getComputedStyle(document.body).letterSpacing);
    expect(spacing, 'the text spacing style sheet applies').not.toBe('normal');
  });
});

test.describe(() => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('at 320 px wide (1280 px at 400% zoom) only the data tables scroll sideways (WCAG 1.4.10)', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    await page.locator('summary', { hasText: 'Advanced' }).click();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    // Bring in the sections that load when scrolled near, and let them settle.
    for (let y = 0; y < 20000; y += 700) await page.evaluate((top) => window.scrollTo(0, top), y);
    await expect(page.getByRole('heading', { name: 'Your area' })).toBeVisible();
    await layoutSettled(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await expect.poll(overflow, { message: 'px the page runs past a 320 px window' }).toBeLessThanOrEqual(0);
  });
});

test.describe(() => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a data table wider than its box is a named keyboard stop that scrolls; a table that fits is not', async ({ page, baseUrl }) => {
    await open(page, baseUrl);
    const section = page.locator('[data-chart="profile"]');
    await section.getByRole('button', { name: /show table/i }).click();
    const box = section.getByRole('region', { name: 'Benefit profile data table' });
    await expect(box).toBeVisible();
    await section.getByRole('button', { name: /hide table/i }).focus();
    await page.keyboard.press('Tab');
    await expect(box, 'Tab after "Hide table" reaches the table box').toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling is smooth: wait for it to move.
    await expect.poll(() => box.evaluate((el) => el.scrollLeft), { message: 'ArrowRight scrolls the table' }).toBeGreaterThan(0);
    // Focus elsewhere first: a focused box keeps its tab stop until focus leaves it.
    await section.getByRole('button', { name: /hide table/i }).focus();
    // 1200 px: the charts stacked, each as wide as the results (from 1280 px two share the width).
    await page.setViewportSize({ width: 1200, height: 800 });
    const plain = () => section.locator('.chart-table').evaluate((el) => ({ tab: el.getAttribute('tabindex'), role: el.getAttribute('role') }));
    await expect.poll(plain, { message: 'a table that fits is not a tab stop' }).toEqual({ tab: null, role: null });
  });
});

test('slider tracks stand out from the panel at 3:1 or more (WCAG 1.4.11)', async ({ page, baseUrl }) => {
  await open(page, baseUrl, '?leakage=0');
  // Read the drawn track: the darkest pixel down a column three quarters along (past the
  // thumb at 0%) is the track's edge; the browser's own track edge is 1.9:1 on the panel.
  const slider = page.getByRole('slider', { name: 'Leakage', exact: true });
  const png = (await slider.screenshot()).toString('base64');
  const edge = await page.evaluate(async (data) => {
    // Through a blob: URL, as the page's own PNG export does: its policy allows no data: images.
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const x = Math.round(img.width * 0.75);
    let darkest: [number, number, number] = [255, 255, 255];
    for (let y = 0; y < img.height; y++) {
      const [r = 255, g = 255, b = 255] = ctx.getImageData(x, y, 1, 1).data;
      if (r + g + b < darkest[0] + darkest[1] + darkest[2]) darkest = [r, g, b];
    }
    return `rgb(${darkest.join(', ')})`;
  }, png);
  const panel = await slider.evaluate((el) => getComputedStyle(el.closest('.assumptions')!).backgroundColor);
  expect(contrast(edge, panel), `the track's edge ${edge} against the panel ${panel}`).toBeGreaterThanOrEqual(3);
});

/** WCAG contrast ratio of two colours, each rgb(…) or #rrggbb. */
function contrast(a: string, b: string) {
  const channels = (c: string) => (c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number));
  const lum = (c: string) => {
    const [r = 0, g = 0, bl = 0] = channels(c)
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi = 0, lo = 0] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
