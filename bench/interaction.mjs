// Interaction timing in real Chromium against the production build (npm run bench runs it).
// For each main slider: keyboard steps and a mouse drag, with every chart on screen. Measures
// input → next paint showing the new headline (with the browser's Event Timing split of each key
// press beside it), input → next paint with every chart updated, long tasks (> 50 ms) and dropped
// frames, and how busy the main thread and the renderer were; then the same under 4× CPU throttling.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';

const KEY_STEPS = Number(process.env.BENCH_STEPS ?? 100);
const ALL_SLIDERS = ['Scenario (prudent to base)', 'Take-up across England', 'Leakage', 'Delay', 'Discount rate'];
// BENCH_SLIDERS=Leakage,Delay runs only those (quick runs while working on speed).
const chosen = (names) => (process.env.BENCH_SLIDERS ? names.filter((n) => process.env.BENCH_SLIDERS.split(',').includes(n)) : names);
const SLIDERS = chosen(ALL_SLIDERS);
// Presenter mode shows only the big levers (no discount rate) and two of the charts.
const PRESENTER_SLIDERS = chosen(ALL_SLIDERS.filter((n) => n !== 'Discount rate'));
// The headline and the main charts, each carrying the settings version it was drawn from.
const HEADLINE = 'section[aria-labelledby="headline-heading"]';
const CHARTS = '.results-column .chart-section[data-settings-version]';

/**
 * In-page probe. Each slider step is one `input` event and one new settings object; the headline
 * and each chart carry `data-settings-version`, the number of the settings they were drawn from.
 * For each step the probe keeps the time of the key press or pointer move behind it and, through
 * MutationObservers, the first moment after the next paint (requestAnimationFrame, then a
 * MessageChannel message) at which the headline, and then every chart, shows that step or a later one.
 */
function installProbe({ headlineSelector, chartsSelector }) {
  const w = window;
  const version = (el) => Number(el.getAttribute('data-settings-version') ?? 0);
  const headline = document.querySelector(headlineSelector);
  // The charts on show (presenter mode hides one of the three).
  const charts = [...document.querySelectorAll(chartsSelector)].filter((c) => c.getClientRects().length > 0);
  let lastRaw = 0;
  w.__bench = { inputs: [], rests: [], headline: [], charts: [], longTasks: [], passes: [], frames: 0, base: version(headline), chartCount: charts.length };
  w.__benchReset = () => {
    Object.assign(w.__bench, { inputs: [], rests: [], headline: [], charts: [], longTasks: [], passes: [], frames: 0, base: version(headline) });
    w.__keyEvents = [];
  };
  // The hand rests: the last step so far is one the charts must catch up with.
  w.__benchRest = () => {
    const last = w.__bench.inputs.length - 1;
    if (last >= 0 && w.__bench.rests.at(-1) !== last) w.__bench.rests.push(last);
  };
  const afterNextPaint = (record) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => record(performance.now());
      channel.port2.postMessage(0);
    });
  for (const type of ['keydown', 'pointerdown', 'pointermove']) addEventListener(type, (e) => (lastRaw = e.timeStamp), true);
  addEventListener('input', (e) => { if (e.target.type === 'range') w.__bench.inputs.push(lastRaw || e.timeStamp); }, true);
  const watch = (el, read, into) =>
    new MutationObserver(() => {
      const v = read();
      afterNextPaint((t) => w.__bench[into].push({ t, v }));
    }).observe(el, { attributes: true, attributeFilter: ['data-settings-version'] });
  watch(headline, () => version(headline), 'headline');
  const oldest = () => Math.min(...charts.map(version));
  for (const c of charts) watch(c, oldest, 'charts');
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  // One entry per pass of the chart pacer (src/state/chartPace.ts) through the three charts.
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'charts pass') w.__bench.passes.push(e.duration); }).observe({ type: 'measure', buffered: false });
  const tick = () => { w.__bench.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
}

/**
 * In-page Event Timing: the browser's own account of each slow key press on a slider, split into
 * the wait for the main thread, the handlers, and the rendering up to the next paint, collected in
 * `window.__keyEvents`. Chromium reports only events of 16 ms or more (rounded to 8 ms).
 */
