import { act, render, renderHook, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/model';
import { CHART_SLOTS, resetStore, settingsVersion, useChartsStale, useSettingsStore, type ChartSlot } from '../../src/state';
import { chartsDrawn, slotAnimates, useChartSettings } from '../../src/state/chartPace';

/**
 * Mounts one consumer per slot in one tree, each reporting "drawn" as the real charts do, and logs
 * the order in which they draw.
 */
function mountSlots(slots: ChartSlot[]) {
  const log: { slot: ChartSlot; version: number }[] = [];
  const seen = new Map<ChartSlot, Settings>();
  function Consumer({ slot }: { slot: ChartSlot }) {
    const settings = useChartSettings(slot);
    seen.set(slot, settings);
    useEffect(() => {
      log.push({ slot, version: settingsVersion(settings) });
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
