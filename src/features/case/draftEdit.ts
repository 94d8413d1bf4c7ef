import { CASE_LIMITS, type CaseTheme } from '../../model';
import type { CellKind, GridColumn } from './caseGrid';
import { draftHasPrudent, draftYears, getIn, isRecord, listAt, partnerIds, type Path } from './draftRead';
import { readNumber } from './pasteGrid';

// Changes to the case being built, each returning a new draft (the old one is left as it was). The
// draft may be any JSON: a change makes the places it writes to, and never throws.

/** An own property, even for a key such as "__proto__" that plain assignment would treat specially. */
const put = (obj: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The draft with `value` at `path`, making the objects and lists on the way. */
export function setIn(x: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...Path];
  if (typeof key === 'number') {
    const list = Array.isArray(x) ? [...x] : [];
    while (list.length < key) list.push(null);
    list[key] = setIn(list[key], rest, value);
    return list;
  }
  const obj: Record<string, unknown> = isRecord(x) ? { ...x } : {};
  return put(obj, key, setIn(Object.hasOwn(obj, key) ? obj[key] : undefined, rest, value));
}

/** The draft without the field at `path` (unchanged if there is none). */
export function deleteIn(x: unknown, path: Path): unknown {
  if (path.length === 0 || getIn(x, path) === undefined) return x;
  const [key, ...rest] = path as [string | number, ...Path];
  if (rest.length > 0) return setIn(x, [key], deleteIn(getIn(x, [key]), rest));
  if (Array.isArray(x)) return x.filter((_, i) => i !== key);
  if (!isRecord(x)) return x;
  const kept = { ...x };
  delete kept[key];
  return kept;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
/** 25 → 0.25, 33.3 → 0.333 (not 0.33299999999999996). */
export const fromPercent = (n: number): number => Number((n / 100).toPrecision(15));

/** What a box shows for a value: % for a fraction, six decimals at most, text as it was typed. */
export function cellText(value: unknown, kind: CellKind): string {
  const v = isRecord(value) && 'value' in value ? value.value : value;
  if (typeof v === 'number') return Number.isFinite(v) ? String(round6(kind === 'percent' ? v * 100 : v)) : '';
  return typeof v === 'string' ? v : '';
}

/** What is kept for typed text: a number where it reads as one (a fraction for %), else the text itself. */
export function typedValue(text: string, kind: CellKind): number | string {
  if (kind === 'text') return text;
  const n = readNumber(text);
  if (n === null) return text;
  return kind === 'percent' ? fromPercent(n) : n;
}

/** The draft with a box's typed text at `path`; a figure given with its source keeps the source. */
export function setCell(draft: unknown, path: Path, kind: CellKind, text: string, optional = false): unknown {
  if (optional && text.trim() === '') return deleteIn(draft, path);
  const value = typedValue(text, kind);
  const current = getIn(draft, path);
  return setIn(draft, path, kind !== 'text' && isRecord(current) && 'value' in current ? { ...current, value } : value);
}

const zeros = (n: number) => Array.from({ length: n }, () => 0);

/** A theme of zeros with an id and name no other theme has. */
export function newTheme(draft: unknown): Record<string, unknown> {
  const themes = listAt(draft, ['themes']);
  const ids = new Set(themes.map((t) => getIn(t, ['id'])));
  let n = themes.length + 1;
  while (ids.has(`theme-${n}`)) n += 1;
  const years = draftYears(draft);
  const scenario = () => ({ profile: zeros(years), grossBenefit: 0, costs: zeros(years), ongoingCost: 0 });
  return { id: `theme-${n}`, name: `Theme ${n}`, addressableSpend: 0, shares: {}, scenarios: { base: scenario(), ...(draftHasPrudent(draft) ? { prudent: scenario() } : {}) } };
}

/** The draft with a theme added at the end (a new one of zeros unless given); a case with a prudent scenario gets base copied into it. */
export function addTheme(draft: unknown, theme: CaseTheme | Record<string, unknown> = newTheme(draft)): unknown {
  const base = getIn(theme, ['scenarios', 'base']);
  const added = draftHasPrudent(draft) && getIn(theme, ['scenarios', 'prudent']) === undefined && base !== undefined ? setIn(theme, ['scenarios', 'prudent'], copy(base)) : theme;
  return setIn(draft, ['themes'], [...listAt(draft, ['themes']), added]);
}

export const removeTheme = (draft: unknown, row: number): unknown => setIn(draft, ['themes'], listAt(draft, ['themes']).filter((_, i) => i !== row));

/** A new central partner with an id no other has. */
export function addPartner(draft: unknown): unknown {
  const partners = listAt(draft, ['partners']);
  const ids = new Set(partnerIds(draft));
  let n = partners.length + 1;
  while (ids.has(`P${n}`)) n += 1;
  return setIn(draft, ['partners'], [...partners, { id: `P${n}`, name: `Partner ${n}`, local: false }]);
}

/** Each theme's shares through `change` (themes whose shares are not an object are left alone). */
const mapShares = (draft: unknown, change: (shares: Record<string, unknown>) => Record<string, unknown>): unknown =>
  setIn(
    draft,
    ['themes'],
    listAt(draft, ['themes']).map((t) => {
      const shares = getIn(t, ['shares']);
      return isRecord(shares) ? setIn(t, ['shares'], change(shares)) : t;
    }),
  );

/** The draft without partner `index`, and without its shares unless another partner has the same id. */
export function removePartner(draft: unknown, index: number): unknown {
  const ids = partnerIds(draft);
  const id = ids[index];
  const next = setIn(draft, ['partners'], listAt(draft, ['partners']).filter((_, i) => i !== index));
  if (id === undefined || ids.some((other, i) => i !== index && other === id)) return next;
  return mapShares(next, (shares) => (Object.hasOwn(shares, id) ? (deleteIn(shares, [id]) as Record<string, unknown>) : shares));
}

/**
 * The draft with partner `index` given a new id as typed, its shares following it. Shares stay where
 * they are if another partner has the old id or already has the new one (typing "NH" on the way to
 * "NHS" beside a partner "NH" must not take that partner's shares).
 */
export function renamePartner(draft: unknown, index: number, id: string): unknown {
  const ids = partnerIds(draft);
  const old = ids[index];
  const next = setIn(draft, ['partners', index, 'id'], id);
  const clash = ids.some((other, i) => i !== index && (other === old || other === id));
  if (old === undefined || old === id || clash) return next;
  return mapShares(next, (shares) => {
    if (!Object.hasOwn(shares, old) || Object.hasOwn(shares, id)) return shares;
    const renamed: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(shares)) put(renamed, k === old ? id : k, v);
    return renamed;
  });
}

