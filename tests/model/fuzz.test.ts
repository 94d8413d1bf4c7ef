// Fuzzing the two doors hostile input comes through: links (parseSettings) and data files
// (parseModelData). Every input must end in defaults plus reasons, or a clear error; never a throw.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_FILES, defaultSettings, evaluate, parseModelData, parseSettings, serialiseSettings } from '../../src/model/index';

const read = (name: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'public/data', name), 'utf8')) as unknown;
const files = { case: read(DATA_FILES.case), areas: read(DATA_FILES.areas) };
const good = parseModelData(files);
if (!good.ok) throw new Error(good.error);

const tried = { links: 0, dataFiles: 0 };
afterAll(() => console.log(`fuzz: ${tried.links} links and ${tried.dataFiles} data files tried`));

const nasty = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'NaN', 'Infinity', '-0', '1e308', '0x10', '１０', '', ' ', '%', '%E0%A4%A', '\u0000', 'base;DROP', 'lead:', 'exclude:__proto__'),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);
const key = fc.oneof(
  fc.constantFrom('scenario', 'scale', 'leakage', 'delay', 'rate', 'horizon', 'themes', 'lens', 'v', 'leakage.hsc', 'delay.ws', 'leakage.__proto__', '__proto__', 'constructor', 'delay.constructor'),
  fc.string({ maxLength: 20 }),
);
const query = fc.array(fc.tuple(key, nasty), { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

describe('fuzzing links', () => {
  it('every random or malformed query gives valid settings and reasons, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ maxLength: 300 })), (q) => {
        tried.links++;
        const { settings, ignored } = parseSettings(q);
        expect(settings.scale).toBeGreaterThanOrEqual(0);
        expect(settings.scale).toBeLessThanOrEqual(1);
        expect(settings.leakage).toBeGreaterThanOrEqual(0);
        expect(settings.leakage).toBeLessThanOrEqual(1);
        expect(settings.delay).toBeGreaterThanOrEqual(0);
        expect(settings.delay).toBeLessThanOrEqual(5);
        expect(Number.isInteger(settings.horizon)).toBe(true);
        for (const i of ignored) expect(i.reason.length).toBeGreaterThan(0);
        expect(Object.getPrototypeOf(settings.leakageByTheme)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        // What was accepted survives a round trip and evaluates to finite numbers.
        expect(parseSettings(serialiseSettings(settings)).settings).toEqual(settings);
        expect(Number.isFinite(evaluate(good.value, settings).total.npv.toNumber())).toBe(true);
      }),
      { numRuns: 3000, seed: 7 },
    );
  }, 120_000);

  it('a polluting key changes nothing', () => {
    const { settings } = parseSettings('__proto__[polluted]=1&constructor.prototype.polluted=1&leakage.__proto__=50');
    expect(settings).toEqual(defaultSettings());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Replaces the value at a random path of a JSON value with something hostile. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value as object);
  if (entries.length === 0) return replacement;
  const [k, child] = entries[path[0]! % entries.length]!;
  const next = mutate(child, path.slice(1), replacement);
  if (Array.isArray(value)) return value.map((v, i) => (i === k ? next : v));
  return { ...(value as object), [k]: next };
}

describe('fuzzing the data files', () => {
  const hostile = fc.oneof(
    fc.constantFrom(null, undefined, NaN, Infinity, -1, 1e308, '', '__proto__', [], {}, true, 'x'.repeat(10000)),
    fc.jsonValue({ maxDepth: 2 }),
  );
  it('a damaged file is rejected with a message naming the file, or accepted and evaluates cleanly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('case', 'areas' as const),
        fc.array(fc.nat(40), { minLength: 1, maxLength: 7 }),
        hostile,
        (which, path, replacement) => {
          tried.dataFiles++;
          const damaged = { ...files, [which]: mutate(files[which], path, replacement) };
          const result = parseModelData(damaged);
          if (result.ok) {
            const r = evaluate(result.value, defaultSettings());
            expect(Number.isFinite(r.total.npv.toNumber())).toBe(true);
          } else {
            expect(result.error).toMatch(/^(cases\/england-2013|areas)\.json: /m);
          }
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  }, 120_000);

  it('rejects wholly wrong files with a clear message', () => {
    for (const junk of [null, 42, 'text', [], { version: 99 }]) {
      const result = parseModelData({ ...files, case: junk });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(DATA_FILES.case);
    }
    const newer = parseModelData({ ...files, case: { ...(files.case as object), version: 2 } });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.error).toMatch(/version 2 is not one this app understands/);
  });
});
