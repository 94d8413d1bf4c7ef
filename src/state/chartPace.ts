import { startTransition, useEffect, useState } from 'react';
import { create } from 'zustand';
import type { Settings } from '../model';
import { nextTask } from './nextTask';
import { useSettingsStore } from './store';

/**
 * The settings each chart draws, and the pace at which the charts follow a moving slider (see
 * docs/decisions/0013-chart-pacing.md). The headline follows every step; a recharts update is one
 * uninterruptible block of several frames, so:
 * - the charts update one slot at a time, in slot order, each in its own transition, the next
 *   once the last has drawn, so a key press waits for at most one chart;
 * - while a slider is live, a pass starts no sooner than the last pass through the main charts
 *   took (MIN_GAP_MS to MAX_GAP_MS) after the last one started; the last step always reaches
 *   every chart, and any other change (a preset, a link, a release) starts a pass at once;
 * - on a slow machine (SLOW_PASS_MS) the charts wait until a moving slider rests for REST_MS;
 * - the sections below (uncertainty, your area) wait until the slider is let go.
 */

export const CHART_SLOTS = { profile: 0, partners: 1, sensitivity: 2, sections: 3 } as const;
export type ChartSlot = (typeof CHART_SLOTS)[keyof typeof CHART_SLOTS];
const SLOT_COUNT = 4;

/** Shortest and longest wait between the starts of two passes while a slider moves, in milliseconds. */
export const MIN_GAP_MS = 40;
export const MAX_GAP_MS = 600;
/**
 * A machine is too slow for the charts to follow a slider when its last SLOW_PASSES passes through
 * the main charts each took longer than SLOW_PASS_MS (one slow pass may be a cold start or a busy
 * moment). It counts as fast again only after a pass under half that, so it does not flip mid-drag.
 */
export const SLOW_PASS_MS = 300;
export const SLOW_PASSES = 3;
/** On such a machine, how long a moving slider must rest before the charts catch up. */
export const REST_MS = 200;
/** The name of the performance measure recorded for each pass through the chart slots. */
export const PASS_MEASURE = 'charts pass';
/** A slot that has not drawn after this long (unmounted mid-update, say) is passed over. */
const SLOT_TIMEOUT_MS = 1000;

/** What the page shows about the pacer: main charts lagging, a slow machine, charts held. */
export const usePacerStore = create(() => ({ stale: false, slowMachine: false, holding: false }));

