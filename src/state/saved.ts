/**
 * Saved scenarios: named settings kept in the browser's localStorage, exported to and imported
 * from JSON files. The stored form is versioned: { schema: 1, scenarios: [{ id, name, query,
 * savedAt }] }, where `query` is the settings query string from serialiseSettings (read back with
 * parseSettings). Older schemas are brought up to date by MIGRATIONS; anything that cannot be
 * read (corrupt, newer, or older than any migration) is set aside under another key, never
 * deleted, and the page carries on with what it could read.
 */
import { create } from 'zustand';
import { z } from 'zod';
import { parseSettings, serialiseSettings, type Settings } from '../model';

export const SAVED_KEY = 'community-budgets-explorer:saved-scenarios';
export const SET_ASIDE_PREFIX = 'community-budgets-explorer:set-aside:';
export const SAVED_SCHEMA = 1;
export const NAME_MAX = 80;
const MAX_SCENARIOS = 500;

export interface SavedScenario {
  id: string;
  name: string;
  /** Settings as a query string (serialiseSettings); empty for the report base. */
  query: string;
  /** ISO 8601 time of the last save. */
  savedAt: string;
}

export interface SavedFile {
  schema: typeof SAVED_SCHEMA;
  scenarios: SavedScenario[];
}

/** The subset of Web Storage used here (so tests can pass a plain object). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

// ---------------------------------------------------------------------------------------------
// Validation and migrations

// Built on first use, not while the script starts: on a first visit nothing is stored and they
// are never needed, and building zod schemas is a noticeable part of starting up on a phone.
let schemas: ReturnType<typeof buildSchemas> | undefined;
const savedSchemas = () => (schemas ??= buildSchemas());

function buildSchemas() {
  const scenarioSchema = z.object({
    id: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(100, 'is longer than 100 characters'),
    name: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(NAME_MAX, `is longer than ${NAME_MAX} characters`),
    query: z.string({ error: 'must be a settings query string' }).max(2000, 'is longer than 2,000 characters'),
    savedAt: z.string({ error: 'must be a date' }).refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
  });
  const fileSchema = z.object({
    schema: z.literal(SAVED_SCHEMA),
    scenarios: z.array(z.unknown(), { error: 'must be a list' }).max(MAX_SCENARIOS, `holds more than ${MAX_SCENARIOS} scenarios`),
  });
  return { scenarioSchema, fileSchema };
}

export interface Migration {
  /** The schema this migration reads; it returns data in schema `from + 1`. */
  from: number;
  description: string;
  up: (old: unknown) => unknown;
}

/**
 * One entry per schema version that can still be read, in order. To change the format: add the
 * migration from the current schema, then raise SAVED_SCHEMA and the zod schema above.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    description: 'Early test builds kept a bare list of { name, query }: ids and save times are added.',
    up: (old) => {
      const list = Array.isArray(old) ? old : [];
      return {
        schema: 1,
        scenarios: list.map((item: unknown, i) => {
          const o = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
          return { id: `migrated-${i + 1}`, name: o.name, query: o.query ?? '', savedAt: new Date(0).toISOString() };
        }),
      };
    },
  },
];

/** The schema of raw stored or imported data: a bare list is schema 0; null when unrecognisable. */
export function schemaOf(raw: unknown): number | null {
  if (Array.isArray(raw)) return 0;
  if (typeof raw === 'object' && raw !== null && 'schema' in raw) {
    const s = (raw as { schema: unknown }).schema;
    if (typeof s === 'number' && Number.isInteger(s) && s >= 0) return s;
  }
  return null;
}

export type Problem = 'corrupt' | 'newer' | 'older';

/** Brings raw data up to the current schema, or says why it cannot. */
export function migrate(raw: unknown): { ok: true; value: unknown; from: number } | { ok: false; problem: Problem; message: string } {
  const from = schemaOf(raw);
  if (from === null) return { ok: false, problem: 'corrupt', message: 'it is not a list of saved scenarios (no schema number)' };
  if (from > SAVED_SCHEMA) return { ok: false, problem: 'newer', message: `it was written by a newer version of the explorer (schema ${from}; this version reads ${SAVED_SCHEMA})` };
  let value = raw;
  for (let v = from; v < SAVED_SCHEMA; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) return { ok: false, problem: 'older', message: `it is in an old format (schema ${from}) that this version can no longer read` };
    value = step.up(value);
  }
  return { ok: true, value, from };
}

const pathText = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');

/** Settings query normalised through the link contract, with anything ignored named. */
export function normaliseQuery(query: string): { query: string; settings: Settings; ignored: string[] } {
  const { settings, ignored } = parseSettings(query);
  return { query: serialiseSettings(settings), settings, ignored: ignored.map((i) => `${i.param}: ${i.reason}`) };
}

