import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useSettledSettings, useSettingsStore } from '../../src/state';

const store = () => useSettingsStore.getState();

describe('useSettledSettings', () => {
  beforeEach(() => {
    act(() => resetStore());
  });
  afterEach(() => {
    act(() => resetStore());
  });

  it('skips the steps of a moving slider and catches up when it is let go', () => {
    const { result } = renderHook(() => useSettledSettings());
    const before = result.current;
    act(() => store().setNumeric('leakage', 30, 'live'));
    act(() => store().setNumeric('leakage', 40, 'live'));
    expect(result.current).toBe(before);
    act(() => store().commit());
    expect(result.current).toBe(store().settings);
    expect(result.current.leakage).toBeCloseTo(0.4, 12);
  });

  it('follows a finished change at once', () => {
    const { result } = renderHook(() => useSettledSettings());
    act(() => store().setNumeric('delay', 2, 'commit'));
    expect(result.current).toBe(store().settings);
    expect(result.current.delay).toBe(2);
  });
});
