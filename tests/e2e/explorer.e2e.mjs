// Journeys through the live explorer (issue 4) in real Chromium.
import { axeViolations } from './axe.mjs';

const headline = (page) => page.locator('section[aria-labelledby="headline-heading"]');
const headlineText = async (page) => (await headline(page).innerText()).replace(/\s+/g, ' ');

async function open(page, baseUrl, query = '') {
  await page.goto(`${baseUrl}${query}`);
  await headline(page).waitFor();
  // On a phone the charts sit below the controls and load when scrolled near, or on the first
  // touch of the page (components/WhenNear.tsx): a one-pixel wheel turn stands for that.
  await page.mouse.wheel(0, 1);
  // The charts load just after the headline; wait for the last of the three.
  await page.getByRole('heading', { name: 'How robust is the case?' }).waitFor();
}

function check(ok, message) {
  if (!ok) throw new Error(message);
}

function expectIncludes(text, part, what) {
  if (!text.includes(part)) throw new Error(`${what}: expected "${part}" in "${text.slice(0, 300)}"`);
}

/** Every chart's axis labels (main, uncertainty, area, comparison): none cut, no two touching. */
async function chartLabelsFit(page, baseUrl) {
  const width = page.viewportSize().width;
  await open(page, baseUrl, '?leakage=100&horizon=10&area=manchester');
  /** Axis labels cut at a chart's edge, or overlapping another label of the same axis. */
  const labelProblems = (root) =>
    root.evaluate((el) => {
      const found = [];
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
              const [a, b] = [labels[i].r, labels[j].r];
              const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
              if (overlap) found.push(`"${labels[i].text}" runs into "${labels[j].text}"`);
            }
        }
      }
      return found;
    });
  /**
   * On a phone, a horizontal bar chart's category labels sit above their bars: one non-empty
   * label a category, each just above its own bar and clear of it. Lists what is wrong.
   */
  const labelsAboveBars = (root) =>
    root.evaluate((el) => {
      const found = [];
      const charts = [...el.querySelectorAll('svg.recharts-surface')].filter((svg) => svg.querySelector('.recharts-yAxis'));
      let checked = 0;
      for (const svg of charts) {
        const labels = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }));
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
      return found;
    });
  for (const chart of ['profile', 'sensitivity']) {
    const section = page.locator(`[data-chart="${chart}"]`);
    await section.scrollIntoViewIfNeeded();
    await section.locator('svg.recharts-surface').first().waitFor();
    await page.waitForTimeout(400);
    const problems = await labelProblems(section);
    if (problems.length) throw new Error(`${chart} chart at ${width} px: ${[...new Set(problems)].join(', ')}`);
  }
  // The uncertainty section's charts: the histogram's and the tornado's axes, the tornado's
  // labels (above their bars on a phone), and the fan chart's years.
  for (let y = 0; y < 20000; y += 700) await page.evaluate((top) => window.scrollTo(0, top), y);
  const uncertainty = page.locator('#uncertainty');
  await uncertainty.getByRole('img', { name: /^Horizontal bars of how far/ }).locator('svg.recharts-surface').first().waitFor();
  await page.waitForTimeout(600);
  const charts = await uncertainty.locator('svg.recharts-surface').count();
  if (charts < 3) throw new Error(`only ${charts} uncertainty charts drawn`);
  const problems = [...(await labelProblems(uncertainty)), ...(width <= 600 ? await labelsAboveBars(uncertainty.getByRole('img', { name: /^Horizontal bars of how far/ })) : [])];
  if (problems.length) throw new Error(`uncertainty charts at ${width} px: ${[...new Set(problems)].join(', ')}`);
  // The area's two charts (partner bars with their labels above them, and its position).
  const local = page.locator('#local-area');
  await local.locator('svg.recharts-surface').nth(1).waitFor();
  await page.waitForTimeout(400);
  const localProblems = [...(await labelProblems(local)), ...(width <= 600 ? await labelsAboveBars(local) : [])];
  if (localProblems.length) throw new Error(`area charts at ${width} px: ${[...new Set(localProblems)].join(', ')}`);
  // The comparison's two charts.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const compare = page.locator('section.compare');
  await compare.locator('svg.recharts-surface').first().waitFor();
  await page.waitForTimeout(1200); // the bars' entry animation
  const compareProblems = await labelProblems(compare);
  if (compareProblems.length) throw new Error(`comparison charts at ${width} px: ${[...new Set(compareProblems)].join(', ')}`);
}