export interface ReadResult {
  scenarios: SavedScenario[];
  /** Problems with individual entries (each names the entry and the field). */
  errors: string[];
  /** Settings that were not understood and left at their defaults. */
  warnings: string[];
  migratedFrom: number | null;
}

/**
 * Reads stored or imported data of any known schema. Entries that fail validation are reported
 * (and left out); a whole file that cannot be read comes back as a problem.
 */
export function readScenarios(raw: unknown): ({ ok: true } & ReadResult) | { ok: false; problem: Problem; message: string } {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const { fileSchema, scenarioSchema } = savedSchemas();
  const file = fileSchema.safeParse(migrated.value);
  if (!file.success) {
    const issue = file.error.issues[0];
    const where = issue ? pathText(issue.path) : '';
    return { ok: false, problem: 'corrupt', message: `${where ? `“${where}” ` : ''}${issue?.message ?? 'is not in the expected form'}` };
  }
  const scenarios: SavedScenario[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  file.data.scenarios.forEach((item, i) => {
    const parsed = scenarioSchema.safeParse(item);
    const rawName = typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string' ? (item as { name: string }).name : null;
    const label = `Scenario ${i + 1}${rawName ? ` (“${rawName.slice(0, 40)}”)` : ''}`;
    if (!parsed.success) {
      errors.push(`${label}: ${parsed.error.issues.map((e) => `${pathText(e.path) || 'entry'} ${e.message}`).join('; ')}`);
      return;
    }
    const { query, ignored } = normaliseQuery(parsed.data.query);
    for (const w of ignored) warnings.push(`${label}: ${w} (left at its default)`);
    let id = parsed.data.id;
    while (ids.has(id)) id = `${id}-2`;
    ids.add(id);
    scenarios.push({ id, name: parsed.data.name, query, savedAt: new Date(Date.parse(parsed.data.savedAt)).toISOString() });
  });
  return { ok: true, scenarios, errors, warnings, migratedFrom: migrated.from < SAVED_SCHEMA ? migrated.from : null };
}

// ---------------------------------------------------------------------------------------------
// Reading from and writing to storage

export interface SetAsideEntry {
  key: string;
  /** When it was set aside (from the key). */
  at: string;
}

export interface SavedNotice {
  kind: 'set-aside' | 'unavailable' | 'write-failed' | 'migrated';
  message: string;
  /** Key of the set-aside copy, for the download button. */
  key?: string;
}

export interface LoadResult {
  scenarios: SavedScenario[];
  notice: SavedNotice | null;
  /** False when nothing should be written (storage missing, or the old data could not be set aside). */
  persist: boolean;
}

/** Copies raw text to a new set-aside key (never overwriting an older copy). Returns the key or null. */
export function setAside(storage: StorageLike, text: string, now: Date): string | null {
  let key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${SET_ASIDE_PREFIX}${now.toISOString()}-${n}`;
  try {
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

const COULD_NOT_READ = 'Your saved scenarios could not be read';

/** Reads the stored list. Never throws; whatever cannot be read is set aside with a notice. */
export function loadSaved(storage: StorageLike | null, now: Date = new Date()): LoadResult {
  if (!storage) {
    return { scenarios: [], notice: { kind: 'unavailable', message: 'This browser is not letting the page store data, so saved scenarios will last only until the page is closed. Export them to a file to keep them.' }, persist: false };
  }
  let text: string | null;
  try {
    text = storage.getItem(SAVED_KEY);
  } catch {
    return loadSaved(null, now);
  }
  if (text === null) return { scenarios: [], notice: null, persist: true };

  const putAside = (why: string, keep: SavedScenario[]): LoadResult => {
    const key = setAside(storage, text, now);
    if (key === null) {
      return {
        scenarios: keep,
        notice: { kind: 'set-aside', message: `${COULD_NOT_READ} because ${why}. There was no room to keep a copy, so nothing will be saved in this browser until you download and clear it.` },
        persist: false,
      };
    }
    return {
      scenarios: keep,
      notice: {
        kind: 'set-aside',
        message: keep.length
          ? `Some of your saved scenarios could not be read because ${why}. The ones that could be read are listed; the stored data has been set aside unchanged.`
          : `${COULD_NOT_READ} because ${why}. They have been set aside unchanged, so nothing is lost; you can start a new list.`,
        key,
      },
      persist: true,
    };
  };

  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    const result = putAside('the stored data is damaged (not valid JSON)', []);
    if (result.persist) safeRemove(storage);
    return result;
  }
  const read = readScenarios(raw);
  if (!read.ok) {
    const result = putAside(read.message, []);
    if (result.persist) safeRemove(storage);
    return result;
  }
  if (read.errors.length) {
    const result = putAside(read.errors.slice(0, 3).join('; '), read.scenarios);
    if (result.persist) writeSaved(storage, read.scenarios);
    return result;
  }
  if (read.migratedFrom !== null) {
    // Keep the old form too, then write the new one.
    const key = setAside(storage, text, now);
    if (key === null) return { scenarios: read.scenarios, notice: null, persist: false };
    writeSaved(storage, read.scenarios);
    return { scenarios: read.scenarios, notice: { kind: 'migrated', message: 'Your saved scenarios were brought up to date from an older format. A copy of the old data has been kept.', key }, persist: true };
  }
  return { scenarios: read.scenarios, notice: null, persist: true };
}

function safeRemove(storage: StorageLike) {
  try {
    storage.removeItem(SAVED_KEY);
  } catch {
    // left in place; it will be set aside again next time, which loses nothing
  }
}

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

// ---------------------------------------------------------------------------------------------
// Operations on the list (pure)

export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

/** The name, or the name with " (2)", " (3)"… when it is taken (ignoring case). */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.trim();
  if (!taken.some((t) => sameName(t, base))) return base;
  const stem = base.replace(/\s\(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}

export function checkName(name: string): string | null {
  const t = name.trim();
  if (!t) return 'Enter a name.';
  if (t.length > NAME_MAX) return `Use at most ${NAME_MAX} characters.`;
  return null;
}

export interface AddOutcome {
  scenarios: SavedScenario[];
  saved: SavedScenario;
  /** True when the name was taken, so a number was added. */
  renamed: boolean;
}

export function addScenario(list: readonly SavedScenario[], name: string, settings: Settings, now: Date, id: string = newId()): AddOutcome {
  const finalName = uniqueName(name, list.map((s) => s.name));
  const saved = { id, name: finalName, query: serialiseSettings(settings), savedAt: now.toISOString() };
  return { scenarios: [...list, saved], saved, renamed: finalName !== name.trim() };
}

export function renameScenario(list: readonly SavedScenario[], id: string, name: string): { ok: true; scenarios: SavedScenario[] } | { ok: false; error: string } {
  const bad = checkName(name);
  if (bad) return { ok: false, error: bad };
  if (list.some((s) => s.id !== id && sameName(s.name, name))) return { ok: false, error: `Another saved scenario is already called “${name.trim()}”.` };
  return { ok: true, scenarios: list.map((s) => (s.id === id ? { ...s, name: name.trim() } : s)) };
}

export function duplicateScenario(list: readonly SavedScenario[], id: string, now: Date, newIdValue: string = newId()): { scenarios: SavedScenario[]; copy: SavedScenario } | null {
  const i = list.findIndex((s) => s.id === id);
  const original = list[i];
  if (!original) return null;
  const copy = { ...original, id: newIdValue, name: uniqueName(`${original.name.slice(0, NAME_MAX - 8)} (copy)`, list.map((s) => s.name)), savedAt: now.toISOString() };
  return { scenarios: [...list.slice(0, i + 1), copy, ...list.slice(i + 1)], copy };
}

export const deleteScenario = (list: readonly SavedScenario[], id: string): SavedScenario[] => list.filter((s) => s.id !== id);

/** Settings of a saved scenario, cached by query so the same text always gives the same object. */
const settingsCache = new Map<string, Settings>();
export function settingsOf(query: string): Settings {
  let s = settingsCache.get(query);
  if (!s) {
    s = parseSettings(query).settings;
    if (settingsCache.size > 200) settingsCache.clear();
    settingsCache.set(query, s);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Export and import files

export const EXPORT_APP = 'Community Budgets Explorer';

export function exportText(scenarios: readonly SavedScenario[], now: Date = new Date()): string {
  return `${JSON.stringify({ schema: SAVED_SCHEMA, app: EXPORT_APP, exportedAt: now.toISOString(), scenarios }, null, 2)}\n`;
}

export type ImportParse = { ok: true; scenarios: SavedScenario[]; warnings: string[]; errors: string[] } | { ok: false; errors: string[] };

/** Reads an exported file. Errors name the scenario and field; a file with no usable entry fails. */
export function parseImport(text: string): ImportParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`] };
  }
  const read = readScenarios(raw);
  if (!read.ok) return { ok: false, errors: [`The file cannot be imported: ${read.message}.`] };
  if (read.scenarios.length === 0) {
    return { ok: false, errors: read.errors.length ? read.errors : ['The file holds no saved scenarios.'] };
  }
  return { ok: true, scenarios: read.scenarios, warnings: read.warnings, errors: read.errors };
}