function recordKeyEvents() {
  window.__keyEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'keydown' || e.target?.type !== 'range') continue;
      window.__keyEvents.push({ start: e.startTime, duration: e.duration, delay: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart, presentation: Math.max(0, e.startTime + e.duration - e.processingEnd) });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
}

/** The browser's running totals of main-thread work and renderer CPU time (CDP Performance domain). */
async function cpuTotals(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * How busy the page kept the machine between two `cpuTotals`: the share of the wall-clock time the
 * main thread spent in tasks (and in script, and in style and layout, within them), and the
 * renderer process's CPU time over all its threads (raster and compositing too), in cores.
 * A main thread near 100% busy leaves a key press nowhere to go but the queue; a renderer near
 * the machine's core count leaves raster waiting for the CPU.
 */
function cpuUse(before, after) {
  const wall = after.Timestamp - before.Timestamp;
  const per = (key) => (after[key] - before[key]) / wall;
  return { mainThreadBusy: per('TaskDuration'), script: per('ScriptDuration'), styleAndLayout: per('RecalcStyleDuration') + per('LayoutDuration'), rendererCores: per('ProcessTime') };
}

const pct = (x) => `${Math.round(x * 100)}%`;
const cpuLine = (u) => `CPU during the key run: main thread busy ${pct(u.mainThreadBusy)} (script ${pct(u.script)}, style and layout ${pct(u.styleAndLayout)}); renderer process ${u.rendererCores.toFixed(2)} of ${availableParallelism()} cores`;

const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? null;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? null };
};

/**
 * For each step, from its key press or pointer move to the first paint showing it (or a later
 * step). `settled`: for the steps where the hand rested (the end of the key run and of the drag),
 * to the paint with every chart, or null if the charts never showed it.
 */
function latencies(b) {
  const out = { headline: [], charts: [], settled: [] };
  const first = (paints, t, v) => paints.find((p) => p.t >= t && p.v >= v);
  b.inputs.forEach((t, i) => {
    const v = b.base + i + 1;
    const h = first(b.headline, t, v);
    const c = first(b.charts, t, v);
    if (h) out.headline.push(h.t - t);
    if (c) out.charts.push(c.t - t);
    if (b.rests.includes(i)) out.settled.push(c ? c.t - t : null);
  });
  return out;
}

/**
 * Event Timing for the key presses of a run. Presses the browser did not report took under 16 ms
 * to the next paint, so they count as 0 in the p95; the split into input delay (waiting for the
 * main thread), handlers and rendering is over the reported, slower presses.
 */
function keyEventTiming(entries, presses) {
  const all = [...entries.map((e) => e.duration), ...Array(Math.max(0, presses - entries.length)).fill(0)];
  const part = (key) => stats(entries.map((e) => e[key]));
  return { presses, reported: entries.length, durationP95Ms: stats(all).p95, inputDelayMs: part('delay'), handlersMs: part('processing'), renderingMs: part('presentation') };
}

function eventTimingLine(e) {
  const mp = (s) => (s.median === null ? 'n/a' : `${s.median.toFixed(0)}/${s.p95.toFixed(0)}`);
  if (e.presses === 0) return 'Event Timing, key presses: n/a (no key press moved the slider)';
  return `Event Timing, key presses: ${e.reported} of ${e.presses} took 16 ms or more, p95 ${e.durationP95Ms < 16 ? 'under 16' : e.durationP95Ms.toFixed(0)} ms | of those, median/p95 ms: input delay ${mp(e.inputDelayMs)}, handlers ${mp(e.handlersMs)}, rendering to paint ${mp(e.renderingMs)}`;
}

/**
 * One run: for each slider, the key run and the drag, with their figures printed and returned.
 * `cdp` (a CDP session with the Performance domain on) adds the CPU-use figure; the throttled run
 * passes none, because Chromium throttles by keeping the main thread busy itself.
 */