const SERIES = ['profile', 'costs'] as const;

/** Every theme's realisation and costs made `years` long: trimmed, or carried on with each one's last value. */
export function setYears(draft: unknown, years: number): unknown {
  const fit = (list: unknown): unknown[] => {
    const values = Array.isArray(list) ? list : [];
    if (values.length >= years) return values.slice(0, years);
    const last = values.length ? values[values.length - 1] : 0;
    return [...values, ...Array.from({ length: years - values.length }, () => copy(last ?? 0))];
  };
  const themes = listAt(draft, ['themes']).map((theme) => {
    let t = theme;
    for (const sc of ['base', 'prudent'] as const) {
      if (!isRecord(getIn(t, ['scenarios', sc]))) continue;
      for (const f of SERIES) t = setIn(t, ['scenarios', sc, f], fit(getIn(t, ['scenarios', sc, f])));
    }
    return t;
  });
  return setIn(draft, ['themes'], themes);
}

/** With a prudent scenario: each theme without one gets a copy of its base. Without: every prudent scenario goes. */
export function setPrudent(draft: unknown, on: boolean): unknown {
  const themes = listAt(draft, ['themes']).map((t) => {
    const base = getIn(t, ['scenarios', 'base']);
    if (!on) return deleteIn(t, ['scenarios', 'prudent']);
    return getIn(t, ['scenarios', 'prudent']) === undefined && base !== undefined ? setIn(t, ['scenarios', 'prudent'], copy(base)) : t;
  });
  return setIn(draft, ['themes'], themes);
}

/**
 * A block pasted at theme `row`, column `col` of a grid: each cell in turn to the right and down, as if
 * typed, read-only columns passed over, cells past the last column dropped, and themes added for rows
 * past the last (up to the most a case may have).
 */
export function pasteBlock(draft: unknown, columns: readonly GridColumn[], row: number, col: number, block: readonly (readonly string[])[]): unknown {
  let next = draft;
  for (const [r, cells] of block.entries()) {
    const at = row + r;
    if (at >= CASE_LIMITS.maxThemes) break;
    while (listAt(next, ['themes']).length <= at) next = addTheme(next);
    for (const [c, text] of cells.entries()) {
      const column = columns[col + c];
      if (!column) break;
      if (!column.readOnly) next = setCell(next, column.path(at), column.kind, text.trim(), column.optional);
    }
  }
  return next;
}
