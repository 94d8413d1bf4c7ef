// Saved scenarios in localStorage. Nothing is deleted unasked: unreadable data (or a list over the
// limit) is first copied to a set-aside key; a newer version's is left alone and this page stops
// writing. (zustand's `persist` would migrate a newer version's data and cannot report a failed write.)
import { create } from 'zustand';
import { combine } from 'zustand/middleware';
import type { Settings } from '../model';
import { useCaseStore } from './case';
import {
  MAX_SCENARIOS,
  SAVED_SCHEMA,
  addScenario,
  deleteScenario,
  duplicateScenario,
  readScenarios,
  renameScenario,
  restoreScenario,
  type AddOutcome,
  type Refused,
  type SavedFile,
  type SavedScenario,
} from './savedCodec';

export * from './savedCodec';

export const SAVED_KEY = 'community-budgets-explorer:saved-scenarios';
export const SET_ASIDE_PREFIX = 'community-budgets-explorer:set-aside:';

/** The subset of Web Storage used (tests pass a plain object). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface SavedNotice {
  /** 'stuck': unreadable data with no room to copy it (offered for download and clearing); 'newer': see above. */
  kind: 'set-aside' | 'unavailable' | 'write-failed' | 'migrated' | 'stuck' | 'newer' | 'cleared';
  message: string;
  /** The set-aside copy, for the download button. */
  key?: string;
}

export interface LoadResult {
  scenarios: SavedScenario[];
  notice: SavedNotice | null;
  /** False when nothing should be written (storage missing, data stuck, or a newer version's). */
  persist: boolean;
}

/** Runs a storage call; null where the browser refuses or blocks it. */
function attempt<T>(call: () => T): T | null {
  try {
    return call();
  } catch {
    return null;
  }
}

