import { CASE_LIMITS, CASE_YEARS, isFinancialYear } from '../../model';

// Reading the case being built, which may be any JSON (it is kept as typed, and a browser's storage
// can hold anything): every reader here takes unknown and never throws.

export type Path = (string | number)[];
export type Json = unknown;

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The value at `path`, or undefined where the draft has no such place. */
export function getIn(x: unknown, path: readonly (string | number)[]): unknown {
  let at = x;
  for (const key of path) {
    if (Array.isArray(at) && typeof key === 'number') at = at[key];
    else if (isRecord(at) && typeof key === 'string' && Object.hasOwn(at, key)) at = at[key];
    else return undefined;
  }
  return at;
}

export const listAt = (x: unknown, path: readonly (string | number)[]): unknown[] => {
  const v = getIn(x, path);
  return Array.isArray(v) ? v : [];
};

export type DraftStatus = 'empty' | 'readable' | 'unreadable';

/**
 * Whether the page can lay the draft out: nothing yet, a case with lists of themes and partners (its
 * values may still be wrong: the checks say where), or something else, which is kept but not shown.
 */
export function draftStatus(draft: unknown): DraftStatus {
  if (draft === null || draft === undefined) return 'empty';
  if (!isRecord(draft)) return 'unreadable';
  const { themes, partners } = draft;
  if (!Array.isArray(themes) || !Array.isArray(partners)) return 'unreadable';
  if (themes.length > CASE_LIMITS.maxThemes || partners.length > CASE_LIMITS.maxPartners) return 'unreadable';
  return 'readable';
}

/** The years the grid shows: as many as the first theme's base realisation gives, up to the most a case may have. */
export function draftYears(draft: unknown): number {
  const first = getIn(draft, ['themes', 0, 'scenarios', 'base']);
  const profile = getIn(first, ['profile']);
  const costs = getIn(first, ['costs']);
  const n = Array.isArray(profile) ? profile.length : Array.isArray(costs) ? costs.length : CASE_YEARS.minYears;
  return Math.min(n, CASE_YEARS.maxYears);
}

/** Financial year `index` years after `first`: 2025-26 + 2 = 2027-28. */
export function yearAfter(first: string, index: number): string {
  const start = Number(first.slice(0, 4)) + index;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The grid's year headings: financial years when the first year is one, else "Year 1", "Year 2"… */
export function yearLabels(draft: unknown): string[] {
  const first = getIn(draft, ['firstYear']);
  const known = typeof first === 'string' && isFinancialYear(first);
  return Array.from({ length: draftYears(draft) }, (_, i) => (known ? yearAfter(first, i) : `Year ${i + 1}`));
}

/** Whether any theme gives a prudent scenario. */
export const draftHasPrudent = (draft: unknown): boolean => listAt(draft, ['themes']).some((t) => getIn(t, ['scenarios', 'prudent']) !== undefined);

const named = (x: unknown, fallback: string) => (typeof x === 'string' && x.trim() ? x.trim() : fallback);

/** A theme's name for labels, or "Theme 3" while it has none. */
export const themeLabel = (draft: unknown, i: number): string => named(getIn(draft, ['themes', i, 'name']), `Theme ${i + 1}`);
export const partnerLabel = (draft: unknown, i: number): string => named(getIn(draft, ['partners', i, 'name']), named(getIn(draft, ['partners', i, 'id']), `Partner ${i + 1}`));

/** Each partner's id as text ('' when it has none). */
export const partnerIds = (draft: unknown): string[] =>
  listAt(draft, ['partners']).map((p) => {
    const id = getIn(p, ['id']);
    return typeof id === 'string' ? id : '';
  });

/** The money unit to label amounts with: the case's, or "money" while it has none that is known. */
export const moneyLabel = (draft: unknown): string => {
  const m = getIn(draft, ['money']);
  return m === '£m' || m === '£bn' ? m : 'money';
};
