// @vitest-environment node
// The model takes any case (docs/decisions/0012-case-format.md): no file in src/model may name a
// theme or partner id of the 2013 data. Only the link vocabulary (link-ids.ts, read by the link
// parser until the settings spec takes the ids from the case) may, and only the link parser and
// the re-exports may use it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../fixtures/model-data';

const dir = new URL('../../src/model/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

const VOCABULARY = 'link-ids.ts';
/** Files that may use the link vocabulary: the link parameters' spec (linkParams.ts), and types.ts, which re-exports it. */
const VOCABULARY_USERS = ['linkParams.ts', 'types.ts'];

const data = loadRealData();
const ids = new Set([...data.themes.map((t) => t.id), ...data.partners.map((p) => p.id)]);

/** The text of every string and template literal in a file, with comments removed first. */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

/** The case ids a file names in its literals, e.g. 'hsc', "lead:DH" or `${x}.LG`. */
export function namedIds(source: string): string[] {
  return literals(source).flatMap((lit) => lit.split(/[^A-Za-z0-9]+/).filter((word) => ids.has(word)));
}

describe('src/model names no theme or partner of the data', () => {
  it('reads the ids to look for from the data', () => {
    expect(ids.size).toBe(data.themes.length + data.partners.length);
    expect(files.length).toBeGreaterThan(20);
  });

  it('finds an id in a literal, and not in a comment or a longer word', () => {
    expect(namedIds(`const a = 'hsc';\nconst b = \`lead:DH\`; // 'fcn'\n/* "LG" */ const c = "DWPs and Home";`)).toEqual(['hsc', 'DH']);
  });

  it.each(files.filter((f) => f !== VOCABULARY))('%s', (file) => {
    expect(namedIds(read(file))).toEqual([]);
  });

  it('keeps the link vocabulary to the link parser', () => {
    const users = files.filter((f) => f !== VOCABULARY && /\b(THEME_IDS|PARTNER_IDS|link-ids)\b/.test(read(f)));
    expect(users.sort()).toEqual([...VOCABULARY_USERS].sort());
  });
});
