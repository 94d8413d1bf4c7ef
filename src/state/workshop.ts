/**
 * Workshop state: presenter mode, the comparison view and its two sides, and the single-key
 * shortcuts a facilitator uses in front of a room. Kept apart from the settings store, which
 * holds settings only.
 */
import { create } from 'zustand';
import type { PresetId } from './presets';

/** One side of a comparison: the current settings, a preset, or a saved scenario. */
export type CompareRef = 'current' | `preset:${PresetId}` | `saved:${string}`;

export const SHORTCUTS_KEY = 'community-budgets-explorer:shortcuts';

export interface WorkshopState {
  presenter: boolean;
  compare: boolean;
  compareA: CompareRef;
  compareB: CompareRef;
  /** Single-key shortcuts on (WCAG 2.1.4: they can be turned off). */
  shortcuts: boolean;
  setPresenter: (on: boolean) => void;
  togglePresenter: () => void;
  setCompare: (on: boolean) => void;
  toggleCompare: () => void;
  setCompareSide: (side: 'a' | 'b', ref: CompareRef) => void;
  setShortcuts: (on: boolean) => void;
}

function readShortcuts(): boolean {
  try {
    return typeof window === 'undefined' || window.localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

export const initialWorkshop = () => ({
  presenter: false,
  compare: false,
  compareA: 'current' as CompareRef,
  compareB: 'preset:base' as CompareRef,
  shortcuts: readShortcuts(),
});

export const useWorkshopStore = create<WorkshopState>()((set) => ({
  ...initialWorkshop(),
  setPresenter: (presenter) => set({ presenter }),
  togglePresenter: () => set((s) => ({ presenter: !s.presenter })),
  setCompare: (compare) => set({ compare }),
  toggleCompare: () => set((s) => ({ compare: !s.compare })),
  setCompareSide: (side, ref) => set(side === 'a' ? { compareA: ref } : { compareB: ref }),
  setShortcuts: (shortcuts) => {
    try {
      window.localStorage.setItem(SHORTCUTS_KEY, shortcuts ? 'on' : 'off');
    } catch {
      // remembered for this page only
    }
    set({ shortcuts });
  },
}));

export const resetWorkshopStore = () => useWorkshopStore.setState(initialWorkshop());

export const usePresenter = (): boolean => useWorkshopStore((s) => s.presenter);
