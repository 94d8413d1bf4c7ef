import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, serialiseSettings } from '../../src/model';
import {
  MIGRATIONS,
  SAVED_KEY,
  SAVED_SCHEMA,
  SET_ASIDE_PREFIX,
  addScenario,
  applyImport,
  deleteScenario,
  duplicateScenario,
  exportText,
  listSetAside,
  loadSaved,
  migrate,
  parseImport,
  planImport,
  renameScenario,
  resetSavedStore,
  uniqueName,
  useSavedStore,
  type SavedScenario,
} from '../../src/state/saved';
import { memoryStorage } from './memoryStorage';

/** The successful outcome of an operation that may be refused (fails the test if it was). */
function accepted<T extends { ok: boolean }>(outcome: T | null): Extract<T, { ok: true }> {
  if (!outcome?.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

const NOW = new Date('2025-03-31T10:00:00.000Z');
const scenario = (name: string, query = 'leakage=20&v=1', id = name): SavedScenario => ({ id, name, query, savedAt: NOW.toISOString() });
const stored = (scenarios: SavedScenario[]) => JSON.stringify({ schema: SAVED_SCHEMA, scenarios });

beforeEach(() => resetSavedStore());
afterEach(() => resetSavedStore());

describe('reading the stored list', () => {
  it('reads an empty store and a valid one', () => {
    expect(loadSaved(memoryStorage(), NOW)).toEqual({ scenarios: [], notice: null, persist: true });
    const s = memoryStorage({ [SAVED_KEY]: stored([scenario('A')]) });
    const result = loadSaved(s, NOW);
    expect(result.scenarios.map((x) => x.name)).toEqual(['A']);
    expect(result.notice).toBeNull();
  });

  it('sets corrupt data aside under another key, keeps it unchanged and says so', () => {
    const s = memoryStorage({ [SAVED_KEY]: '{"schema":1,"scen' });
    const result = loadSaved(s, NOW);
    expect(result.scenarios).toEqual([]);
    expect(result.notice?.kind).toBe('set-aside');
    expect(result.notice?.message).toMatch(/not valid JSON/);
    const key = result.notice?.key ?? '';
    expect(key.startsWith(SET_ASIDE_PREFIX)).toBe(true);
    expect(s.data.get(key)).toBe('{"schema":1,"scen');
    expect(s.data.has(SAVED_KEY)).toBe(false);
    // Loading again finds nothing to set aside, and the copy is still there.
    expect(loadSaved(s, NOW).notice).toBeNull();
    expect(listSetAside(s).map((e) => e.key)).toEqual([key]);
  });

  it('never overwrites an earlier set-aside copy', () => {
    const s = memoryStorage({ [SAVED_KEY]: 'one' });
    loadSaved(s, NOW);
    s.setItem(SAVED_KEY, 'two');
    loadSaved(s, NOW);
    expect([...s.data.entries()].filter(([k]) => k.startsWith(SET_ASIDE_PREFIX)).map(([, v]) => v).sort()).toEqual(['one', 'two']);
  });

  it('leaves data from a newer version untouched and stops writing; names data too old to migrate', () => {
    const text = JSON.stringify({ schema: 7, scenarios: [] });
    const s = memoryStorage({ [SAVED_KEY]: text });
    const newer = loadSaved(s, NOW);
    expect(newer).toMatchObject({ scenarios: [], persist: false, notice: { kind: 'newer' } });
    expect(newer.notice?.message).toMatch(/newer version/);
    expect([...s.data.entries()]).toEqual([[SAVED_KEY, text]]);
    expect(migrate({ schema: -1 })).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(migrate({ schema: 99 })).toMatchObject({ ok: false, problem: 'newer' });
    expect(migrate('text')).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  it('keeps the readable entries when some are broken, setting the original aside', () => {
    const s = memoryStorage({ [SAVED_KEY]: JSON.stringify({ schema: 1, scenarios: [scenario('Good'), { id: 'x', name: '', query: '', savedAt: 'never' }] }) });
    const result = loadSaved(s, NOW);
    expect(result.scenarios.map((x) => x.name)).toEqual(['Good']);
    expect(result.notice?.message).toMatch(/Scenario 2: name must not be empty; savedAt is not a date/);
    expect(JSON.parse(s.data.get(SAVED_KEY) ?? '')).toEqual({ schema: 1, scenarios: [scenario('Good')] });
  });

  it('migrates schema 0 (a bare list) and keeps a copy of the old form', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([0]);
    const s = memoryStorage({ [SAVED_KEY]: JSON.stringify([{ name: 'Old', query: 'delay=1' }]) });
    const result = loadSaved(s, NOW);
    expect(result.scenarios).toEqual([{ id: 'migrated-1', name: 'Old', query: 'delay=1&v=1', savedAt: new Date(0).toISOString() }]);
    expect(result.notice?.kind).toBe('migrated');
    expect(JSON.parse(s.data.get(SAVED_KEY) ?? '').schema).toBe(1);
    expect(s.data.get(result.notice?.key ?? '')).toBe('[{"name":"Old","query":"delay=1"}]');
  });

  it('works without storage, and does not write when the old data could not be set aside', () => {
    const none = loadSaved(null, NOW);
    expect(none).toMatchObject({ scenarios: [], persist: false, notice: { kind: 'unavailable' } });
    const full = memoryStorage({ [SAVED_KEY]: 'broken' }, true);
    const result = loadSaved(full, NOW);
    expect(result.persist).toBe(false);
    expect(full.data.get(SAVED_KEY)).toBe('broken');
  });
});

describe('operations on the list', () => {
  it('adds with a number when the name is taken, ignoring case', () => {
    const first = accepted(addScenario([], 'Plan', { ...defaultSettings(), leakage: 0.2 }, NOW, 'a'));
    expect(first.saved).toEqual({ id: 'a', name: 'Plan', query: 'leakage=20&v=1', savedAt: NOW.toISOString() });
    const second = accepted(addScenario(first.scenarios, 'plan', defaultSettings(), NOW, 'b'));
    expect(second.saved.name).toBe('plan (2)');
    expect(second.renamed).toBe(true);
    expect(uniqueName('Plan (2)', ['Plan', 'Plan (2)'])).toBe('Plan (3)');
  });

  it('renames, refusing empty names and names already used', () => {
    const list = [scenario('A'), scenario('B')];
    expect(renameScenario(list, 'A', '  ')).toEqual({ ok: false, error: 'Enter a name.' });
    expect(renameScenario(list, 'A', 'b')).toMatchObject({ ok: false, error: expect.stringMatching(/already called/) });
    expect(renameScenario(list, 'A', ' C ')).toEqual({ ok: true, scenarios: [{ ...list[0], name: 'C' }, list[1]] });
  });

  it('duplicates beside the original and deletes', () => {
    const list = [scenario('A'), scenario('B')];
    const dup = duplicateScenario(list, 'A', NOW, 'A2');
    expect(accepted(dup).scenarios.map((s) => s.name)).toEqual(['A', 'A (copy)', 'B']);
    expect(duplicateScenario(list, 'missing', NOW)).toBeNull();
    expect(deleteScenario(list, 'A').map((s) => s.name)).toEqual(['B']);
  });
});

describe('export and import', () => {
  it('round-trips an export', () => {
    const list = [scenario('A'), scenario('B', '')];
    const parsed = parseImport(exportText(list, NOW));
    expect(parsed).toEqual({ ok: true, scenarios: list, warnings: [], errors: [] });
  });

  it('names what is wrong with a bad file', () => {
    expect(parseImport('nope')).toMatchObject({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
    expect(parseImport('{"schema":1,"scenarios":"x"}')).toMatchObject({ ok: false, errors: [expect.stringMatching(/“scenarios” must be a list/)] });
    expect(parseImport('{"schema":4,"scenarios":[]}')).toMatchObject({ ok: false, errors: [expect.stringMatching(/newer version/)] });
    expect(parseImport('{"schema":1,"scenarios":[]}')).toEqual({ ok: false, errors: ['The file holds no saved scenarios.'] });
    const bad = JSON.stringify({ schema: 1, scenarios: [{ id: 'a', name: 'Fine', query: 7, savedAt: NOW.toISOString() }] });
    expect(parseImport(bad)).toMatchObject({ ok: false, errors: ['Scenario 1 (“Fine”): query must be a settings query string'] });
  });

  it('reports settings it did not understand, normalising the rest', () => {
    const file = JSON.stringify({ schema: 1, scenarios: [scenario('A', 'leakage=150&delay=1')] });
    const parsed = parseImport(file);
    expect(parsed.ok && parsed.scenarios[0]?.query).toBe('delay=1&v=1');
    expect(parsed.ok && parsed.warnings[0]).toMatch(/Scenario 1 \(“A”\): leakage: 150 is outside 0–100%/);
  });

  it('never overwrites silently: keep both, replace or skip, each with a message', () => {
    const existing = [scenario('A', 'leakage=10&v=1', 'e1'), scenario('B', 'delay=1&v=1', 'e2'), scenario('C', '', 'e3')];
    const incoming = [scenario('A', 'leakage=50&v=1'), scenario('B', 'delay=3&v=1'), scenario('c', ''), scenario('D')];
    const items = planImport(existing, incoming);
    expect(items.map((i) => [i.clash?.id ?? null, i.identical])).toEqual([['e1', false], ['e2', false], ['e3', true], [null, false]]);
    let n = 0;
    const result = applyImport(existing, items, ['keep-both', 'replace', 'skip', 'keep-both'], () => `new${++n}`);
    expect(result.scenarios.map((s) => [s.name, s.query])).toEqual([
      ['A', 'leakage=10&v=1'],
      ['B', 'delay=3&v=1'],
      ['C', ''],
      ['A (2)', 'leakage=50&v=1'],
      ['D', 'leakage=20&v=1'],
    ]);
    expect(result.messages).toEqual([
      'Imported “A” as “A (2)”, because that name was already taken.',
      'Replaced the settings of “B” with those from the file.',
      'Skipped “c”: you already have a saved scenario of that name.',
      'Added “D”.',
    ]);
    expect([result.added, result.replaced, result.skipped]).toEqual([2, 1, 1]);
  });
});

describe('the saved store', () => {
  it('persists saves, renames and deletes, and survives a reload', () => {
    const s = memoryStorage();
    useSavedStore.getState().hydrate(s, NOW);
    const { saved, stored } = accepted(useSavedStore.getState().save('Workshop', { ...defaultSettings(), delay: 1 }));
    expect(stored).toBe(true);
    expect(useSavedStore.getState().rename(saved.id, 'Workshop 1')).toEqual({ ok: true, stored: true });
    const { copy } = accepted(useSavedStore.getState().duplicate(saved.id));
    resetSavedStore();
    useSavedStore.getState().hydrate(s, NOW);
    expect(useSavedStore.getState().scenarios.map((x) => [x.name, x.query])).toEqual([
      ['Workshop 1', serialiseSettings({ ...defaultSettings(), delay: 1 })],
      ['Workshop 1 (copy)', 'delay=1&v=1'],
    ]);
    const gone = useSavedStore.getState().remove(copy.id);
    expect(useSavedStore.getState().scenarios).toHaveLength(1);
    useSavedStore.getState().restore(gone!.scenario, gone!.index);
    expect(useSavedStore.getState().scenarios.map((x) => x.name)).toEqual(['Workshop 1', 'Workshop 1 (copy)']);
  });

  it('says so when the browser will not store', () => {
    const s = memoryStorage();
    useSavedStore.getState().hydrate(s, NOW);
    s.setItem = () => {
      throw new Error('full');
    };
    expect(accepted(useSavedStore.getState().save('X', defaultSettings())).stored).toBe(false);
    expect(useSavedStore.getState().notice?.kind).toBe('write-failed');
    expect(useSavedStore.getState().scenarios).toHaveLength(1);
  });
});
