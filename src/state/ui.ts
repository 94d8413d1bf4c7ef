// The UI store: open tables, partner measure, presenter, comparison, shortcuts. None is in the link.
import { create } from 'zustand';
import { combine } from 'zustand/middleware';
import type { PresetId } from './presets';

/** One side of a comparison: the current settings, a preset, or a saved scenario. */
export type CompareRef = 'current' | `preset:${PresetId}` | `saved:${string}`;

export const SHORTCUTS_KEY = 'community-budgets-explorer:shortcuts';

const closedTables = () => ({
  charts: { profile: false, partners: false, sensitivity: false, 'compare-profile': false, 'compare-partners': true },
  uncertainty: { fan: false, histogram: false, partners: false, tornado: false },
  local: { partners: false, position: false },
  deal: { position: false, flow: false, years: false },
});
type Tables = ReturnType<typeof closedTables>;
export type TableGroup = keyof Tables;
export type ChartId = keyof Tables['charts'];

function readShortcuts(): boolean {
  try {
    return typeof window === 'undefined' || window.localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

const initialUi = () => ({
  tables: closedTables(),
  /** Net benefit over the horizon, £bn a year once running, or that as a share of DEL/AME. */
  partnerMeasure: 'npv' as 'npv' | 'money' | 'budget',
  presenter: false,
  compare: false,
  compareA: 'current' as CompareRef,
  compareB: 'preset:base' as CompareRef,
  /** Up to two more scenarios beside A and B (figures and charts; differences stay A and B's). */
  compareC: null as CompareRef | null,
  compareD: null as CompareRef | null,
  /** Single-key shortcuts on (WCAG 2.1.4: they can be turned off). */
  shortcuts: readShortcuts(),
});

export const useUiStore = create(
  combine(initialUi(), (set) => ({
    toggleTable: <G extends TableGroup>(group: G, table: keyof Tables[G]) =>
      set((s) => ({ tables: { ...s.tables, [group]: { ...s.tables[group], [table]: !s.tables[group][table] } } })),
    setPartnerMeasure: (partnerMeasure: ReturnType<typeof initialUi>['partnerMeasure']) => set({ partnerMeasure }),
    setPresenter: (presenter: boolean) => set({ presenter }),
    togglePresenter: () => set((s) => ({ presenter: !s.presenter })),
    setCompare: (compare: boolean) => set({ compare }),
    toggleCompare: () => set((s) => ({ compare: !s.compare })),
    setCompareSide: (side: 'a' | 'b', ref: CompareRef) => set(side === 'a' ? { compareA: ref } : { compareB: ref }),
    setExtraSide: (side: 'c' | 'd', ref: CompareRef | null) => set(side === 'c' ? { compareC: ref } : { compareD: ref }),
    setShortcuts: (shortcuts: boolean) => {
      try {
        window.localStorage.setItem(SHORTCUTS_KEY, shortcuts ? 'on' : 'off');
      } catch {
        // remembered for this page only
      }
      set({ shortcuts });
    },
  })),
);

export const resetUiStore = () => useUiStore.setState(initialUi());

/** With the settings (see resetStore). */
export const resetTables = () => useUiStore.setState({ tables: closedTables(), partnerMeasure: 'npv' });

export const usePresenter = (): boolean => useUiStore((s) => s.presenter);

/** A group's "Show table" switches, as each figure takes them. */
export function useTables<G extends TableGroup>(group: G): (table: keyof Tables[G]) => { showTable: boolean; onToggleTable: () => void } {
  const tables = useUiStore((s) => s.tables[group]);
  const toggle = useUiStore((s) => s.toggleTable);
  return (table) => ({ showTable: Boolean(tables[table]), onToggleTable: () => toggle(group, table) });
}
