import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../../src/lib/format';
import { ResultAnnouncer, SETTLE_MS } from '../../../src/features/headline/ResultAnnouncer';
import { defaultSettings, evaluate } from '../../../src/model';
import { resetStore, useSettingsStore } from '../../../src/state';
import { loadData, renderWithData } from '../../helpers';

const data = loadData();
const spoken = (container: HTMLElement) => container.querySelector('[data-result-announcer]')!.textContent;

beforeEach(() => {
  resetStore();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('ResultAnnouncer', () => {
  it('says nothing while a slider moves, then the new headline once the change is finished', () => {
    const { container } = renderWithData(<ResultAnnouncer />);
    const store = useSettingsStore.getState();
    act(() => {
      for (const v of [10, 20, 30, 40]) store.setNumeric('leakage', v, 'live');
      vi.advanceTimersByTime(SETTLE_MS * 2);
    });
    expect(spoken(container)).toBe('');
    act(() => {
      useSettingsStore.getState().commit();
      vi.advanceTimersByTime(SETTLE_MS - 1);
    });
    expect(spoken(container)).toBe('');
    act(() => vi.advanceTimersByTime(1));
    const npv = evaluate(data, { ...defaultSettings(), leakage: 0.4 }).total.npv.toNumber();
    const base = evaluate(data, defaultSettings()).total.npv.toNumber();
    expect(spoken(container)).toBe(`5-year net benefit ${formatMoney(npv)}, down ${formatMoney(base - npv)} on the report’s base scenario.`);
  });

  it('reads a burst of finished changes once, and says nothing when they end where they began', () => {
    const { container } = renderWithData(<ResultAnnouncer />);
    const store = useSettingsStore.getState();
    act(() => {
      store.setNumeric('leakage', 50);
      vi.advanceTimersByTime(SETTLE_MS / 2);
      store.resetAll();
      vi.advanceTimersByTime(SETTLE_MS);
    });
    // Back at the settings it started from: nothing new to say.
    expect(spoken(container)).toBe('');
    act(() => {
      store.setNumeric('delay', 5);
      vi.advanceTimersByTime(SETTLE_MS);
    });
    expect(spoken(container)).toMatch(/^5-year net benefit /);
  });

  it('speaks after Back or Forward too (the address read back into the settings)', () => {
    const { container } = renderWithData(<ResultAnnouncer />);
    act(() => {
      useSettingsStore.getState().loadFromQuery('?scenario=prudent', 'external');
      vi.advanceTimersByTime(SETTLE_MS);
    });
    expect(spoken(container)).toMatch(/^5-year net benefit £9\.\dbn, down /);
  });
});