export type ClashChoice = 'keep-both' | 'replace' | 'skip';

export interface ImportItem {
  incoming: SavedScenario;
  /** The saved scenario with the same name, if any. */
  clash: SavedScenario | null;
  /** The clashing scenario has exactly the same settings. */
  identical: boolean;
}

export function planImport(existing: readonly SavedScenario[], incoming: readonly SavedScenario[]): ImportItem[] {
  return incoming.map((s) => {
    const clash = existing.find((e) => sameName(e.name, s.name)) ?? null;
    return { incoming: s, clash, identical: clash !== null && clash.query === s.query };
  });
}

/** Applies an import plan. Every item gets a message, so nothing changes silently. */
export function applyImport(
  existing: readonly SavedScenario[],
  items: readonly ImportItem[],
  choices: readonly ClashChoice[],
  makeId: () => string = newId,
): { scenarios: SavedScenario[]; messages: string[]; added: number; replaced: number; skipped: number } {
  let list = [...existing];
  const messages: string[] = [];
  let added = 0;
  let replaced = 0;
  let skipped = 0;
  items.forEach((item, i) => {
    const name = item.incoming.name;
    if (!item.clash) {
      const finalName = uniqueName(name, list.map((s) => s.name));
      list.push({ ...item.incoming, id: makeId(), name: finalName });
      added++;
      messages.push(finalName === name ? `Added “${name}”.` : `Added “${name}” as “${finalName}”, because the file had that name twice.`);
      return;
    }
    const choice = choices[i] ?? 'keep-both';
    if (choice === 'skip') {
      skipped++;
      messages.push(`Skipped “${name}”: you already have a saved scenario of that name.`);
    } else if (choice === 'replace') {
      const clashId = item.clash.id;
      list = list.map((s) => (s.id === clashId ? { ...s, query: item.incoming.query, savedAt: item.incoming.savedAt } : s));
      replaced++;
      messages.push(`Replaced the settings of “${item.clash.name}” with those from the file.`);
    } else {
      const finalName = uniqueName(name, list.map((s) => s.name));
      list.push({ ...item.incoming, id: makeId(), name: finalName });
      added++;
      messages.push(`Imported “${name}” as “${finalName}”, because that name was already taken.`);
    }
  });
  return { scenarios: list, messages, added, replaced, skipped };
}

