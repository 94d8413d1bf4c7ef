// Text a room or a reader can take in: figures on one line in presenter mode on a phone, partner
// labels big enough for a projector, a profile tooltip that reads in stack order in one unit,
// and a printed robustness chart whose marks stay inside their drawings.
import type { Page } from '@playwright/test';
import { expect, screenshotPath, test } from './fixtures';

async function openPresenter(page: Page, baseUrl: string, query: string) {
  await page.goto(`${baseUrl}${query}`);
  await expect(page.locator('section.headline')).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-presenter');
}

/** Each figure or slider value whose text takes more than one line, with the lines it takes. */
function brokenValues(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.figure-value, .control-value')]
      .filter((el) => el.offsetParent)
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { text: el.textContent?.trim(), lines: lines.size };
      })
      .filter((v) => v.lines > 1)
      .map((v) => `"${v.text}" on ${v.lines} lines`),
  );
}

/** The profile chart's tooltip for the bar of one year: its lines, and whether it sits inside the chart's box. */
async function profileTip(page: Page, barIndex: number) {
  const section = page.locator('[data-chart="profile"]');
  await section.scrollIntoViewIfNeeded();
  const bar = section.locator('.recharts-bar-rectangle').nth(barIndex);
  await expect(bar).toBeVisible();
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const items = section.locator('.recharts-tooltip-wrapper .recharts-tooltip-item');
  await expect(items.first()).toBeVisible();
  const inside = await page.evaluate(() => {
    const s = document.querySelector('[data-chart="profile"]')!.getBoundingClientRect();
    const t = document.querySelector('[data-chart="profile"] .recharts-default-tooltip')!.getBoundingClientRect();
    return t.left >= s.left - 0.5 && t.right <= s.right + 0.5 && t.top >= s.top - 0.5 && t.bottom <= s.bottom + 0.5;
  });
  return { items: await items.allInnerTexts(), colours: await items.evaluateAll((els) => els.map((el) => getComputedStyle(el).color)), inside };
}

async function tooltipReads(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}?leakage=20&delay=1`);
  await expect(page.locator('section.headline')).toBeVisible();
  // On a phone the charts are drawn once the reader starts scrolling.
  await page.mouse.wheel(0, 1);
  for (const barIndex of [0, 4]) {
    const { items, colours, inside } = await profileTip(page, barIndex);
    // The bars stack Health & care first (at the axis), so the tooltip lists it last of the themes.
    expect(items.map((t) => t.split(':')[0]!.trim())).toEqual(['Work & skills', 'Complex families', 'Health & care', 'Running total (right-hand scale)']);
    expect(items.map((t) => /£[\d.]+(bn|m)$/.exec(t.trim())?.[1]), `tooltip units: ${JSON.stringify(items)}`).toEqual(items.map(() => 'bn'));
    expect(inside, `the tooltip for bar ${barIndex} leaves the chart's box`).toBe(true);
    expect(new Set(colours).size, `tooltip lines in several colours (pale ones fail contrast): ${colours.join(', ')}`).toBe(1);
  }
}

test.describe(() => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('presenter mode on a phone: every figure and slider value on one line, nothing wider than the screen', async ({ page, baseUrl }) => {
    await openPresenter(page, baseUrl, '?leakage=20&delay=1');
    await expect(page.locator('[data-chart="partners"] svg.recharts-surface').first()).toBeVisible();
    expect(await brokenValues(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'the page is wider than the phone').toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('presenter-390x844'), fullPage: true });
  });
  test('the profile tooltip lists the themes in stack order, in £bn, inside the chart (390 px)', ({ page, baseUrl }) => tooltipReads(page, baseUrl));
});

test.describe(() => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('presenter mode at 1024×768: each partner label on one line, at least 18 px', async ({ page, baseUrl }) => {
    await openPresenter(page, baseUrl, '?leakage=20&delay=1');
    const ticks = page.locator('[data-chart="partners"] .partner-tick');
    await expect(ticks).toHaveCount(6);
    const labels = await ticks.evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', size: parseFloat(getComputedStyle(el).fontSize), height: el.getBoundingClientRect().height })));
    for (const l of labels) {
      expect(l.size, `"${l.text}" font size`).toBeGreaterThanOrEqual(18);
      expect(l.height, `"${l.text}" takes more than one line`).toBeLessThan(2 * l.size);
      expect(l.text.trim(), 'a partner label lacks its figure').toMatch(/£[\d.]+(bn|m)$/);
    }
  });
  test('the profile tooltip lists the themes in stack order, in £bn, inside the chart (1024 px)', ({ page, baseUrl }) => tooltipReads(page, baseUrl));
});

test.describe(() => {
  test.use({ viewport: { width: 1123, height: 794 } });
  test('the printed robustness chart keeps its "Now" and "Zero at" marks inside each drawing', async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}?leakage=20&delay=1`);
    await expect(page.locator('section.headline')).toBeVisible();
    await page.mouse.wheel(0, 1);
    const section = page.locator('[data-chart="sensitivity"]');
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('svg.recharts-surface').nth(1)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // The drawings are measured again at the printed size before their marks are placed.
    const cut = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-chart="sensitivity"] .small-chart svg.recharts-surface')].flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          // Until recharts has measured the printed column, the screen's drawing is scaled down whole.
          if (Math.abs((svg as SVGSVGElement).width.baseVal.value - box.width) > 2) return ['still drawn at screen size'];
          return [...svg.querySelectorAll('.recharts-label')]
            .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
            .filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
            .map(({ text, r }) => `"${text}" runs ${Math.round(Math.max(box.left - r.left, r.right - box.right))} px outside its drawing`);
        }),
      );
    await expect.poll(cut).toEqual([]);
  });
});
