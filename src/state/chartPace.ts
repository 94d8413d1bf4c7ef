import { startTransition, useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Settings } from '../model';
import { nextTask } from './nextTask';
import { useSettingsStore } from './store';

/**
 * The settings each chart draws, and the pace at which the charts follow a moving slider.
 *
 * The headline follows every slider step. A chart update (recharts) costs several frames on this
 * kind of machine, most of it in one uninterruptible block after each commit, so three things keep
 * the charts from holding the sliders and the headline up:
 * - The charts update one at a time, in slot order (profile, partners, sensitivity, the sections
 *   below): each slot is its own transition, and the next starts once the last has drawn, so a key
 *   press waits for at most one chart rather than all of them.
 * - While a slider is live, a new pass through the slots starts no sooner than the length of the
 *   last pass through the main charts (at least MIN_GAP_MS) after the last one started: passes
 *   run back to back at most, and between slots and transition slices a key press goes first.
 *   The last step always reaches every chart. Any other change (a preset, a link, a released
 *   slider, a typed value confirmed) starts a pass at once.
 *   (Counting the wait from the end of the last pass instead, to leave the thread half idle,
 *   made the charts lag twice as far and did not speed up the headline.)
 * - On a slow machine (see SLOW_PASS_MS) the charts cannot follow a moving slider anyway, and
 *   every pass would hold the headline up for a large part of a second. There, while a slider
 *   moves, the charts wait until it has rested for REST_MS, then catch up in one pass; the
 *   headline keeps following every step, and the charts' dimming says they lag.
 * - The sections below the three main charts (uncertainty, your area) wait until the slider is
 *   let go: their Monte Carlo re-runs only then anyway, and they are below the fold.
 */

export const CHART_SLOTS = { profile: 0, partners: 1, sensitivity: 2, sections: 3 } as const;
export type ChartSlot = (typeof CHART_SLOTS)[keyof typeof CHART_SLOTS];
const SLOT_COUNT = 4;

/** Shortest and longest wait between the starts of two passes while a slider moves, in milliseconds. */
export const MIN_GAP_MS = 40;
export const MAX_GAP_MS = 600;
/**
 * A machine is too slow for the charts to follow a slider when its last SLOW_PASSES passes through
 * the main charts each took longer than SLOW_PASS_MS. Several, because the first passes after
 * loading (code not yet optimised) and a busy moment are slow on any machine. It counts as fast
 * again after a pass under half that: passes timed at rest are quicker than those timed while a
 * slider moves, and a machine near the line should not switch modes within every drag.
 */
export const SLOW_PASS_MS = 300;
export const SLOW_PASSES = 3;
/** On such a machine, how long a moving slider must rest before the charts catch up. */
export const REST_MS = 200;
/** The name of the performance measure recorded for each pass through the chart slots. */
export const PASS_MEASURE = 'charts pass';
/** A slot that has not drawn after this long (unmounted mid-update, say) is passed over. */
const SLOT_TIMEOUT_MS = 1000;

const current = () => useSettingsStore.getState().settings;
const shown: Settings[] = Array.from({ length: SLOT_COUNT }, current);
// Whether each slot should animate to the settings it was last sent (see slotAnimates).
const animateNext: boolean[] = Array.from({ length: SLOT_COUNT }, () => true);
// The settings object last seen in the store, and whether a moving slider made it.
let latestSettings = current();
let latestFromSlider = false;
const listeners = Array.from({ length: SLOT_COUNT }, () => new Set<(settings: Settings) => void>());
let running = false;
let waiting: { slot: number; settings: Settings; timeout: ReturnType<typeof setTimeout> } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let passStart = -Infinity;
// Whether this pass has sent settings to a main chart, and whether its main part has been timed.
let mainSent = false;
let mainTimed = false;
// Lengths of the last few passes through the three main charts, newest last.
const recentPassMs: number[] = [];

/** A yes/no the page can follow, telling its listeners only when it flips. */
function flag() {
  let value = false;
  const flagListeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: boolean) {
      if (next === value) return;
      value = next;
      for (const listener of flagListeners) listener();
    },
    subscribe(listener: () => void) {
      flagListeners.add(listener);
      return () => {
        flagListeners.delete(listener);
      };
    },
  };
}

// Whether one of the main charts lags behind the settings, for the "charts catching up" cue.
const stale = flag();
function updateStale() {
  const settings = current();
  stale.set(shown.some((s, slot) => s !== settings && slot !== CHART_SLOTS.sections && listeners[slot]!.size > 0));
}
// Whether this machine is too slow for the charts to follow a slider (see SLOW_PASS_MS), and
// whether the charts are held until a moving slider rests, for a note saying so.
const slowMachine = flag();
const holding = flag();

const isLive = () => useSettingsStore.getState().change.kind === 'live';
/** The sections below the main charts skip passes while a slider is live. */
const waitsForRelease = (slot: number, live: boolean) => live && slot === CHART_SLOTS.sections;

function startPass() {
  timer = undefined;
  holding.set(false);
  if (running) return;
  running = true;
  passStart = performance.now();
  mainSent = false;
  mainTimed = false;
  advance(0);
}

/** Sends the latest settings to the first slot from `from` that lacks them, or ends the pass. */
function advance(from: number) {
  const target = current();
  const live = isLive();
  for (let slot = from; slot < SLOT_COUNT; slot++) {
    if (slot === CHART_SLOTS.sections) timeMainCharts();
    if (shown[slot] === target || waitsForRelease(slot, live)) continue;
    shown[slot] = target;
    // Settings a slider made never animate, even if the slider was let go before they were sent.
    animateNext[slot] = !latestFromSlider && !useSettingsStore.getState().ui.dragging;
    if (listeners[slot]!.size === 0) continue;
    if (slot !== CHART_SLOTS.sections) mainSent = true;
    waiting = { slot, settings: target, timeout: setTimeout(() => chartsDrawn(slot, target), SLOT_TIMEOUT_MS) };
    startTransition(() => {
      for (const listener of listeners[slot]!) listener(target);
    });
    return;
  }
  running = false;
  timeMainCharts();
  schedule();
}

