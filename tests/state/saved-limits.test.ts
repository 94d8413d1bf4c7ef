// Saved work is never lost: the list limit where data is written, damaged data too large to copy,
// a newer version's data, settings not understood, and oversized imports.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model';
import {
  IMPORT_MAX_BYTES,
  LIST_FULL,
  MAX_SCENARIOS,
  SAVED_KEY,
  SET_ASIDE_PREFIX,
  addScenario,
  applyImport,
  checkImportSize,
  duplicateScenario,
  exportText,
  loadSaved,
  parseImport,
  planImport,
  resetSavedStore,
  restoreScenario,
  serialiseSaved,
  useSavedStore,
  type SavedScenario,
} from '../../src/state/saved';
import { memoryStorage } from './memoryStorage';

const NOW = new Date('2025-03-31T10:00:00.000Z');
const scenario = (n: number, query = 'leakage=20&v=1'): SavedScenario => ({ id: `id-${n}`, name: `Scenario ${n}`, query, savedAt: NOW.toISOString() });
const many = (count: number, from = 1) => Array.from({ length: count }, (_, i) => scenario(from + i));

beforeEach(() => resetSavedStore());
afterEach(() => resetSavedStore());

describe('the limit of saved scenarios holds wherever the list grows', () => {
  const full = many(MAX_SCENARIOS);

  it('saving, duplicating and undoing a delete refuse once the list is full, saying what to do', () => {
    expect(addScenario(full, 'One more', defaultSettings(), NOW)).toEqual({ ok: false, error: LIST_FULL });
    expect(duplicateScenario(full, 'id-1', NOW)).toEqual({ ok: false, error: LIST_FULL });
    expect(restoreScenario(full, scenario(9999), 0)).toEqual({ ok: false, error: LIST_FULL });
    expect(LIST_FULL).toMatch(/Delete some/);
    // One short of the limit there is room for exactly one more.
    expect(addScenario(full.slice(1), 'One more', defaultSettings(), NOW).ok).toBe(true);
  });

  it('an import adds what fits and names each scenario it could not add', () => {
    const existing = many(MAX_SCENARIOS - 2);
    const incoming = many(5, 10_000);
    const result = applyImport(existing, planImport(existing, incoming), []);
    expect(result.scenarios).toHaveLength(MAX_SCENARIOS);
    expect([result.added, result.refused]).toEqual([2, 3]);
    expect(result.messages.filter((m) => m.startsWith('Not imported'))).toEqual([
      `Not imported “Scenario 10002”: the list already holds ${MAX_SCENARIOS} saved scenarios, the most this browser keeps.`,
      `Not imported “Scenario 10003”: the list already holds ${MAX_SCENARIOS} saved scenarios, the most this browser keeps.`,
      `Not imported “Scenario 10004”: the list already holds ${MAX_SCENARIOS} saved scenarios, the most this browser keeps.`,
    ]);
  });

  it('an over-long stored list keeps what fits, sets the whole list aside and says how many were left out', () => {
    const list = many(MAX_SCENARIOS + 12);
    const s = memoryStorage({ [SAVED_KEY]: serialiseSaved(list) });
    const result = loadSaved(s, NOW);
    expect(result.scenarios).toEqual(list.slice(0, MAX_SCENARIOS));
    expect(result.persist).toBe(true);
    expect(result.notice?.message).toMatch(new RegExp(`held ${MAX_SCENARIOS + 12} saved scenarios.*other 12`));
    expect(s.data.get(result.notice?.key ?? '')).toBe(serialiseSaved(list));
    expect(JSON.parse(s.data.get(SAVED_KEY) ?? '').scenarios).toHaveLength(MAX_SCENARIOS);
  });

  it('the import reads every file the app writes: a set-aside copy of an over-long list, and a full export', () => {
    const list = many(MAX_SCENARIOS + 12);
    const fromSetAside = parseImport(serialiseSaved(list));
    expect(fromSetAside.ok && fromSetAside.scenarios).toHaveLength(MAX_SCENARIOS + 12);
    const fromExport = parseImport(exportText(many(MAX_SCENARIOS)));
    expect(fromExport.ok && fromExport.scenarios).toHaveLength(MAX_SCENARIOS);
    // The largest export the app can write (every field at its longest) is under the import limit.
    const longest = Array.from({ length: MAX_SCENARIOS }, (_, i) => ({ id: `${i}`.padEnd(100, 'x'), name: `${i}`.padEnd(80, 'n'), query: 'q'.repeat(2000), savedAt: NOW.toISOString() }));
    expect(new TextEncoder().encode(exportText(longest)).length).toBeLessThan(IMPORT_MAX_BYTES);
  });
});

