// Random sequences of what users and browsers do to saved scenarios: save, rename, duplicate,
// delete, import, damage the stored data, a newer version writing from another tab, clearing
// stuck data, and reloading. Whatever happens, no scenario that was reported as stored is lost:
// after a reload it is listed, or kept in a set-aside copy, or in a file the user downloaded.
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model';
import {
  MAX_SCENARIOS,
  SAVED_KEY,
  SET_ASIDE_PREFIX,
  applyImport,
  exportText,
  parseImport,
  planImport,
  resetSavedStore,
  useSavedStore,
  type ClashChoice,
  type SavedScenario,
} from '../../src/state/saved';
import { memoryStorage } from './memoryStorage';

const NOW = new Date('2025-03-31T10:00:00.000Z');
const QUOTA = 600_000;

type Op =
  | { kind: 'save'; name: string; leakage: number }
  | { kind: 'rename' | 'duplicate' | 'delete'; at: number; name: string }
  | { kind: 'import'; count: number; choice: ClashChoice }
  | { kind: 'damage'; how: 'entry' | 'truncate' | 'huge' | 'overlong' | 'newer'; at: number }
  | { kind: 'reload' | 'storage-event' | 'clear' };

const name = fc.constantFrom('Round 1', 'Round 2', 'round 1', 'Prudent', 'Late', 'X');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('save' as const), name, leakage: fc.integer({ min: 0, max: 100 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('rename' as const, 'duplicate' as const, 'delete' as const), at: fc.nat(), name }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('import' as const), count: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constant(MAX_SCENARIOS + 20)), choice: fc.constantFrom<ClashChoice>('keep-both', 'replace', 'skip') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('damage' as const), how: fc.constantFrom('entry' as const, 'truncate' as const, 'huge' as const, 'overlong' as const, 'newer' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('reload' as const, 'storage-event' as const, 'clear' as const) }) },
);

/** Every place a scenario can be recovered from: the stored list, set-aside copies, downloads. */
function keptTexts(data: Map<string, string>, downloads: string[]): string[] {
  return [...data].filter(([k]) => k === SAVED_KEY || k.startsWith(SET_ASIDE_PREFIX)).map(([, v]) => v).concat(downloads);
}
const holds = (text: string, s: SavedScenario) => text.includes(JSON.stringify(s.id)) && text.includes(JSON.stringify(s.query));

let sequences = 0;
let operations = 0;