/**
 * Times the pass through the three main charts, once per pass, when it has drawn one. The
 * sections below (which update only on release) are left out: they are not what follows a slider.
 */
function timeMainCharts() {
  if (mainTimed || !mainSent) return;
  mainTimed = true;
  const end = performance.now();
  const ms = end - passStart;
  recentPassMs.push(ms);
  if (recentPassMs.length > SLOW_PASSES) recentPassMs.shift();
  slowMachine.set(isSlowMachine(slowMachine.get(), recentPassMs));
  // Marked for the interaction benchmark (a performance-panel entry, no cost worth counting).
  // Guarded: an older engine without the options form of measure must not stop the pacer.
  try {
    if (end > passStart) performance.measure(PASS_MEASURE, { start: passStart, end });
  } catch {
    // no mark, nothing else lost
  }
}

/** Whether the machine counts as too slow for the charts to follow a slider (see SLOW_PASS_MS). */
export function isSlowMachine(wasSlow: boolean, passMs: readonly number[]): boolean {
  const latest = passMs[passMs.length - 1];
  if (wasSlow) return latest === undefined || latest >= SLOW_PASS_MS / 2;
  return passMs.length >= SLOW_PASSES && passMs.slice(-SLOW_PASSES).every((ms) => ms > SLOW_PASS_MS);
}

function schedule() {
  const state = useSettingsStore.getState();
  if (state.settings !== latestSettings) {
    latestSettings = state.settings;
    latestFromSlider = state.change.kind === 'live';
  }
  updateStale();
  const settings = current();
  const live = isLive();
  if (running || shown.every((s, slot) => s === settings || waitsForRelease(slot, live))) return;
  if (!live) {
    clearTimeout(timer);
    startPass();
    return;
  }
  const plan = livePassPlan(slowMachine.get(), recentPassMs[recentPassMs.length - 1] ?? 0, performance.now() - passStart);
  if (plan.waitForRest) clearTimeout(timer); // each step puts the catch-up back
  else if (timer !== undefined) return; // the pass already planned will take the latest settings
  holding.set(plan.waitForRest);
  timer = setTimeout(startPass, plan.delay);
}

/**
 * When the next pass should start while a slider moves: `delay` in milliseconds from now, and
 * whether each further step should push it back (a slow machine waiting for the slider to rest).
 */
export function livePassPlan(slow: boolean, lastPassMs: number, msSinceLastStart: number): { delay: number; waitForRest: boolean } {
  if (slow) return { delay: REST_MS, waitForRest: true };
  const gap = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, lastPassMs));
  return { delay: Math.max(0, gap - msSinceLastStart), waitForRest: false };
}

useSettingsStore.subscribe(schedule);

/**
 * Called from an effect once a slot has drawn `settings`. The next slot starts in a later task,
 * which lets the effects recharts runs after each commit finish first.
 */
export function chartsDrawn(slot: ChartSlot | number, settings: Settings): void {
  if (!waiting || waiting.slot !== slot || waiting.settings !== settings) return;
  clearTimeout(waiting.timeout);
  waiting = null;
  updateStale();
  void nextTask().then(() => advance(slot + 1));
}

/** The settings a slot's charts should draw now (see above). */
export function useChartSettings(slot: ChartSlot): Settings {
  const [value, setValue] = useState(shown[slot]!);
  useEffect(() => {
    const set = listeners[slot]!;
    set.add(setValue);
    // Settings sent between this component's render and now (usually none: no re-render).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(shown[slot]!);
    schedule();
    return () => {
      set.delete(setValue);
    };
  }, [slot]);
  return value;
}

/**
 * Whether a slot's charts should animate to the settings they were last sent: only when those
 * settings came from a discrete change (a preset, a reset, a theme, a link). Settings made by a
 * moving slider or by typing redraw at once, as recharts animates by re-rendering every frame,
 * which would leave no frame for the next step. Decided when the settings are sent, so the page
 * around the charts need not re-render when a drag starts or ends.
 */
export const slotAnimates = (slot: ChartSlot): boolean => animateNext[slot]!;

/** Forgets the pass timings and the slow-machine verdict (tests start from a fresh pacer). */
export function resetPacerTimings(): void {
  recentPassMs.length = 0;
  slowMachine.set(false);
  holding.set(false);
  passStart = -Infinity;
}

/** True while one of the main charts still shows older settings than the sliders. */
export const useChartsStale = (): boolean => useSyncExternalStore(stale.subscribe, stale.get);

/** True while, on a slow machine, the charts wait for a moving slider to rest. */
export const useChartsHeld = (): boolean => useSyncExternalStore(holding.subscribe, holding.get);

/** True once the pacer has found the machine too slow for the charts to follow a slider. */
export const useSlowMachine = (): boolean => useSyncExternalStore(slowMachine.subscribe, slowMachine.get);

/**
 * Sets `data-charts-stale` on an element while the main charts lag. Done on the element directly:
 * the flag turns on and off at every slider step, and a re-render of the page around the charts
 * for it would double the work the step costs.
 */
export function useChartsStaleMark(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const mark = () => ref.current?.toggleAttribute('data-charts-stale', stale.get());
    mark();
    return stale.subscribe(mark);
  }, [ref]);
}