// ---------------------------------------------------------------------------------------------
// The store

export interface SavedState {
  scenarios: SavedScenario[];
  notice: SavedNotice | null;
  setAside: SetAsideEntry[];
  persist: boolean;
  hydrated: boolean;
  /** Reads the list from storage (once on start, and when another tab changes it). */
  hydrate: (storage?: StorageLike | null, now?: Date) => void;
  save: (name: string, settings: Settings) => AddOutcome;
  rename: (id: string, name: string) => string | null;
  duplicate: (id: string) => SavedScenario | null;
  remove: (id: string) => { scenario: SavedScenario; index: number } | null;
  /** Puts back a deleted scenario (undo). */
  restore: (scenario: SavedScenario, index: number) => void;
  replaceAll: (scenarios: SavedScenario[]) => void;
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

/** Reads a set-aside copy for download. */
export function readSetAside(key: string): string | null {
  try {
    return storageRef?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export const useSavedStore = create<SavedState>()((set, get) => {
  const commit = (scenarios: SavedScenario[]) => {
    set({ scenarios });
    if (!get().persist || !storageRef) return;
    if (!writeSaved(storageRef, scenarios)) {
      set({ notice: { kind: 'write-failed', message: 'The browser would not store your saved scenarios (it may be full or blocking storage). They are kept until the page is closed: export them to a file to keep them.' } });
    }
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
      set({ scenarios: result.scenarios, notice: result.notice ?? get().notice, persist: result.persist, hydrated: true, setAside: listSetAside(storage) });
    },
    save: (name, settings) => {
      const outcome = addScenario(get().scenarios, name, settings, new Date());
      commit(outcome.scenarios);
      return outcome;
    },
    rename: (id, name) => {
      const r = renameScenario(get().scenarios, id, name);
      if (!r.ok) return r.error;
      commit(r.scenarios);
      return null;
    },
    duplicate: (id) => {
      const r = duplicateScenario(get().scenarios, id, new Date());
      if (!r) return null;
      commit(r.scenarios);
      return r.copy;
    },
    remove: (id) => {
      const list = get().scenarios;
      const index = list.findIndex((s) => s.id === id);
      const scenario = list[index];
      if (!scenario) return null;
      commit(deleteScenario(list, id));
      return { scenario, index };
    },
    restore: (scenario, index) => {
      const list = get().scenarios.filter((s) => s.id !== scenario.id);
      commit([...list.slice(0, index), scenario, ...list.slice(index)]);
    },
    replaceAll: (scenarios) => commit(scenarios),
    dismissNotice: () => set({ notice: null }),
  };
});

/** Empties the store and forgets the storage (tests). */
export const resetSavedStore = () => {
  storageRef = null;
  useSavedStore.setState({ scenarios: [], notice: null, setAside: [], persist: false, hydrated: false });
};
