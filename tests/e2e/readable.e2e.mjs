// Text a room or a reader can take in: figures on one line in presenter mode on a phone, partner
// labels big enough for a projector, and a profile tooltip that reads in stack order, one unit.

function expect(ok, message) {
  if (!ok) throw new Error(message);
}

async function openPresenter(page, baseUrl, query) {
  await page.goto(`${baseUrl}${query}`);
  await page.locator('section.headline').waitFor();
  await page.keyboard.press('p');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-presenter'));
}

/** Each figure or slider value whose text takes more than one line, with the lines it takes. */
function brokenValues(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.figure-value, .control-value')]
      .filter((el) => el.offsetParent)
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { text: el.textContent.trim(), lines: lines.size };
      })
      .filter((v) => v.lines > 1)
      .map((v) => `"${v.text}" on ${v.lines} lines`),
  );
}

/** The profile chart's tooltip for the bar of one year: its lines, and whether it sits inside the chart's box. */
async function profileTip(page, barIndex) {
  const section = page.locator('[data-chart="profile"]');
  await section.scrollIntoViewIfNeeded();
  const bar = section.locator('.recharts-bar-rectangle').nth(barIndex);
  await bar.waitFor();
  const box = await bar.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tip = section.locator('.recharts-tooltip-wrapper .recharts-tooltip-item');
  await tip.first().waitFor();
  const items = await tip.allInnerTexts();
  const inside = await page.evaluate(() => {
    const s = document.querySelector('[data-chart="profile"]').getBoundingClientRect();
    const t = document.querySelector('[data-chart="profile"] .recharts-default-tooltip').getBoundingClientRect();
    return t.left >= s.left - 0.5 && t.right <= s.right + 0.5 && t.top >= s.top - 0.5 && t.bottom <= s.bottom + 0.5;
  });
  return { items, inside };
}

async function tooltipReads(page, baseUrl) {
  await page.goto(`${baseUrl}?leakage=20&delay=1`);
  await page.locator('section.headline').waitFor();
  // On a phone the charts are drawn once the reader starts scrolling.
  await page.mouse.wheel(0, 1);
  for (const barIndex of [0, 4]) {
    const { items, inside } = await profileTip(page, barIndex);
    const names = items.map((t) => t.split(':')[0].trim());
    // The bars stack Health & care first (at the axis), so the tooltip lists it last of the themes.
    const expected = ['Work & skills', 'Complex families', 'Health & care', 'Running total (right-hand scale)'];
    expect(JSON.stringify(names) === JSON.stringify(expected), `tooltip lines ${JSON.stringify(names)}, not ${JSON.stringify(expected)}`);
    const units = items.map((t) => /£[\d.]+(bn|m)$/.exec(t.replace(/\s+$/, ''))?.[1]);
    expect(units.every((u) => u === 'bn'), `tooltip units: ${JSON.stringify(items)}`);
    expect(inside, `the tooltip for bar ${barIndex} leaves the chart's box at ${page.viewportSize().width} px`);
    const colours = await page.locator('[data-chart="profile"] .recharts-tooltip-item').evaluateAll((els) => els.map((el) => getComputedStyle(el).color));
    expect(new Set(colours).size === 1, `tooltip lines in several colours (pale ones fail contrast): ${colours.join(', ')}`);
  }
}

export default [
  [
    'presenter mode on a phone: every figure and slider value on one line, nothing wider than the screen',
    async ({ page, baseUrl }) => {
      await openPresenter(page, baseUrl, '?leakage=20&delay=1');
      await page.locator('[data-chart="partners"] svg.recharts-surface').first().waitFor();
      const broken = await brokenValues(page);
      expect(broken.length === 0, `values broken across lines: ${broken.join('; ')}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(wide <= 0, `the page is ${wide} px wider than the phone`);
      await page.screenshot({ path: 'test-results/screenshots/presenter-390x844.png', fullPage: true });
    },
    { viewport: { width: 390, height: 844 } },
  ],
  [
    'presenter mode at 1024×768: each partner label on one line, at least 18 px',
    async ({ page, baseUrl }) => {
      await openPresenter(page, baseUrl, '?leakage=20&delay=1');
      const ticks = page.locator('[data-chart="partners"] .partner-tick');
      await ticks.first().waitFor();
      const labels = await ticks.evaluateAll((els) => els.map((el) => ({ text: el.textContent, size: parseFloat(getComputedStyle(el).fontSize), height: el.getBoundingClientRect().height })));
      expect(labels.length === 6, `${labels.length} partner labels`);
      for (const l of labels) {
        expect(l.size >= 18, `"${l.text}" is ${l.size} px`);
        expect(l.height < 2 * l.size, `"${l.text}" takes more than one line (${Math.round(l.height)} px high)`);
        expect(/£[\d.]+(bn|m)$/.test(l.text.trim()), `"${l.text}" lacks its figure`);
      }
    },
    { viewport: { width: 1024, height: 768 } },
  ],
  [
    'the printed robustness chart keeps its "Now" and "Zero at" marks inside each drawing',
    async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}?leakage=20&delay=1`);
      await page.locator('section.headline').waitFor();
      await page.mouse.wheel(0, 1);
      const section = page.locator('[data-chart="sensitivity"]');
      await section.scrollIntoViewIfNeeded();
      await section.locator('svg.recharts-surface').nth(1).waitFor();
      await page.emulateMedia({ media: 'print' });
      // The drawings are measured again at the printed size before their marks are placed.
      await page.waitForFunction(() => [...document.querySelectorAll('[data-chart="sensitivity"] .small-chart')].every((c) => c.getBoundingClientRect().width < 300));
      await page.waitForTimeout(500);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('[data-chart="sensitivity"] .small-chart svg.recharts-surface')].flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('.recharts-label')]
            .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
            .filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
            .map(({ text, r }) => `"${text}" runs ${Math.round(Math.max(box.left - r.left, r.right - box.right))} px outside its drawing`);
        }),
      );
      expect(cut.length === 0, cut.join('; '));
    },
    { viewport: { width: 1123, height: 794 } },
  ],
  ['the profile tooltip lists the themes in stack order, in £bn, inside the chart (1024 px)', ({ page, baseUrl }) => tooltipReads(page, baseUrl), { viewport: { width: 1024, height: 768 } }],
  ['the profile tooltip lists the themes in stack order, in £bn, inside the chart (390 px)', ({ page, baseUrl }) => tooltipReads(page, baseUrl), { viewport: { width: 390, height: 844 } }],
];
