/**
 * Saved scenarios: the store that the panels use, over the pure codec (savedCodec.ts) and the
 * browser storage it is kept in (savedStorage.ts). Every change says whether it was stored, so
 * the page never reports a save that was not written.
 */
import { create } from 'zustand';
import type { Settings } from '../model';
import {
  addScenario,
  deleteScenario,
  duplicateScenario,
  renameScenario,
  restoreScenario,
  type AddOutcome,
  type Refused,
  type SavedScenario,
} from './savedCodec';
import {
  NEWER_ELSEWHERE,
  SAVED_KEY,
  clearStored,
  listSetAside,
  loadSaved,
  readKey,
  storedIsNewer,
  writeSaved,
  type SavedNotice,
  type SetAsideEntry,
  type StorageLike,
} from './savedStorage';

export * from './savedCodec';
export * from './savedStorage';

/** Whether a change reached the browser's storage (false: it lasts only while the page is open). */
export interface Stored {
  stored: boolean;
}

export interface SavedState {
  scenarios: SavedScenario[];
  notice: SavedNotice | null;
  setAside: SetAsideEntry[];
  persist: boolean;
  hydrated: boolean;
  /** Reads the list from storage (once on start, and when another tab changes it). */
  hydrate: (storage?: StorageLike | null, now?: Date) => void;
  save: (name: string, settings: Settings) => (AddOutcome & Stored) | Refused;
  rename: (id: string, name: string) => ({ ok: true } & Stored) | Refused;
  duplicate: (id: string) => ({ ok: true; copy: SavedScenario } & Stored) | Refused | null;
  remove: (id: string) => ({ scenario: SavedScenario; index: number } & Stored) | null;
  /** Puts back a deleted scenario (undo). */
  restore: (scenario: SavedScenario, index: number) => ({ ok: true } & Stored) | Refused;
  replaceAll: (scenarios: SavedScenario[]) => Stored;
  /** Removes stored data that could not be read or copied, then stores the list on screen. */
  clearStoredData: () => Stored;
  dismissNotice: () => void;
}

let storageRef: StorageLike | null = null;

/** The browser's localStorage, or null where the browser blocks it. */
export function browserStorage(): StorageLike | null {
  try {
    const s = typeof window === 'undefined' ? null : window.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** Reads a set-aside copy, or the stored list itself, exactly as stored (for download). */
export const readStoredText = (key: string): string | null => readKey(storageRef, key);

const WRITE_FAILED =
  'The browser would not store your saved scenarios (it may be full or blocking storage). They are kept until the page is closed: export them to a file to keep them.';

export const useSavedStore = create<SavedState>()((set, get) => {
  /** Shows the list and writes it, unless this page must not write; says whether it was stored. */
  const commit = (scenarios: SavedScenario[]): boolean => {
    set({ scenarios });
    if (!get().persist || !storageRef) return false;
    // Another tab may have written a newer version's data since this page read the list.
    if (storedIsNewer(storageRef)) {
      set({ persist: false, notice: { kind: 'newer', message: NEWER_ELSEWHERE } });
      return false;
    }
    if (writeSaved(storageRef, scenarios)) return true;
    set({ notice: { kind: 'write-failed', message: WRITE_FAILED } });
    return false;
  };
  return {
    scenarios: [],
    notice: null,
    setAside: [],
    persist: false,
    hydrated: false,
    hydrate: (storage = browserStorage(), now = new Date()) => {
      storageRef = storage;
      const result = loadSaved(storage, now);
      // A newer version took over while this page was open: keep the list on screen (it can still
      // be exported) but stop writing.
      const scenarios = result.notice?.kind === 'newer' && get().hydrated ? get().scenarios : result.scenarios;
      const notice = result.notice?.kind === 'newer' && get().hydrated ? { kind: 'newer' as const, message: NEWER_ELSEWHERE } : result.notice;
      set({ scenarios, notice: notice ?? get().notice, persist: result.persist, hydrated: true, setAside: listSetAside(storage) });
    },
    save: (name, settings) => {
      const outcome = addScenario(get().scenarios, name, settings, new Date());
      return outcome.ok ? { ...outcome, stored: commit(outcome.scenarios) } : outcome;
    },
    rename: (id, name) => {
      const r = renameScenario(get().scenarios, id, name);
      return r.ok ? { ok: true, stored: commit(r.scenarios) } : r;
    },
    duplicate: (id) => {
      const r = duplicateScenario(get().scenarios, id, new Date());
      if (!r || !r.ok) return r;
      return { ok: true, copy: r.copy, stored: commit(r.scenarios) };
    },
    remove: (id) => {
      const list = get().scenarios;
      const index = list.findIndex((s) => s.id === id);
      const scenario = list[index];
      if (!scenario) return null;
      return { scenario, index, stored: commit(deleteScenario(list, id)) };
    },
    restore: (scenario, index) => {
      const r = restoreScenario(get().scenarios, scenario, index);
      return r.ok ? { ok: true, stored: commit(r.scenarios) } : r;
    },
    replaceAll: (scenarios) => ({ stored: commit(scenarios) }),
    clearStoredData: () => {
      if (!storageRef || get().notice?.kind !== 'stuck' || !clearStored(storageRef)) return { stored: false };
      set({ persist: true, notice: null });
      const stored = commit(get().scenarios);
      if (stored) set({ notice: { kind: 'cleared', message: `The stored data was cleared. The ${get().scenarios.length} saved scenarios listed are stored in this browser again.` } });
      return { stored };
    },
    dismissNotice: () => set({ notice: null }),
  };
});

/** Empties the store and forgets the storage (tests). */
export const resetSavedStore = () => {
  storageRef = null;
  useSavedStore.setState({ scenarios: [], notice: null, setAside: [], persist: false, hydrated: false });
};

export { SAVED_KEY };
