/**
 * Saved scenarios in the browser's localStorage. Nothing stored is ever deleted unasked:
 * what cannot be read (corrupt, or too old to migrate) is copied to a set-aside key first; data
 * written by a newer version is left exactly as it is and this page stops writing; a list longer
 * than the limit is set aside whole before the part that fits is kept.
 */
import { MAX_SCENARIOS, SAVED_SCHEMA, readScenarios, type SavedFile, type SavedScenario } from './savedCodec';

export const SAVED_KEY = 'community-budgets-explorer:saved-scenarios';
export const SET_ASIDE_PREFIX = 'community-budgets-explorer:set-aside:';

/** The subset of Web Storage used here (so tests can pass a plain object). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface SetAsideEntry {
  key: string;
  /** When it was set aside (from the key). */
  at: string;
}

export interface SavedNotice {
  /**
   * 'stuck': stored data that cannot be read or copied; the page offers to download it raw and
   * to clear it. 'newer': another version of the app owns the stored data; nothing is written.
   */
  kind: 'set-aside' | 'unavailable' | 'write-failed' | 'migrated' | 'stuck' | 'newer' | 'cleared';
  message: string;
  /** Key of the set-aside copy, for the download button. */
  key?: string;
}

export interface LoadResult {
  scenarios: SavedScenario[];
  notice: SavedNotice | null;
  /** False when nothing should be written (storage missing, data stuck, or a newer version's). */
  persist: boolean;
}

/** Copies raw text to a new set-aside key (never overwriting an older copy). Returns the key or null. */
export function setAside(storage: StorageLike, text: string, now: Date): string | null {
  let key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
  try {
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${SET_ASIDE_PREFIX}${now.toISOString()}-${n}`;
    storage.setItem(key, text);
    return key;
  } catch {
    return null;
  }
}

export function listSetAside(storage: StorageLike | null): SetAsideEntry[] {
  if (!storage) return [];
  const out: SetAsideEntry[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(SET_ASIDE_PREFIX)) out.push({ key, at: key.slice(SET_ASIDE_PREFIX.length).replace(/-\d+$/, '') });
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Raw text under a key, or null (missing, or storage blocked). */
export function readKey(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

const COULD_NOT_READ = 'Your saved scenarios could not be read';
export const UNAVAILABLE =
  'This browser is not letting the page store data, so saved scenarios will last only until the page is closed. Export them to a file to keep them.';
export const NEWER_ON_LOAD =
  'Your saved scenarios were written by a newer version of this app, so this page has left them untouched and will not store anything: reload to use the newer version.';
export const NEWER_ELSEWHERE =
  'Saved scenarios were changed by a newer version of this app: reload. Until then this page stores nothing, so the newer data stays as it is.';

/** Reads the stored list. Never throws, never deletes what it could not first copy. */
export function loadSaved(storage: StorageLike | null, now: Date = new Date()): LoadResult {
  if (!storage) return { scenarios: [], notice: { kind: 'unavailable', message: UNAVAILABLE }, persist: false };
  let text: string | null;
  try {
    text = storage.getItem(SAVED_KEY);
  } catch {
    return loadSaved(null, now);
  }
  if (text === null) return { scenarios: [], notice: null, persist: true };

  /** Sets the stored text aside, then keeps `keep` as the new list (written by `then`). */
  const putAside = (message: string, keep: SavedScenario[], then: () => void): LoadResult => {
    const key = setAside(storage, text, now);
    if (key === null) {
      return {
        scenarios: keep,
        notice: {
          kind: 'stuck',
          message: `${message} There is no room in this browser to keep a copy, so the stored data is left as it is and nothing new will be stored until you download it and clear it.`,
        },
        persist: false,
      };
    }
    then();
    return { scenarios: keep, notice: { kind: 'set-aside', message: `${message} The stored data has been set aside unchanged, so nothing is lost.`, key }, persist: true };
  };

  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    return putAside(`${COULD_NOT_READ} because the stored data is damaged (not valid JSON).`, [], () => safeRemove(storage));
  }
  const read = readScenarios(raw, true);
  if (!read.ok && read.problem === 'newer') return { scenarios: [], notice: { kind: 'newer', message: NEWER_ON_LOAD }, persist: false };
  if (!read.ok) return putAside(`${COULD_NOT_READ} because ${read.message}.`, [], () => safeRemove(storage));

  const kept = read.scenarios.slice(0, MAX_SCENARIOS);
  if (read.scenarios.length > MAX_SCENARIOS) {
    const extra = read.scenarios.length - MAX_SCENARIOS;
    return putAside(
      `The stored list held ${read.scenarios.length} saved scenarios; this browser keeps at most ${MAX_SCENARIOS}. The first ${MAX_SCENARIOS} are listed. Download the set-aside copy to keep the other ${extra}: it can be imported in another browser, or here once there is room.`,
      kept,
      () => writeSaved(storage, kept),
    );
  }
  if (read.errors.length) {
    return putAside(
      `Some of your saved scenarios could not be read because ${read.errors.slice(0, 3).join('; ')}. The ones that could be read are listed.`,
      kept,
      () => writeSaved(storage, kept),
    );
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

/** Whether the stored list is now owned by a newer version of the app (another tab wrote it). */
export function storedIsNewer(storage: StorageLike | null): boolean {
  const text = readKey(storage, SAVED_KEY);
  if (text === null) return false;
  try {
    const read = readScenarios(JSON.parse(text) as unknown);
    return !read.ok && read.problem === 'newer';
  } catch {
    return false;
  }
}

function safeRemove(storage: StorageLike): boolean {
  try {
    storage.removeItem(SAVED_KEY);
    return true;
  } catch {
    // left in place; it will be set aside again next time, which loses nothing
    return false;
  }
}

/** Removes the stored list (after the user has been offered a download of it). */
export const clearStored = (storage: StorageLike): boolean => safeRemove(storage);

export const serialiseSaved = (scenarios: readonly SavedScenario[]): string => JSON.stringify({ schema: SAVED_SCHEMA, scenarios: [...scenarios] } satisfies SavedFile);

/** Writes the list; false when the browser refused (full or blocked). */
export function writeSaved(storage: StorageLike, scenarios: readonly SavedScenario[]): boolean {
  try {
    storage.setItem(SAVED_KEY, serialiseSaved(scenarios));
    return true;
  } catch {
    return false;
  }
}
