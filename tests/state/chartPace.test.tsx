import { act, render, renderHook, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/model';
import { CHART_SLOTS, resetStore, settingsVersion, useChartsHeld, useChartsStale, useSettingsStore, type ChartSlot } from '../../src/state';
import { MAX_GAP_MS, MIN_GAP_MS, REST_MS, SLOW_PASSES, SLOW_PASS_MS, chartsDrawn, isSlowMachine, livePassPlan, resetPacerTimings, slotAnimates, useChartSettings } from '../../src/state/chartPace';

/**
 * Mounts one consumer per slot in one tree, each reporting "drawn" as the real charts do, and logs
 * the order in which they draw.
 */
function mountSlots(slots: ChartSlot[], onDraw?: () => void) {
  const log: { slot: ChartSlot; version: number }[] = [];
  const seen = new Map<ChartSlot, Settings>();
  function Consumer({ slot }: { slot: ChartSlot }) {
    const settings = useChartSettings(slot);
    seen.set(slot, settings);
    useEffect(() => {
      log.push({ slot, version: settingsVersion(settings) });
      onDraw?.();
      chartsDrawn(slot, settings);
    }, [settings, slot]);
    return null;
  }
  const view = render(
    <>
      {slots.map((slot) => (
        <Consumer key={slot} slot={slot} />
      ))}
    </>,
  );
  const latest = (slot: ChartSlot): Settings | undefined => seen.get(slot);
  return { log, latest, unmount: view.unmount };
}

const store = () => useSettingsStore.getState();
const ALL: ChartSlot[] = [CHART_SLOTS.profile, CHART_SLOTS.partners, CHART_SLOTS.sensitivity, CHART_SLOTS.sections];

describe('chart pacing', () => {
  beforeEach(() => {
    act(() => resetStore());
  });
  afterEach(() => {
    act(() => resetStore());
  });

  it('sends a committed change to every slot, one slot at a time in slot order', async () => {
    // Mounted last slot first: were every slot updated in one render, their effects would run in
    // mount order, not slot order.
    const { log, latest, unmount } = mountSlots([...ALL].reverse());
    log.length = 0;
    act(() => store().setNumeric('leakage', 30));
    const target = store().settings;
    await waitFor(() => ALL.forEach((slot) => expect(latest(slot)).toBe(target)));
    const order = log.filter((e) => e.version === settingsVersion(target)).map((e) => e.slot);
    expect(order).toEqual(ALL);
    unmount();
  });

  it('while a slider is live, the main charts reach the last step and the sections wait for release', async () => {
    const { latest, unmount } = mountSlots(ALL);
    for (const v of [5, 10, 15, 20]) act(() => store().setNumeric('delay', v / 10, 'live'));
    const last = store().settings;
    await waitFor(() => [CHART_SLOTS.profile, CHART_SLOTS.partners, CHART_SLOTS.sensitivity].forEach((slot) => expect(latest(slot)).toBe(last)));
    // The sections still show what they showed before the slider moved.
    expect(latest(CHART_SLOTS.sections)).not.toBe(last);
    act(() => store().commit());
    await waitFor(() => expect(latest(CHART_SLOTS.sections)).toBe(last));
    unmount();
  });

  it('charts animate to a finished change but not to the steps of a moving slider', async () => {
    const { latest, unmount } = mountSlots([CHART_SLOTS.profile]);
    act(() => store().setNumeric('leakage', 20, 'live'));
    const live = store().settings;
    await waitFor(() => expect(latest(CHART_SLOTS.profile)).toBe(live));
    expect(slotAnimates(CHART_SLOTS.profile)).toBe(false);
    act(() => store().applyPreset('half-leak'));
    const preset = store().settings;
    await waitFor(() => expect(latest(CHART_SLOTS.profile)).toBe(preset));
    expect(slotAnimates(CHART_SLOTS.profile)).toBe(true);
    unmount();
  });

  it('passes over a slot nobody draws, so the slots after it still update', async () => {
    const { latest, unmount } = mountSlots([CHART_SLOTS.profile, CHART_SLOTS.sensitivity]);
    act(() => store().setNumeric('rate', 5));
    const target = store().settings;
    await waitFor(() => {
      expect(latest(CHART_SLOTS.profile)).toBe(target);
      expect(latest(CHART_SLOTS.sensitivity)).toBe(target);
    });
    unmount();
  });

  it('says the charts are stale until the main charts have caught up', async () => {
    const { unmount } = mountSlots(ALL);
    const stale = renderHook(() => useChartsStale());
    act(() => store().setNumeric('leakage', 10, 'live'));
    expect(stale.result.current).toBe(true);
    await waitFor(() => expect(stale.result.current).toBe(false));
    stale.unmount();
    unmount();
  });
});

describe('the pace of passes while a slider moves', () => {
  const slow = Array.from({ length: SLOW_PASSES }, () => SLOW_PASS_MS + 100);

  it('starts the next pass one pass length after the last one started', () => {
    expect(livePassPlan(false, 100, 30)).toEqual({ delay: 70, waitForRest: false });
    expect(livePassPlan(false, 100, 250)).toEqual({ delay: 0, waitForRest: false });
    expect(livePassPlan(false, 0, 0)).toEqual({ delay: MIN_GAP_MS, waitForRest: false });
  });

  it('keeps the wait between the shortest and longest gap', () => {
    expect(livePassPlan(false, 5, 0).delay).toBe(MIN_GAP_MS);
    expect(livePassPlan(false, 5000, 0).delay).toBe(MAX_GAP_MS);
  });

  it('on a slow machine, waits for the slider to rest', () => {
    expect(livePassPlan(true, 900, 0)).toEqual({ delay: REST_MS, waitForRest: true });
    expect(livePassPlan(true, 900, 5000)).toEqual({ delay: REST_MS, waitForRest: true });
  });

  it('takes several slow passes in a row for a slow machine, not a slow start or one busy moment', () => {
    expect(isSlowMachine(false, slow)).toBe(true);
    expect(isSlowMachine(false, slow.slice(1))).toBe(false);
    expect(isSlowMachine(false, [...slow.slice(1), 100])).toBe(false);
    expect(isSlowMachine(false, [100, ...slow.slice(1)])).toBe(false);
  });

  it('counts a slow machine as fast again only after a clearly fast pass', () => {
    expect(isSlowMachine(true, [...slow, SLOW_PASS_MS - 10])).toBe(true);
    expect(isSlowMachine(true, [...slow, SLOW_PASS_MS / 2 - 1])).toBe(false);
  });

  // Each chart draw makes the clock jump 400 ms, so every pass looks slow.
  it('once passes have been slow, the charts skip the steps of a moving slider and catch up, without animating, when it rests', async () => {
    act(() => resetStore());
    const realNow = performance.now.bind(performance);
    let offset = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => realNow() + offset);
    const { latest, unmount } = mountSlots([CHART_SLOTS.profile], () => (offset += 400));
    const drawn = (settings: Settings) => waitFor(() => expect(latest(CHART_SLOTS.profile)).toBe(settings));
    try {
      for (let i = 1; i <= SLOW_PASSES; i++) {
        act(() => store().setNumeric('leakage', i * 10));
        await drawn(store().settings);
      }
      const before = latest(CHART_SLOTS.profile);
      const held = renderHook(() => useChartsHeld());
      expect(held.result.current).toBe(false);
      for (const leakage of [70, 80, 90]) {
        act(() => store().setNumeric('leakage', leakage, 'live'));
        await new Promise((r) => setTimeout(r, REST_MS / 2));
        expect(latest(CHART_SLOTS.profile)).toBe(before);
        expect(held.result.current).toBe(true);
      }
      // Let go before the charts caught up: they still draw the slider's settings without animating.
      act(() => store().commit());
      await drawn(store().settings);
      expect(slotAnimates(CHART_SLOTS.profile)).toBe(false);
      expect(held.result.current).toBe(false);
      held.unmount();
    } finally {
      clock.mockRestore();
      unmount();
      resetPacerTimings();
    }
  });
});