export default [
  [
    'opens with the report’s base totals',
    async ({ page, baseUrl, shot }) => {
      await open(page, baseUrl);
      const text = await headlineText(page);
      expectIncludes(text, '£20.6bn', '5-year net benefit');
      expectIncludes(text, '£7.9bn', 'annual net benefit');
      await shot('explorer-default-1366x768');
    },
  ],
  [
    'keyboard on each main slider changes the figures',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      for (const label of ['Scenario (prudent to base)', 'Take-up across England', 'Leakage', 'Delay', 'Discount rate']) {
        const before = await headlineText(page);
        const slider = page.getByRole('slider', { name: label, exact: true });
        await slider.focus();
        const key = label.startsWith('Scenario') || label.startsWith('Take-up') ? 'ArrowLeft' : 'ArrowRight';
        for (let i = 0; i < 5; i++) await page.keyboard.press(key);
        await page.waitForFunction((prev) => document.querySelector('section[aria-labelledby="headline-heading"]')?.textContent?.replace(/\s+/g, ' ') !== prev, before.replace(/\s+/g, ' '), { timeout: 5000 }).catch(() => {});
        const after = await headlineText(page);
        if (after === before) throw new Error(`moving "${label}" did not change the headline`);
      }
      // The address catches up once the keys pause (it is not rewritten at every step).
      await page.waitForFunction(() => window.location.search.includes('leakage=5'), null, { timeout: 3000 }).catch(() => {});
      if (!page.url().includes('leakage=5')) throw new Error(`the address does not carry the settings: ${page.url()}`);
    },
  ],
  [
    'a shared link opens with the same numbers, and back/forward walk through changes',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?scenario=prudent&leakage=20&delay=1');
      const first = await headlineText(page);
      const page2 = await page.context().newPage();
      await open(page2, baseUrl, '?scenario=prudent&leakage=20&delay=1');
      if ((await headlineText(page2)) !== first) throw new Error('the same link gave different figures');
      await page2.close();
      await page.getByRole('button', { name: /Report base/ }).click();
      await page.waitForFunction(() => !window.location.search.includes('leakage'));
      await page.goBack();
      await page.waitForFunction(() => window.location.search.includes('leakage=20'));
      const back = await headlineText(page);
      if (back !== first) throw new Error('going back did not restore the figures');
    },
  ],
  [
    'bad link parameters are named in a notice and the page still works',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl, '?leakage=150&colour=red&lens=lead:XYZ&themes=hsc,zzz');
      const notice = await page.getByRole('region', { name: /ignored|not understood|could not/i }).innerText();
      for (const p of ['leakage', 'colour', 'lens', 'themes']) expectIncludes(notice, p, 'ignored notice');
      expectIncludes(await headlineText(page), '£', 'headline still shows money');
    },
  ],
  ...[
    [1366, 768],
    [390, 844],
  ].map(([width, height]) => [
    `a hostile link gives a short, true notice at ${width}×${height}, and the link the app writes next gives none`,
    async ({ page, baseUrl, root }) => {
      // 2,000 copies of one bad parameter (a server takes about 16 KB of address, so a short one),
      // a theme list of junk, numbers with too many decimals, an area the data does not know.
      const hostile = [...Array.from({ length: 2000 }, () => 'z=1'), 'themes=zzz', 'leakage=73.4043760343358', 'rate=0.0000001', 'area=narnia', 'evil=%3Cscript%3Ealert(1)%3C/script%3E'];
      await open(page, baseUrl, `?${hostile.join('&')}`);
      const notice = page.getByRole('region', { name: 'Part of this link was ignored' });
      const lines = await notice.getByRole('listitem').allInnerTexts();
      check(lines.length === 4, `expected 4 merged lines, got ${lines.length}: ${lines.slice(0, 8).join(' | ')}`);
      expectIncludes(lines[0], 'z: not a setting this app knows (2,000 times)', 'the copies, merged');
      expectIncludes(lines[1], 'so the default themes are kept', 'the theme list');
      expectIncludes(lines[3], '"narnia" is not one of the areas', 'the unknown area');
      const text = await notice.innerText();
      check(!text.includes('not a number'), `long decimals called "not a number": ${text}`);
      for (const theme of ['theme-hsc', 'theme-fcn', 'theme-ws']) check(await page.locator(`#${theme}`).isChecked(), `${theme} was switched off`);
      const exact = (label) => page.getByRole('spinbutton', { name: new RegExp(`^${label}, exact value`) }).inputValue();
      check((await exact('Leakage')) === '73.404376', `leakage read as ${await exact('Leakage')}`);
      check((await exact('Discount rate')) === '0', `rate read as ${await exact('Discount rate')}`);
      const box = await notice.boundingBox();
      check(box.height < height * 0.6, `the notice is ${box.height}px tall in a ${height}px window`);
      check((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, 'the page scrolls sideways');
      await notice.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${root}/test-results/screenshots/hostile-link-notice-${width}x${height}.png` });
      // A finished change writes the address; opening that address reports nothing.
      await page.getByRole('button', { name: /Report prudent/ }).click();
      await page.waitForFunction(() => window.location.search.includes('scenario=prudent'));
      const written = page.url();
      check(!written.includes('narnia') && !written.includes('zzz') && !written.includes('z=1'), `the app wrote ${written}`);
      await page.goto(written);
      await headline(page).waitFor();
      check((await page.getByRole('region', { name: 'Part of this link was ignored' }).count()) === 0, `a link the app wrote gave a notice: ${written}`);
    },
    { viewport: { width, height } },
  ]),
  [
    'every chart has an accessible name and a table with the same numbers',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      const buttons = page.getByRole('button', { name: /show table/i });
      const count = await buttons.count();
      if (count < 3) throw new Error(`expected a table toggle per chart, found ${count}`);
      for (let i = 0; i < count; i++) await page.getByRole('button', { name: /show table/i }).first().click();
      const tables = await page.locator('table').count();
      if (tables < 3) throw new Error(`expected at least 3 tables, found ${tables}`);
      const unnamed = await page.locator('figure, [role="img"]').evaluateAll((els) =>
        els.filter((e) => !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.querySelector('figcaption'))).length,
      );
      if (unnamed) throw new Error(`${unnamed} charts have no accessible name`);
      const profileTable = await page.locator('[data-chart="profile"] table').first().innerText();
      expectIncludes(profileTable, '2012-13', 'profile table');
    },
  ],
  [
    'no WCAG 2.2 AA violations on the default view with tables open',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /show table/i }).first().click().catch(() => {});
      const violations = await axeViolations(page);
      if (violations.length) throw new Error(violations.join('\n'));
    },
    { context: { bypassCSP: true } },
  ],
  [
    'keyboard only: skip link, presets and a slider',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expectIncludes(first, 'Skip', 'first Tab stop');
      const prudent = page.getByRole('button', { name: /Report prudent/ });
      await prudent.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.location.search.includes('scenario=prudent'));
      expectIncludes(await headlineText(page), '£9.', 'prudent 5-year net benefit');
      // Screen readers hear the new headline once the change is finished, not at every step.
      const spoken = () => page.locator('[data-result-announcer]').textContent();
      await page.waitForFunction(() => document.querySelector('[data-result-announcer]')?.textContent?.startsWith('5-year net benefit £9.'));
      const afterPreset = await spoken();
      await page.getByRole('slider', { name: 'Leakage', exact: true }).focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((before) => document.querySelector('[data-result-announcer]')?.textContent !== before, afterPreset);
      expectIncludes(await spoken(), 'on the report’s base scenario', 'spoken result after the slider');
    },
  ],
  ['looks right at 1920×1080', async ({ page, baseUrl, shot }) => { await open(page, baseUrl); await shot('explorer-1920x1080'); }, { viewport: { width: 1920, height: 1080 } }],
  ['looks right on a phone', async ({ page, baseUrl, shot }) => { await open(page, baseUrl); await shot('explorer-390x844'); }, { viewport: { width: 390, height: 844 } }],
  [
    'on a phone, chart labels fit (main, uncertainty, area and comparison charts): no two run together, none cut',
    async ({ page, baseUrl }) => chartLabelsFit(page, baseUrl),
    { viewport: { width: 390, height: 844 } },
  ],
  [
    'on a laptop, chart labels fit too (none cut at a chart’s edge)',
    async ({ page, baseUrl }) => chartLabelsFit(page, baseUrl),
    { viewport: { width: 1280, height: 900 } },
  ],
  [
    'with a reader’s own wider text spacing (WCAG 1.4.12), chart labels still fit',
    async ({ page, baseUrl }) => {
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
      if (spacing === 'normal') throw new Error('the text spacing style sheet did not apply');
    },
    // A reader's own style sheet is not bound by the page's Content-Security-Policy; this one is
    // added by the test, so the context lets it past.
    { viewport: { width: 1280, height: 900 }, context: { bypassCSP: true } },
  ],
  [
    'at 320 px wide (1280 px at 400% zoom) only the data tables scroll sideways (WCAG 1.4.10)',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      await page.locator('summary', { hasText: 'Advanced' }).click();
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      // Bring in the sections that load when scrolled near.
      for (let y = 0; y < 20000; y += 700) await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.getByRole('heading', { name: 'Your area' }).waitFor();
      await page.waitForTimeout(600);
      const wide = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
      if (wide.page > wide.view) throw new Error(`the page is ${wide.page} px wide in a ${wide.view} px window`);
    },
    { viewport: { width: 320, height: 640 } },
  ],
  [
    'a data table wider than its box is a named keyboard stop that scrolls; a table that fits is not',
    async ({ page, baseUrl }) => {
      await open(page, baseUrl);
      const section = page.locator('[data-chart="profile"]');
      await section.getByRole('button', { name: /show table/i }).click();
      const box = section.getByRole('region', { name: 'Benefit profile data table' });
      await box.waitFor();
      await section.getByRole('button', { name: /hide table/i }).focus();
      await page.keyboard.press('Tab');
      if (!(await box.evaluate((el) => el === document.activeElement))) throw new Error('Tab after "Hide table" did not reach the table box');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(400); // keyboard scrolling is smooth
      const left = await box.evaluate((el) => el.scrollLeft);
      if (!(left > 0)) throw new Error(`ArrowRight did not scroll the table (scrollLeft ${left})`);
      // Focus elsewhere first: a focused box keeps its tab stop until focus leaves it.
      await section.getByRole('button', { name: /hide table/i }).focus();
      // 1200 px: the charts stacked, each as wide as the results (from 1280 px two share the width).
      await page.setViewportSize({ width: 1200, height: 800 });
      await page.waitForTimeout(300);
      const plain = await section.locator('.chart-table').evaluate((el) => ({ tab: el.getAttribute('tabindex'), role: el.getAttribute('role') }));
      if (plain.tab !== null || plain.role !== null) throw new Error(`a table that fits is still a tab stop (${JSON.stringify(plain)})`);
    },
    { viewport: { width: 390, height: 844 } },
  ],
  [
    'slider tracks stand out from the panel at 3:1 or more (WCAG 1.4.11)',
    async ({ page, baseUrl }) => {
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
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const x = Math.round(img.width * 0.75);
        let darkest = [255, 255, 255];
        for (let y = 0; y < img.height; y++) {
          const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
          if (r + g + b < darkest[0] + darkest[1] + darkest[2]) darkest = [r, g, b];
        }
        return `rgb(${darkest.join(', ')})`;
      }, png);
      const panel = await slider.evaluate((el) => getComputedStyle(el.closest('.assumptions')).backgroundColor);
      const ratio = contrast(edge, panel);
      if (!(ratio >= 3)) throw new Error(`the track's edge ${edge} is ${ratio.toFixed(2)}:1 against the panel ${panel}`);
    },
  ],
];

/** WCAG contrast ratio of two colours, each rgb(…) or #rrggbb. */
function contrast(a, b) {
  const channels = (c) => (c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number));
  const lum = (c) => {
    const [r, g, bl] = channels(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
