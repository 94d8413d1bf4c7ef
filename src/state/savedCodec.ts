// Saved scenarios as data (no storage): the versioned file { schema: 1, scenarios: [{ id, name,
// query, savedAt }] }, its migrations and validation, list operations and export/import files.
import { z } from 'zod';
import { NATIONAL_VOCABULARY, checkCase, parseSettings, serialiseSettings, type CaseDoc, type LinkVocabulary, type Settings } from '../model';
import { ownVocabulary, sameCase } from './case';
import { memoByIdentity } from './memo';

export const SAVED_SCHEMA = 1;
export const NAME_MAX = 80;
/** The most saved scenarios one browser keeps. Enforced wherever the list grows. */
export const MAX_SCENARIOS = 500;
/** Browser storage holds about 5 MB, so every file this app writes is smaller; a larger one would block the page. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export interface SavedScenario {
  id: string;
  name: string;
  /** Settings as a query string (serialiseSettings); empty for the report base. */
  query: string;
  /** ISO 8601. */
  savedAt: string;
  /** A place's own case the settings are for, kept whole (absent: the national case). */
  case?: CaseDoc;
}

export interface SavedFile {
  schema: typeof SAVED_SCHEMA;
  scenarios: SavedScenario[];
}

export const LIST_FULL = `You already have ${MAX_SCENARIOS} saved scenarios, the most this browser keeps. Delete some you no longer need (export them to a file first to keep them), then try again.`;

// Built on first use: a first visit stores nothing, and building zod schemas slows a phone's start.
const savedSchemas = memoByIdentity(() => {
  const scenarioSchema = z.object({
    id: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(100, 'is longer than 100 characters'),
    name: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(NAME_MAX, `is longer than ${NAME_MAX} characters`),
    query: z.string({ error: 'must be a settings query string' }).max(2000, 'is longer than 2,000 characters'),
    savedAt: z.string({ error: 'must be a date' }).refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
    case: z.unknown().optional(),
  });
  // No length limit: a longer list is read whole and trimmed by its keeper, so nothing is refused unseen.
  const fileSchema = z.object({
    schema: z.literal(SAVED_SCHEMA),
    scenarios: z.array(z.unknown(), { error: 'must be a list' }),
  });
  return { scenarioSchema, fileSchema };
}, 1);