describe('damaged data too large to copy', () => {
  // A browser store of 300,000 characters holding a damaged entry of 200,000: no room for a copy.
  const damaged = () => JSON.stringify({ schema: 1, scenarios: [scenario(1), { id: 'x', name: 'y'.repeat(200_000), query: '', savedAt: NOW.toISOString() }] });

  it('is left in place, says it is stuck, and a save says it was not stored', () => {
    const s = memoryStorage({ [SAVED_KEY]: damaged() }, false, 300_000);
    useSavedStore.getState().hydrate(s, NOW);
    const state = useSavedStore.getState();
    expect(state.notice?.kind).toBe('stuck');
    expect(state.notice?.message).toMatch(/download it and clear it/);
    expect(state.scenarios.map((x) => x.name)).toEqual(['Scenario 1']);
    const save = useSavedStore.getState().save('Round 1', defaultSettings());
    expect(save).toMatchObject({ ok: true, stored: false });
    expect(s.data.get(SAVED_KEY)).toBe(damaged());
  });

  it('“clear stored data” removes it and stores the list on screen, new saves included', () => {
    const s = memoryStorage({ [SAVED_KEY]: damaged() }, false, 300_000);
    useSavedStore.getState().hydrate(s, NOW);
    useSavedStore.getState().save('Round 1', defaultSettings());
    expect(useSavedStore.getState().clearStoredData()).toEqual({ stored: true });
    expect(useSavedStore.getState().notice?.kind).toBe('cleared');
    expect(JSON.parse(s.data.get(SAVED_KEY) ?? '').scenarios.map((x: SavedScenario) => x.name)).toEqual(['Scenario 1', 'Round 1']);
    expect(useSavedStore.getState().save('Round 2', defaultSettings())).toMatchObject({ ok: true, stored: true });
  });

  it('clearing is offered only for data that is stuck', () => {
    const s = memoryStorage({ [SAVED_KEY]: serialiseSaved([scenario(1)]) });
    useSavedStore.getState().hydrate(s, NOW);
    expect(useSavedStore.getState().clearStoredData()).toEqual({ stored: false });
    expect(s.data.has(SAVED_KEY)).toBe(true);
  });
});

describe('data written by a newer version in another tab', () => {
  const newer = JSON.stringify({ schema: 2, scenarios: [{ id: 'n', title: 'From the future' }] });

  it('is left untouched when this page writes, which stops and says to reload', () => {
    const s = memoryStorage({ [SAVED_KEY]: serialiseSaved([scenario(1)]) });
    useSavedStore.getState().hydrate(s, NOW);
    s.setItem(SAVED_KEY, newer); // the other tab, before this page has heard of it
    expect(useSavedStore.getState().save('Round 1', defaultSettings())).toMatchObject({ ok: true, stored: false });
    expect(s.data.get(SAVED_KEY)).toBe(newer);
    expect(useSavedStore.getState().notice).toMatchObject({ kind: 'newer', message: expect.stringMatching(/changed by a newer version of this app: reload/) });
  });

  it('is left untouched when the storage event re-reads it; the list on screen stays for export', () => {
    const s = memoryStorage({ [SAVED_KEY]: serialiseSaved([scenario(1)]) });
    useSavedStore.getState().hydrate(s, NOW);
    s.setItem(SAVED_KEY, newer);
    useSavedStore.getState().hydrate(s, NOW);
    const state = useSavedStore.getState();
    expect([state.persist, state.notice?.kind, state.scenarios.map((x) => x.name)]).toEqual([false, 'newer', ['Scenario 1']]);
    expect([...s.data.entries()]).toEqual([[SAVED_KEY, newer]]);
    expect([...s.data.keys()].some((k) => k.startsWith(SET_ASIDE_PREFIX))).toBe(false);
  });
});

describe('settings a saved scenario holds but this version does not understand', () => {
  it('are kept as stored, so loading the scenario reports them as a bad link would', () => {
    const s = memoryStorage({ [SAVED_KEY]: serialiseSaved([scenario(1, 'leakage=150&delay=1&v=1'), scenario(2, 'delay=1')]) });
    const result = loadSaved(s, NOW);
    expect(result.scenarios.map((x) => x.query)).toEqual(['leakage=150&delay=1&v=1', 'delay=1&v=1']);
    expect(result.notice).toBeNull();
  });
});

describe('import size', () => {
  it('refuses a file over the documented limit before reading it, naming both sizes', () => {
    expect(checkImportSize(IMPORT_MAX_BYTES)).toBeNull();
    expect(checkImportSize(10 * 1024 * 1024)).toMatch(/10\.0 MB, larger than the 5\.0 MB/);
    const parsed = parseImport(' '.repeat(IMPORT_MAX_BYTES + 1));
    expect(parsed).toMatchObject({ ok: false, errors: [expect.stringMatching(/larger than the 5\.0 MB/)] });
  });
});
