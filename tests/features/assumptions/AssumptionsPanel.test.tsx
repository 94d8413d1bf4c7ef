import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NumericControlProps } from '../../../src/features/assumptions/NumericControl';
import { AssumptionsPanel } from '../../../src/features/assumptions/AssumptionsPanel';
import { defaultUncertainty } from '../../../src/model';
import { resetStore, useSettingsStore } from '../../../src/state';
import { renderWithData } from '../../helpers';

// Counts the renders of each slider (by its label), drawing the real control.
const renders = new Map<string, number>();
vi.mock('../../../src/features/assumptions/NumericControl', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/features/assumptions/NumericControl')>();
  return {
    ...actual,
    NumericControl: (props: NumericControlProps) => {
      const label = props.label ?? props.spec.label;
      renders.set(label, (renders.get(label) ?? 0) + 1);
      return actual.NumericControl(props);
    },
  };
});

const store = () => useSettingsStore.getState();

describe('a slider step re-renders only what it changes', () => {
  beforeEach(() => {
    act(() => resetStore());
    renders.clear();
  });

  it('re-renders the moved slider and not the others', () => {
    renderWithData(<AssumptionsPanel />);
    expect(renders.get('Take-up across England')).toBe(1);
    renders.clear();
    act(() => store().setNumeric('scale', 40, 'live'));
    expect([...renders.keys()]).toEqual(['Take-up across England']);
    // And a step away from settings that were already not the defaults.
    renders.clear();
    act(() => store().setNumeric('scale', 35, 'live'));
    expect([...renders.keys()]).toEqual(['Take-up across England']);
  });

  it('a per-theme slider with its own value ignores the overall one', () => {
    renderWithData(<AssumptionsPanel />);
    act(() => store().setThemeOverride('leakage', 'hsc', 20));
    renders.clear();
    act(() => store().setNumeric('leakage', 30, 'live'));
    const moved = [...renders.keys()];
    expect(moved).toContain('Leakage: Complex families');
    expect(moved).not.toContain('Leakage: Health & care');
  });

  it('a leakage step also moves the per-theme leakage sliders that follow it, and no delay slider', () => {
    renderWithData(<AssumptionsPanel />);
    renders.clear();
    act(() => store().setNumeric('leakage', 30, 'live'));
    const moved = [...renders.keys()];
    expect(moved).toContain('Leakage');
    expect(moved.filter((l) => l.startsWith('Leakage:')).length).toBeGreaterThan(0);
    expect(moved.some((l) => l.startsWith('Delay'))).toBe(false);
  });

  it('Reset all is done once the assumptions are back at the report base, simulation settings kept', () => {
    renderWithData(<AssumptionsPanel />);
    act(() => store().setSettings((s) => ({ ...s, leakage: 0.3, uncertainty: { ...defaultUncertainty(), seed: 9 } })));
    const reset = screen.getByRole('button', { name: 'Reset all' });
    expect(reset).toBeEnabled();
    act(() => reset.click());
    expect(store().settings.uncertainty?.seed).toBe(9);
    expect(reset).toBeDisabled();
  });
});