/** Whether the machine counts as too slow for the charts to follow a slider (see SLOW_PASS_MS). */
export function isSlowMachine(wasSlow: boolean, passMs: readonly number[]): boolean {
  const latest = passMs[passMs.length - 1];
  if (wasSlow) return latest === undefined || latest >= SLOW_PASS_MS / 2;
  return passMs.length >= SLOW_PASSES && passMs.slice(-SLOW_PASSES).every((ms) => ms > SLOW_PASS_MS);
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

/** The pacer: the slots' settings and listeners, and the pass under way, kept in this closure. */
function createPacer() {
  const current = () => useSettingsStore.getState().settings;
  const isLive = () => useSettingsStore.getState().change.kind === 'live';
  const flag = (key: keyof ReturnType<typeof usePacerStore.getState>, value: boolean) => {
    if (usePacerStore.getState()[key] !== value) usePacerStore.setState({ [key]: value });
  };
  const shown: Settings[] = Array.from({ length: SLOT_COUNT }, current);
  // Whether each slot should animate to the settings it was last sent (see slotAnimates).
  const animateNext: boolean[] = Array.from({ length: SLOT_COUNT }, () => true);
  const listeners = Array.from({ length: SLOT_COUNT }, () => new Set<(settings: Settings) => void>());
  // The settings object last seen in the store, and whether a moving slider made it.
  let latestSettings = current();
  let latestFromSlider = false;
  let running = false;
  let waiting: { slot: number; settings: Settings; timeout: ReturnType<typeof setTimeout> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let passStart = -Infinity;
  // Whether this pass has sent settings to a main chart (only such a pass is timed).
  let mainSent = false;
  // Lengths of the last few passes through the three main charts, newest last.
  const recentPassMs: number[] = [];

  const updateStale = () =>
    flag('stale', shown.some((s, slot) => s !== current() && slot !== CHART_SLOTS.sections && listeners[slot]!.size > 0));
  /** The sections below the main charts skip passes while a slider is live. */
  const waitsForRelease = (slot: number, live: boolean) => live && slot === CHART_SLOTS.sections;

  function startPass() {
    timer = undefined;
    flag('holding', false);
    if (running) return;
    running = true;
    passStart = performance.now();
    mainSent = false;
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
      animateNext[slot] = !latestFromSlider;
      if (listeners[slot]!.size === 0) continue;
      if (slot !== CHART_SLOTS.sections) mainSent = true;
      waiting = { slot, settings: target, timeout: setTimeout(() => drawn(slot, target), SLOT_TIMEOUT_MS) };
      startTransition(() => {
        for (const listener of listeners[slot]!) listener(target);
      });
      return;
    }
    running = false;
    schedule();
  }

  /**
   * Times the pass through the three main charts (not the sections below). Called as a pass
   * reaches the sections' slot, which each pass does exactly once.
   */
  function timeMainCharts() {
    if (!mainSent) return;
    const end = performance.now();
    recentPassMs.push(end - passStart);
    if (recentPassMs.length > SLOW_PASSES) recentPassMs.shift();
    flag('slowMachine', isSlowMachine(usePacerStore.getState().slowMachine, recentPassMs));
    // Marked for the interaction benchmark. Guarded: an older engine without the options form of
    // measure must not stop the pacer.
    try {
      if (end > passStart) performance.measure(PASS_MEASURE, { start: passStart, end });
    } catch {
      // no mark, nothing else lost
    }
  }

  function schedule() {
    const state = useSettingsStore.getState();
    if (state.settings !== latestSettings) {
      latestSettings = state.settings;
      latestFromSlider = state.change.kind === 'live';
    }
    updateStale();
    const live = isLive();
    if (running || shown.every((s, slot) => s === state.settings || waitsForRelease(slot, live))) return;
    if (!live) {
      clearTimeout(timer);
      startPass();
      return;
    }
    const plan = livePassPlan(usePacerStore.getState().slowMachine, recentPassMs[recentPassMs.length - 1] ?? 0, performance.now() - passStart);
    if (plan.waitForRest) clearTimeout(timer); // each step puts the catch-up back
    else if (timer !== undefined) return; // the pass already planned will take the latest settings
    flag('holding', plan.waitForRest);
    timer = setTimeout(startPass, plan.delay);
  }

  /** A slot has drawn `settings`: the next slot starts in a later task, after recharts' effects. */
  function drawn(slot: number, settings: Settings) {
    if (!waiting || waiting.slot !== slot || waiting.settings !== settings) return;
    clearTimeout(waiting.timeout);
    waiting = null;
    updateStale();
    void nextTask().then(() => advance(slot + 1));
  }

  useSettingsStore.subscribe(schedule);
  return {
    schedule,
    drawn,
    shown: (slot: ChartSlot) => shown[slot]!,
    animates: (slot: ChartSlot) => animateNext[slot]!,
    listen(slot: ChartSlot, listener: (settings: Settings) => void) {
      listeners[slot]!.add(listener);
      return () => void listeners[slot]!.delete(listener);
    },
    resetTimings() {
      recentPassMs.length = 0;
      passStart = -Infinity;
      flag('slowMachine', false);
      flag('holding', false);
    },
  };
}

const pacer = createPacer();

/** Called from an effect once a slot has drawn `settings`. */
export const chartsDrawn = (slot: ChartSlot | number, settings: Settings): void => pacer.drawn(slot, settings);

/** The settings a slot's charts should draw now (see above). */
export function useChartSettings(slot: ChartSlot): Settings {
  const [value, setValue] = useState(pacer.shown(slot));
  useEffect(() => {
    const stop = pacer.listen(slot, setValue);
    // Settings sent between this component's render and now (usually none: no re-render).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(pacer.shown(slot));
    pacer.schedule();
    return stop;
  }, [slot]);
  return value;
}

/**
 * Whether a slot's charts should animate to the settings they were last sent: only when those
 * settings came from a discrete change (a preset, a reset, a link). Settings made by a moving
 * slider or by typing redraw at once, as recharts animates by re-rendering every frame, which
 * would leave no frame for the next step. Decided when the settings are sent, so the page around
 * the charts need not re-render when a drag starts or ends.
 */
export const slotAnimates = (slot: ChartSlot): boolean => pacer.animates(slot);

/** Forgets the pass timings and the slow-machine verdict (tests start from a fresh pacer). */
export const resetPacerTimings = (): void => pacer.resetTimings();

/** True while one of the main charts still shows older settings than the sliders. */
export const useChartsStale = (): boolean => usePacerStore((s) => s.stale);

/** True while, on a slow machine, the charts wait for a moving slider to rest. */
export const useChartsHeld = (): boolean => usePacerStore((s) => s.holding);

/** True once the pacer has found the machine too slow for the charts to follow a slider. */
export const useSlowMachine = (): boolean => usePacerStore((s) => s.slowMachine);