async function measure(page, label, { cdp = null, sliders = SLIDERS } = {}) {
  const rows = [];
  for (const name of sliders) {
    const slider = page.getByRole('slider', { name, exact: true });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForTimeout(800);
    await page.evaluate(() => window.__benchReset());
    const started = Date.now();
    const cpuBefore = cdp && (await cpuTotals(cdp));
    for (let i = 0; i < KEY_STEPS; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(30);
    }
    const keyRunCpu = cdp && cpuUse(cpuBefore, await cpuTotals(cdp));
    await page.evaluate(() => window.__benchRest());
    const keyRunSteps = await page.evaluate(() => window.__bench.inputs.length);
    await page.waitForTimeout(400);
    // A mouse drag across the slider's track in 40 moves.
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 40, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.evaluate(() => window.__benchRest());
    await page.waitForTimeout(400);
    // On a slow machine the charts catch up after the rest: give them up to 5 s more.
    await page
      .waitForFunction(() => window.__bench.charts.some((c) => c.v >= window.__bench.base + window.__bench.inputs.length), null, { timeout: 5000 })
      .catch(() => {});
    const elapsed = Date.now() - started;
    const b = await page.evaluate(() => window.__bench);
    // The key presses that moved the slider (at its end a press changes nothing), matched to
    // their Event Timing entries by the key's time stamp. Only presses that changed nothing may
    // go unmatched; more than that means the matching failed, and the run says so.
    const keySteps = b.inputs.slice(0, keyRunSteps);
    const allKeyEvents = await page.evaluate(() => window.__keyEvents);
    const keyEvents = allKeyEvents.filter((e) => keySteps.some((t) => Math.abs(t - e.start) < 1));
    const unmatched = allKeyEvents.length - keyEvents.length;
    if (unmatched > KEY_STEPS - keySteps.length) console.warn(`  warning: ${unmatched} Event Timing entries matched no slider step`);
    const l = latencies(b);
    const expectedFrames = Math.round(elapsed / (1000 / 60));
    rows.push({
      run: label,
      slider: name,
      inputs: b.inputs.length,
      headlineMs: stats(l.headline),
      chartsMs: stats(l.charts),
      chartsSettledMs: l.settled,
      chartPassMs: stats(b.passes),
      keyEventTiming: keyEventTiming(keyEvents, keySteps.length),
      keyRunCpu,
      longTasks: b.longTasks.length,
      longestTaskMs: b.longTasks.length ? Math.max(...b.longTasks) : 0,
      framesDropped: Math.max(0, expectedFrames - b.frames),
      frames: b.frames,
    });
    const r = rows[rows.length - 1];
    const f = (s) => (s.median === null ? 'n/a' : `median ${s.median.toFixed(1)} p95 ${s.p95.toFixed(1)} max ${s.max.toFixed(1)}`);
    console.log(`${label.padEnd(12)} ${name.padEnd(28)} steps ${r.inputs} | headline ${f(r.headlineMs)} | charts ${f(r.chartsMs)}, at rest ${r.chartsSettledMs.map((x) => (x === null ? 'miss' : x.toFixed(0))).join('/') || 'n/a'} | chart passes ${r.chartPassMs.n} (median ${r.chartPassMs.median?.toFixed(0) ?? 'n/a'} ms) | long tasks ${r.longTasks} (max ${r.longestTaskMs.toFixed(0)} ms) | frames dropped ${r.framesDropped}/${expectedFrames}`);
    console.log(`${''.padEnd(41)} ${eventTimingLine(r.keyEventTiming)}`);
    if (keyRunCpu) console.log(`${''.padEnd(41)} ${cpuLine(keyRunCpu)}`);
  }
  return rows;
}

/**
 * The floor of the method: the same probe on a blank page whose only work per key press is to
 * write the slider's value into a paragraph. Whatever the app adds is on top of this.
 */
async function measureFloor(browser) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.setContent('<input type="range" min="0" max="1000" value="0" aria-label="Probe"><p id="out">0</p>');
  await page.evaluate(() => {
    const w = window;
    w.__floor = [];
    let raw = 0;
    addEventListener('keydown', (e) => (raw = e.timeStamp), true);
    document.querySelector('input').addEventListener('input', (e) => {
      document.getElementById('out').textContent = e.target.value;
      const t = raw;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__floor.push(performance.now() - t);
        channel.port2.postMessage(0);
      });
    });
  });
  await page.evaluate(recordKeyEvents);
  await page.focus('input');
  for (let i = 0; i < KEY_STEPS; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const floor = stats(await page.evaluate(() => window.__floor));
  const floorEvents = keyEventTiming(await page.evaluate(() => window.__keyEvents), KEY_STEPS);
  await page.close();
  console.log(`probe floor (blank page)  input → next paint: median ${floor.median.toFixed(1)} p95 ${floor.p95.toFixed(1)} max ${floor.max.toFixed(1)} ms`);
  console.log(`${''.padEnd(26)}${eventTimingLine(floorEvents)}`);
  return { run: 'probe floor', slider: 'blank page', inputs: floor.n, headlineMs: floor, keyEventTiming: floorEvents };
}