function run(ops: Op[]) {
  sequences++;
  resetSavedStore();
  const storage = memoryStorage({}, false, QUOTA);
  const downloads: string[] = [];
  /** Data a newer version wrote from another tab: this page must leave it exactly as it is. */
  let newer: string | null = null;
  /** What the page last reported as stored: exactly the list its last stored write held. */
  let stored = new Map<string, SavedScenario>();
  const store = () => useSavedStore.getState();
  const wrote = (outcome: { stored: boolean } | null | { ok: false }) => {
    if (outcome && 'stored' in outcome && outcome.stored) stored = new Map(store().scenarios.map((s) => [s.id, s]));
  };
  const pick = (at: number) => store().scenarios[at % Math.max(1, store().scenarios.length)];
  /** Changes the stored list as an outside hand would; false when there is no readable list. */
  const damageStored = (change: (list: unknown[]) => unknown[]): boolean => {
    const text = storage.data.get(SAVED_KEY);
    if (!text) return false;
    try {
      const raw = JSON.parse(text) as { schema: number; scenarios: unknown[] };
      if (raw.schema !== 1) return false;
      storage.data.set(SAVED_KEY, JSON.stringify({ ...raw, scenarios: change(raw.scenarios) }));
      return true;
    } catch {
      return false;
    }
  };

  store().hydrate(storage, NOW);
  for (const o of ops) {
    operations++;
    switch (o.kind) {
      case 'save':
        wrote(store().save(o.name, { ...defaultSettings(), leakage: o.leakage / 100 }));
        break;
      case 'rename': {
        const s = pick(o.at);
        if (s) wrote(store().rename(s.id, `${o.name} ${o.at % 7}`));
        break;
      }
      case 'duplicate': {
        const s = pick(o.at);
        if (s) wrote(store().duplicate(s.id));
        break;
      }
      case 'delete': {
        const s = pick(o.at);
        if (s) wrote(store().remove(s.id));
        break;
      }
      case 'import': {
        const incoming = Array.from({ length: o.count }, (_, i) => ({ id: `file-${i}`, name: i % 2 ? `Round ${i}` : `Imported ${i}`, query: `delay=${i % 5}&v=1`, savedAt: NOW.toISOString() }));
        const parsed = parseImport(exportText(incoming, NOW));
        if (!parsed.ok) throw new Error(`the app could not read its own export: ${parsed.errors.join('; ')}`);
        const items = planImport(store().scenarios, parsed.scenarios);
        wrote(store().replaceAll(applyImport(store().scenarios, items, items.map(() => o.choice)).scenarios));
        break;
      }
      case 'damage':
        if (o.how === 'entry') damageStored((list) => list.map((e, i) => (i === o.at % Math.max(1, list.length) ? { ...(e as object), savedAt: 'never' } : e)));
        if (o.how === 'huge') damageStored((list) => [...list, { id: 'huge', name: 'h'.repeat(QUOTA / 2), query: '', savedAt: NOW.toISOString() }]);
        if (o.how === 'overlong') {
          // An older build without the limit wrote a longer list: every entry in it was stored.
          const extra = Array.from({ length: MAX_SCENARIOS + 5 }, (_, i) => ({ id: `old-${i}`, name: `Old ${i}`, query: '', savedAt: NOW.toISOString() }));
          if (damageStored((list) => [...list, ...extra])) for (const e of extra) stored.set(e.id, e);
        }
        if (o.how === 'truncate' && newer === null) {
          const text = storage.data.get(SAVED_KEY);
          if (text) {
            const cut = text.slice(0, o.at % text.length);
            storage.data.set(SAVED_KEY, cut);
            // What the damage itself destroyed is not the page's loss.
            for (const [id, s] of stored) if (!holds(cut, s)) stored.delete(id);
          }
        }
        if (o.how === 'newer') {
          newer = JSON.stringify({ schema: 2, scenarios: [...stored.values()] });
          storage.data.set(SAVED_KEY, newer);
          store().hydrate(storage, NOW); // the storage event
        }
        break;
      case 'reload':
        resetSavedStore();
        store().hydrate(storage, NOW);
        break;
      case 'storage-event':
        store().hydrate(storage, NOW);
        break;
      case 'clear':
        if (store().notice?.kind === 'stuck') {
          downloads.push(storage.data.get(SAVED_KEY) ?? ''); // the user downloads it first, as the notice asks
          wrote(store().clearStoredData());
        }
        break;
    }
    expect(store().scenarios.length).toBeLessThanOrEqual(MAX_SCENARIOS);
    if (newer !== null) expect(storage.data.get(SAVED_KEY)).toBe(newer);
  }

  resetSavedStore();
  store().hydrate(storage, NOW);
  const texts = keptTexts(storage.data, downloads);
  const listed = new Set(store().scenarios.map((s) => `${s.id}|${s.query}`));
  for (const s of stored.values()) {
    if (!listed.has(`${s.id}|${s.query}`) && !texts.some((t) => holds(t, s))) {
      throw new Error(`lost “${s.name}” (${s.id}), reported as stored`);
    }
  }
}

describe('saved scenarios under random use and damage (fast-check)', () => {
  beforeEach(() => resetSavedStore());
  afterEach(() => resetSavedStore());
  afterAll(() => {
    console.log(`saved-scenario fuzz: ${sequences} sequences tried, ${operations} operations`);
  });

  it('never loses a scenario that was reported as stored', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), run), { numRuns: 300, seed: 20_250_331 });
    expect(sequences).toBeGreaterThanOrEqual(300);
  }, 120_000);
});
