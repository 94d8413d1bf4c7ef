import { startTransition, useEffect, useState } from 'react';
import { create } from 'zustand';
import type { Settings } from '../model';
import { nextTask } from './nextTask';
import { useSettingsStore } from './store';

// How the charts follow a moving slider (docs/decisions/0013-chart-pacing.md). A recharts update
// blocks for frames, so slots update one at a time, each in a transition; while a slider is live a
// pass waits as long as the last took (or, on a slow machine, for the slider to rest), the sections
// below wait for its release. The last step reaches every chart; other changes start a pass at once.

export const CHART_SLOTS = { profile: 0, partners: 1, sensitivity: 2, sections: 3 } as const;
export type ChartSlot = (typeof CHART_SLOTS)[keyof typeof CHART_SLOTS];
const SLOT_COUNT = 4;

export const MIN_GAP_MS = 40;
export const MAX_GAP_MS = 600;
/** Slow: the last SLOW_PASSES passes each over SLOW_PASS_MS (one may be a cold start); fast again under half, so no flip mid-drag. */
export const SLOW_PASS_MS = 300;
export const SLOW_PASSES = 3;
export const REST_MS = 200;
/** Read by bench/interaction.mjs. */
export const PASS_MEASURE = 'charts pass';
/** A slot that has not drawn after this long (unmounted mid-update, say) is passed over. */
const SLOT_TIMEOUT_MS = 1000;

export const usePacerStore = create(() => ({ stale: false, slowMachine: false, holding: false }));

export function isSlowMachine(wasSlow: boolean, passMs: readonly number[]): boolean {
  const latest = passMs[passMs.length - 1];
  if (wasSlow) return latest === undefined || latest >= SLOW_PASS_MS / 2;
  return passMs.length >= SLOW_PASSES && passMs.slice(-SLOW_PASSES).every((ms) => ms > SLOW_PASS_MS);
}

/** When the next pass starts while a slider moves, and whether each further step pushes it back (slow machine). */
export function livePassPlan(slow: boolean, lastPassMs: number, msSinceLastStart: number): { delay: number; waitForRest: boolean } {
  if (slow) return { delay: REST_MS, waitForRest: true };
  const gap = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, lastPassMs));
  return { delay: Math.max(0, gap - msSinceLastStart), waitForRest: false };
}

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
  let latestSettings = current();
  let latestFromSlider = false;
  let running = false;
  let waiting: { slot: number; settings: Settings; timeout: ReturnType<typeof setTimeout> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let passStart = -Infinity;
  // Only a pass that sent settings to a main chart is timed.
  let mainSent = false;
  const recentPassMs: number[] = [];

  const updateStale = () =>
    flag('stale', shown.some((s, slot) => s !== current() && slot !== CHART_SLOTS.sections && listeners[slot]!.size > 0));
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

  /** Called as a pass reaches the sections' slot, which each pass does exactly once. */
  function timeMainCharts() {
    if (!mainSent) return;
    const end = performance.now();
    recentPassMs.push(end - passStart);
    if (recentPassMs.length > SLOW_PASSES) recentPassMs.shift();
    flag('slowMachine', isSlowMachine(usePacerStore.getState().slowMachine, recentPassMs));
    // Guarded: an older engine without the options form of measure must not stop the pacer.
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
    // Only settings from a discrete change (preset, reset, link) animate: recharts animates by
    // re-rendering every frame, leaving none for a slider's next step.
    animates: (slot: ChartSlot) => animateNext[slot]!,
    listen(slot: ChartSlot, listener: (settings: Settings) => void) {
      listeners[slot]!.add(listener);
      return () => void listeners[slot]!.delete(listener);
    },
    // Tests start from a fresh pacer.
    resetTimings: () => {
      recentPassMs.length = 0;
      passStart = -Infinity;
      flag('slowMachine', false);
      flag('holding', false);
    },
  };
}

const pacer = createPacer();
export const { drawn: chartsDrawn, animates: slotAnimates, resetTimings: resetPacerTimings } = pacer;

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

/** A main chart still shows older settings than the sliders. */
export const useChartsStale = (): boolean => usePacerStore((s) => s.stale);
/** On a slow machine, the charts wait for a moving slider to rest. */
export const useChartsHeld = (): boolean => usePacerStore((s) => s.holding);
export const useSlowMachine = (): boolean => usePacerStore((s) => s.slowMachine);