/**
 * The explorer loaded in a fresh window of the given height (1920 px wide), optionally in
 * presenter mode, with the probe and Event Timing recorder installed and CDP metrics on.
 */
async function openExplorer(browser, baseUrl, { height, presenter = false }) {
  const page = await browser.newPage({ viewport: { width: 1920, height } });
  await page.goto(baseUrl);
  await page.locator(HEADLINE).waitFor();
  if (presenter) {
    await page.keyboard.press('p');
    await page.locator('html[data-presenter]').waitFor();
  }
  // The charts load lazily: the probe must not start before they are on show.
  const expected = presenter ? 2 : 3;
  // (The charts come in slot order, the one presenter mode hides last.)
  await page.locator(CHARTS).nth(expected - 1).waitFor({ state: 'visible', timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(800);
  await page.evaluate(installProbe, { headlineSelector: HEADLINE, chartsSelector: CHARTS });
  const followed = await page.evaluate(() => window.__bench.chartCount);
  if (followed !== expected) console.warn(`  warning: the probe follows ${followed} charts, not ${expected}; chart figures will be missing or wrong`);
  await page.evaluate(recordKeyEvents);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

// BENCH_RUNS=normal,presenter picks among the runs (quick runs while working on speed).
const KNOWN_RUNS = ['normal', 'slow', 'presenter'];
const RUNS = process.env.BENCH_RUNS ? process.env.BENCH_RUNS.split(',') : KNOWN_RUNS;
for (const run of RUNS) if (!KNOWN_RUNS.includes(run)) console.warn(`warning: BENCH_RUNS names "${run}", which is not one of ${KNOWN_RUNS.join(', ')}`);

export async function runInteractionBench({ baseUrl }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const rows = [await measureFloor(browser)];
    if (RUNS.includes('normal') || RUNS.includes('slow')) {
      // Tall enough that every chart is on screen at 1920 px wide.
      const { page, cdp } = await openExplorer(browser, baseUrl, { height: Number(process.env.BENCH_HEIGHT ?? 2600) });
      if (RUNS.includes('normal')) rows.push(...(await measure(page, 'no throttle', { cdp })));
      if (RUNS.includes('slow')) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        rows.push(...(await measure(page, '4× slower')));
      }
      await page.close();
    }
    if (RUNS.includes('presenter')) {
      // The room's view: presenter mode at 1920×1080 shows the headline and two charts, all on
      // screen, and keeps the sliders in PRESENTER_SLIDERS.
      const { page, cdp } = await openExplorer(browser, baseUrl, { height: 1080, presenter: true });
      rows.push(...(await measure(page, 'presenter', { cdp, sliders: PRESENTER_SLIDERS })));
      await page.close();
    }
    printAgainstFloor(rows);
    return rows;
  } finally {
    await browser.close();
  }
}

/**
 * Each run's p95 as a multiple of the blank page's p95 in the same run: the figure the targets are
 * set in (charts within 2×, headline within 1.5×), steadier across a busy or quiet hour than
 * milliseconds are.
 */
function printAgainstFloor(rows) {
  const floor = rows[0]?.headlineMs?.p95;
  if (!floor) return;
  console.log(`\nagainst the blank page (p95 ${floor.toFixed(1)} ms = 1×):`);
  for (const r of rows.slice(1)) {
    const times = (s) => (s?.p95 == null ? 'n/a' : `${(s.p95 / floor).toFixed(1)}×`);
    r.againstFloor = { headline: r.headlineMs?.p95 == null ? null : r.headlineMs.p95 / floor, charts: r.chartsMs?.p95 == null ? null : r.chartsMs.p95 / floor };
    console.log(`${r.run.padEnd(12)} ${r.slider.padEnd(28)} headline ${times(r.headlineMs)}, charts ${times(r.chartsMs)}`);
  }
}

export function startPreview(root, port) {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
  return () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ } };
}