/** `up` turns schema `from` into `from + 1`. To change the format: add a migration, then raise SAVED_SCHEMA and the schema above. */
export const MIGRATIONS: readonly { from: number; description: string; up: (old: unknown) => unknown }[] = [
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

export type Problem = 'corrupt' | 'newer' | 'older';

/** Brings raw data up to the current schema (a bare list is schema 0), or says why it cannot. */
export function migrate(raw: unknown): { ok: true; value: unknown; from: number } | { ok: false; problem: Problem; message: string } {
  const schema = typeof raw === 'object' && raw !== null && 'schema' in raw ? raw.schema : null;
  const from = Array.isArray(raw) ? 0 : typeof schema === 'number' && Number.isInteger(schema) && schema >= 0 ? schema : null;
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

/** `keepUnread` keeps a query with parts not understood as it was, so loading it shows a bad link's notice. */
export function normaliseQuery(query: string, keepUnread = false, vocabulary: LinkVocabulary = NATIONAL_VOCABULARY): { query: string; ignored: string[] } {
  const parsed = parseSettings(query, vocabulary);
  const ignored = parsed.ignored.map((i) => `${i.param}: ${i.reason}`);
  return { query: ignored.length && keepUnread ? query : serialiseSettings(parsed.settings), ignored };
}

/** Data of any known schema: bad entries are left out and named in `errors`, settings not understood in `warnings`. */
export function readScenarios(raw: unknown, keepUnread = false) {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const { fileSchema, scenarioSchema } = savedSchemas();
  const file = fileSchema.safeParse(migrated.value);
  if (!file.success) {
    const issue = file.error.issues[0];
    const where = issue ? pathText(issue.path) : '';
    return { ok: false as const, problem: 'corrupt' as Problem, message: `${where ? `“${where}” ` : ''}${issue?.message ?? 'is not in the expected form'}` };
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
    const ownCase = parsed.data.case === undefined ? null : checkCase(parsed.data.case, 'its case');
    if (ownCase && !ownCase.ok) {
      errors.push(`${label}: ${ownCase.error.split('\n').join('; ')}`);
      return;
    }
    const { query, ignored } = normaliseQuery(parsed.data.query, keepUnread, ownCase ? ownVocabulary(ownCase.value) : NATIONAL_VOCABULARY);
    for (const w of ignored) warnings.push(`${label}: ${w} (left at its default)`);
    let id = parsed.data.id;
    while (ids.has(id)) id = `${id}-2`;
    ids.add(id);
    scenarios.push({ id, name: parsed.data.name, query, savedAt: new Date(Date.parse(parsed.data.savedAt)).toISOString(), ...(ownCase ? { case: ownCase.value } : {}) });
  });
  return { ok: true as const, scenarios, errors, warnings, migratedFrom: migrated.from < SAVED_SCHEMA ? migrated.from : null };
}

// Operations on the list (pure). Those that make the list longer refuse once it is full.
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

export type Refused = { ok: false; error: string };
const listFull = (): Refused => ({ ok: false, error: LIST_FULL });

export interface AddOutcome {
  ok: true;
  scenarios: SavedScenario[];
  saved: SavedScenario;
  /** The name was taken, so a number was added. */
  renamed: boolean;
}

export function addScenario(list: readonly SavedScenario[], name: string, settings: Settings, now: Date, id: string = newId(), ownCase: CaseDoc | null = null): AddOutcome | Refused {
  if (list.length >= MAX_SCENARIOS) return listFull();
  const finalName = uniqueName(name, list.map((s) => s.name));
  const saved = { id, name: finalName, query: serialiseSettings(settings), savedAt: now.toISOString(), ...(ownCase ? { case: ownCase } : {}) };
  return { ok: true, scenarios: [...list, saved], saved, renamed: finalName !== name.trim() };
}

export function renameScenario(list: readonly SavedScenario[], id: string, name: string): { ok: true; scenarios: SavedScenario[] } | Refused {
  const bad = checkName(name);
  if (bad) return { ok: false, error: bad };
  if (list.some((s) => s.id !== id && sameName(s.name, name))) return { ok: false, error: `Another saved scenario is already called “${name.trim()}”.` };
  return { ok: true, scenarios: list.map((s) => (s.id === id ? { ...s, name: name.trim() } : s)) };
}

export function duplicateScenario(
  list: readonly SavedScenario[],
  id: string,
  now: Date,
  newIdValue: string = newId(),
): { ok: true; scenarios: SavedScenario[]; copy: SavedScenario } | Refused | null {
  const i = list.findIndex((s) => s.id === id);
  const original = list[i];
  if (!original) return null;
  if (list.length >= MAX_SCENARIOS) return listFull();
  const copy = { ...original, id: newIdValue, name: uniqueName(`${original.name.slice(0, NAME_MAX - 8)} (copy)`, list.map((s) => s.name)), savedAt: now.toISOString() };
  return { ok: true, scenarios: [...list.slice(0, i + 1), copy, ...list.slice(i + 1)], copy };
}

export const deleteScenario = (list: readonly SavedScenario[], id: string): SavedScenario[] => list.filter((s) => s.id !== id);

/** Puts a deleted scenario back at its place (undo), unless the list has filled up meanwhile. */
export function restoreScenario(list: readonly SavedScenario[], scenario: SavedScenario, index: number): { ok: true; scenarios: SavedScenario[] } | Refused {
  const rest = list.filter((s) => s.id !== scenario.id);
  if (rest.length >= MAX_SCENARIOS) return listFull();
  return { ok: true, scenarios: [...rest.slice(0, index), scenario, ...rest.slice(index)] };
}

/** Settings of a saved scenario, cached by query so the same text always gives the same object. */
export const settingsOf: (query: string, vocabulary?: LinkVocabulary) => Settings = memoByIdentity(
  (query: string, vocabulary: LinkVocabulary = NATIONAL_VOCABULARY) => parseSettings(query, vocabulary).settings,
  200,
);

/** Whether a saved scenario is for the case shown (null: the national case). */
export const isForCase = (s: SavedScenario, shown: CaseDoc | null): boolean => sameCase(s.case ?? null, shown);

export const EXPORT_APP = 'Community Budgets Explorer';

export function exportText(scenarios: readonly SavedScenario[], now: Date = new Date()): string {
  return `${JSON.stringify({ schema: SAVED_SCHEMA, app: EXPORT_APP, exportedAt: now.toISOString(), scenarios }, null, 2)}\n`;
}

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function checkImportSize(bytes: number): string | null {
  if (bytes <= IMPORT_MAX_BYTES) return null;
  return `The file is ${megabytes(bytes)}, larger than the ${megabytes(IMPORT_MAX_BYTES)} this page reads. Files this app writes are smaller: check that this is an export of saved scenarios.`;
}

export type ImportParse = { ok: true; scenarios: SavedScenario[]; warnings: string[]; errors: string[] } | { ok: false; errors: string[] };

/** Reads an export or a set-aside copy of stored data (no header); a file with no usable entry fails. */
export function parseImport(text: string): ImportParse {
  // A string's length counts UTF-16 units, at most the bytes of its UTF-8 file: a quick bound.
  const tooLarge = checkImportSize(text.length);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
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
  clash: SavedScenario | null;
  identical: boolean;
}

export function planImport(existing: readonly SavedScenario[], incoming: readonly SavedScenario[]): ImportItem[] {
  return incoming.map((s) => {
    const clash = existing.find((e) => sameName(e.name, s.name)) ?? null;
    return { incoming: s, clash, identical: clash !== null && clash.query === s.query && sameCase(clash.case ?? null, s.case ?? null) };
  });
}

/** Applies an import plan: every item gets a message, so nothing changes silently ('refused': the list was full). */
export function applyImport(
  existing: readonly SavedScenario[],
  items: readonly ImportItem[],
  choices: readonly ClashChoice[],
  makeId: () => string = newId,
) {
  let list = [...existing];
  const results = items.map((item, i): ['added' | 'replaced' | 'skipped' | 'refused', string] => {
    const { incoming, clash } = item;
    const choice = clash ? (choices[i] ?? 'keep-both') : 'keep-both';
    if (clash && choice === 'skip') return ['skipped', `Skipped “${incoming.name}”: you already have a saved scenario of that name.`];
    if (clash && choice === 'replace') {
      list = list.map((s) => {
        if (s.id !== clash.id) return s;
        const replaced: SavedScenario = { id: s.id, name: s.name, query: incoming.query, savedAt: incoming.savedAt };
        return incoming.case ? { ...replaced, case: incoming.case } : replaced;
      });
      return ['replaced', `Replaced the settings of “${clash.name}” with those from the file.`];
    }
    if (list.length >= MAX_SCENARIOS) {
      return ['refused', `Not imported “${incoming.name}”: the list already holds ${MAX_SCENARIOS} saved scenarios, the most this browser keeps.`];
    }
    const finalName = uniqueName(incoming.name, list.map((s) => s.name));
    list.push({ ...incoming, id: makeId(), name: finalName });
    if (clash) return ['added', `Imported “${incoming.name}” as “${finalName}”, because that name was already taken.`];
    if (finalName === incoming.name) return ['added', `Added “${incoming.name}”.`];
    return ['added', `Added “${incoming.name}” as “${finalName}”, because the file had that name twice.`];
  });
  const count = (kind: string) => results.filter(([k]) => k === kind).length;
  const messages = results.map(([, message]) => message);
  return { scenarios: list, messages, added: count('added'), replaced: count('replaced'), skipped: count('skipped'), refused: count('refused') };
}