/** Copies raw text to a new set-aside key, never overwriting an older copy. */
function setAside(storage: StorageLike, text: string, now: Date): string | null {
  return attempt(() => {
    let key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${SET_ASIDE_PREFIX}${now.toISOString()}-${n}`;
    storage.setItem(key, text);
    return key;
  });
}

/** The set-aside copies, oldest first, each with when it was set aside (from its key). */
export function listSetAside(storage: StorageLike | null): { key: string; at: string }[] {
  const keys: string[] = [];
  attempt(() => {
    for (let i = 0; i < (storage?.length ?? 0); i++) keys.push(storage!.key(i) ?? '');
  });
  return keys
    .filter((key) => key.startsWith(SET_ASIDE_PREFIX))
    .sort((a, b) => a.localeCompare(b))
    .map((key) => ({ key, at: key.slice(SET_ASIDE_PREFIX.length).replace(/-\d+$/, '') }));
}

const readKey = (storage: StorageLike | null, key: string): string | null => attempt(() => storage?.getItem(key) ?? null);

/** Removes the stored list (left in place on failure: set aside again next time, nothing lost). */
const removeSaved = (storage: StorageLike): boolean => attempt(() => storage.removeItem(SAVED_KEY)) !== null;

export const serialiseSaved = (scenarios: readonly SavedScenario[]): string => JSON.stringify({ schema: SAVED_SCHEMA, scenarios: [...scenarios] } satisfies SavedFile);

const writeSaved = (storage: StorageLike, scenarios: readonly SavedScenario[]): boolean =>
  attempt(() => storage.setItem(SAVED_KEY, serialiseSaved(scenarios))) !== null;

const COULD_NOT_READ = 'Your saved scenarios could not be read';
const UNAVAILABLE =
  'This browser is not letting the page store data, so saved scenarios will last only until the page is closed. Export them to a file to keep them.';
const NEWER_ON_LOAD =
  'Your saved scenarios were written by a newer version of this app, so this page has left them untouched and will not store anything: reload to use the newer version.';
const NEWER_ELSEWHERE =
  'Saved scenarios were changed by a newer version of this app: reload. Until then this page stores nothing, so the newer data stays as it is.';
const WRITE_FAILED =
  'The browser would not store your saved scenarios (it may be full or blocking storage). They are kept until the page is closed: export them to a file to keep them.';

/** Never throws, never deletes what it could not first copy. */
export function loadSaved(storage: StorageLike | null, now: Date = new Date()): LoadResult {
  const unavailable: LoadResult = { scenarios: [], notice: { kind: 'unavailable', message: UNAVAILABLE }, persist: false };
  if (!storage) return unavailable;
  let text: string | null;
  try {
    text = storage.getItem(SAVED_KEY);
  } catch {
    return unavailable;
  }
  if (text === null) return { scenarios: [], notice: null, persist: true };
  const stored = text;

  /** Sets the stored text aside, then writes `keep` as the new list (null: removes the stored list). */
  const putAside = (message: string, keep: SavedScenario[] | null): LoadResult => {
    const key = setAside(storage, stored, now);
    if (key === null) {
      const stuck = `${message} There is no room in this browser to keep a copy, so the stored data is left as it is and nothing new will be stored until you download it and clear it.`;
      return { scenarios: keep ?? [], notice: { kind: 'stuck', message: stuck }, persist: false };
    }
    if (keep) writeSaved(storage, keep);
    else removeSaved(storage);
    return { scenarios: keep ?? [], notice: { kind: 'set-aside', message: `${message} The stored data has been set aside unchanged, so nothing is lost.`, key }, persist: true };
  };

  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    return putAside(`${COULD_NOT_READ} because the stored data is damaged (not valid JSON).`, null);
  }
  const read = readScenarios(raw, true);
  if (!read.ok && read.problem === 'newer') return { scenarios: [], notice: { kind: 'newer', message: NEWER_ON_LOAD }, persist: false };
  if (!read.ok) return putAside(`${COULD_NOT_READ} because ${read.message}.`, null);

  const kept = read.scenarios.slice(0, MAX_SCENARIOS);
  if (read.scenarios.length > MAX_SCENARIOS) {
    const extra = read.scenarios.length - MAX_SCENARIOS;
    return putAside(
      `The stored list held ${read.scenarios.length} saved scenarios; this browser keeps at most ${MAX_SCENARIOS}. The first ${MAX_SCENARIOS} are listed. Download the set-aside copy to keep the other ${extra}: it can be imported in another browser, or here once there is room.`,
      kept,
    );
  }
  if (read.errors.length) {
    return putAside(`Some of your saved scenarios could not be read because ${read.errors.slice(0, 3).join('; ')}. The ones that could be read are listed.`, kept);
  }
  if (read.migratedFrom !== null) {
    // Keep the old form too, then write the new one.
    const key = setAside(storage, text, now);
    if (key === null) return { scenarios: kept, notice: null, persist: false };
    writeSaved(storage, kept);
    return { scenarios: kept, notice: { kind: 'migrated', message: 'Your saved scenarios were brought up to date from an older format. A copy of the old data has been kept.', key }, persist: true };
  }
  return { scenarios: kept, notice: null, persist: true };
}

/** Whether another tab running a newer version has written the stored list. */
function storedIsNewer(storage: StorageLike): boolean {
  const text = readKey(storage, SAVED_KEY);
  const read = text === null ? null : attempt(() => readScenarios(JSON.parse(text) as unknown));
  return read?.ok === false && read.problem === 'newer';
}

const browserStorage = (): StorageLike | null => attempt(() => (typeof window === 'undefined' ? null : window.localStorage)) ?? null;

/** Whether a change reached the browser's storage (false: it lasts only while the page is open). */
type Stored = { stored: boolean };

const emptySaved = () => ({
  scenarios: [] as SavedScenario[],
  notice: null as SavedNotice | null,
  setAside: [] as { key: string; at: string }[],
  persist: false,
  hydrated: false,
  /** Null until hydrated, or where the browser blocks storage. */
  storage: null as StorageLike | null,
});

export const useSavedStore = create(
  combine(emptySaved(), (set, get) => {
  /** Shows the list and writes it, unless this page must not write. */
  const commit = (scenarios: SavedScenario[]): boolean => {
    set({ scenarios });
    const { persist, storage } = get();
    if (!persist || !storage) return false;
    // Another tab may have written a newer version's data since this page read the list.
    if (storedIsNewer(storage)) {
      set({ persist: false, notice: { kind: 'newer', message: NEWER_ELSEWHERE } });
      return false;
    }
    if (writeSaved(storage, scenarios)) return true;
    set({ notice: { kind: 'write-failed', message: WRITE_FAILED } });
    return false;
  };
  return {
    /** Reads the list from storage (on start, and when another tab changes it). */
    hydrate: (storage: StorageLike | null = browserStorage(), now = new Date()) => {
      const result = loadSaved(storage, now);
      // A newer version took over while this page was open: keep the list (to export) but stop writing.
      const takenOver = result.notice?.kind === 'newer' && get().hydrated;
      const scenarios = takenOver ? get().scenarios : result.scenarios;
      const notice = takenOver ? { kind: 'newer' as const, message: NEWER_ELSEWHERE } : result.notice;
      set({ storage, scenarios, notice: notice ?? get().notice, persist: result.persist, hydrated: true, setAside: listSetAside(storage) });
    },
    save: (name: string, settings: Settings): (AddOutcome & Stored) | Refused => {
      // A place's own case is kept with its settings, so the scenario opens as it was saved.
      const outcome = addScenario(get().scenarios, name, settings, new Date(), undefined, useCaseStore.getState().active);
      return outcome.ok ? { ...outcome, stored: commit(outcome.scenarios) } : outcome;
    },
    rename: (id: string, name: string): ({ ok: true } & Stored) | Refused => {
      const r = renameScenario(get().scenarios, id, name);
      return r.ok ? { ok: true, stored: commit(r.scenarios) } : r;
    },
    duplicate: (id: string): ({ ok: true; copy: SavedScenario } & Stored) | Refused | null => {
      const r = duplicateScenario(get().scenarios, id, new Date());
      if (!r || !r.ok) return r;
      return { ok: true, copy: r.copy, stored: commit(r.scenarios) };
    },
    remove: (id: string): ({ scenario: SavedScenario; index: number } & Stored) | null => {
      const list = get().scenarios;
      const index = list.findIndex((s) => s.id === id);
      const scenario = list[index];
      if (!scenario) return null;
      return { scenario, index, stored: commit(deleteScenario(list, id)) };
    },
    restore: (scenario: SavedScenario, index: number): ({ ok: true } & Stored) | Refused => {
      const r = restoreScenario(get().scenarios, scenario, index);
      return r.ok ? { ok: true, stored: commit(r.scenarios) } : r;
    },
    replaceAll: (scenarios: SavedScenario[]): Stored => ({ stored: commit(scenarios) }),
    /** Removes stored data that could not be read or copied, then stores the list on screen. */
    clearStoredData: (): Stored => {
      const { storage, notice } = get();
      if (!storage || notice?.kind !== 'stuck' || !removeSaved(storage)) return { stored: false };
      set({ persist: true, notice: null });
      const stored = commit(get().scenarios);
      if (stored) set({ notice: { kind: 'cleared', message: `The stored data was cleared. The ${get().scenarios.length} saved scenarios listed are stored in this browser again.` } });
      return { stored };
    },
    dismissNotice: () => set({ notice: null }),
  };
  }),
);

/** A set-aside copy, or the stored list, exactly as stored (for download). */
export const readStoredText = (key: string): string | null => readKey(useSavedStore.getState().storage, key);

/** Empties the store and forgets the storage (tests). */
export const resetSavedStore = () => useSavedStore.setState(emptySaved());
