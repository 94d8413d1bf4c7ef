import { draftHasPrudent, getIn, isRecord, listAt, partnerIds, type Path } from './draftRead';

// The builder's grids as columns over theme rows, and the cells of the whole page, so each problem
// `checkCase` finds (a path into the document) can be shown beside the box it is about.

export type Scenario = 'base' | 'prudent';
/** text: typed as is; money: an amount; percent: shown and typed as %, kept as a fraction. */
export type CellKind = 'text' | 'money' | 'percent';

export interface GridColumn {
  key: string;
  /** The column's heading. */
  head: string;
  /** Words for the box's accessible name after the row's name: "costs 2026-27". */
  label: string;
  kind: CellKind;
  /** A blank box removes the field rather than keeping "" (the format lets it be left out). */
  optional?: boolean;
  /** Where the column's value for theme `row` is in the document. */
  path: (row: number) => Path;
  /** Read-only: shown, never written (a paste goes past it). */
  readOnly?: boolean;
}

const scenarioPath = (sc: Scenario, row: number, ...rest: Path): Path => ['themes', row, 'scenarios', sc, ...rest];

/**
 * A scenario's columns. The base table holds the theme's own fields (id, name, addressable spend);
 * the prudent one begins with the theme's name, read-only, so each field has one box on the page.
 */
export function themeColumns(sc: Scenario, years: readonly string[], money: string): GridColumn[] {
  const own: GridColumn[] =
    sc === 'base'
      ? [
          { key: 'id', head: 'Id', label: 'id', kind: 'text', path: (r) => ['themes', r, 'id'] },
          { key: 'name', head: 'Name', label: 'name', kind: 'text', path: (r) => ['themes', r, 'name'] },
          { key: 'addressableSpend', head: `Addressable spend (${money} a year)`, label: `addressable spend (${money} a year)`, kind: 'money', optional: true, path: (r) => ['themes', r, 'addressableSpend'] },
        ]
      : [{ key: 'name', head: 'Theme', label: 'name', kind: 'text', readOnly: true, path: (r) => ['themes', r, 'name'] }];
  return [
    ...own,
    { key: 'grossBenefit', head: `Full yearly benefit (${money})`, label: `full yearly benefit (${money})`, kind: 'money', path: (r) => scenarioPath(sc, r, 'grossBenefit') },
    { key: 'ongoingCost', head: `Ongoing cost (${money} a year)`, label: `ongoing cost (${money} a year)`, kind: 'money', optional: true, path: (r) => scenarioPath(sc, r, 'ongoingCost') },
    ...years.map((y, i): GridColumn => ({ key: `profile-${i}`, head: y, label: `realisation ${y} (%)`, kind: 'percent', path: (r) => scenarioPath(sc, r, 'profile', i) })),
    ...years.map((y, i): GridColumn => ({ key: `costs-${i}`, head: y, label: `costs ${y}`, kind: 'money', path: (r) => scenarioPath(sc, r, 'costs', i) })),
  ];
}

/** The shares table: the theme's name, then one column a partner, in %. */
export function shareColumns(ids: readonly string[], names: readonly string[]): GridColumn[] {
  return [
    { key: 'name', head: 'Theme', label: 'name', kind: 'text', readOnly: true, path: (r) => ['themes', r, 'name'] },
    ...ids.map((id, i): GridColumn => ({ key: `share-${i}`, head: names[i] ?? id, label: `share to ${names[i] ?? id} (%)`, kind: 'percent', optional: true, path: (r) => ['themes', r, 'shares', id] })),
  ];
}

/** The same path always gives the same key (a partner id may hold any character). */
export const cellKey = (path: Path): string => JSON.stringify(path);

/** An element id for a cell, from its path: letters, digits and hyphens kept, anything else escaped. */
export const cellDomId = (path: Path): string =>
  `case-cell.${path.map((p) => String(p).replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)).join('.')}`;

/** The row whose shares add up, shown in the shares table's total column. */
export const shareTotalPath = (row: number): Path => ['themes', row, 'shares'];

export const DETAIL_PATHS: Path[] = [['name'], ['money'], ['firstYear']];
export const PARTNER_FIELDS = ['id', 'name', 'local'] as const;

/** Every place on the page a problem can be shown beside, for the draft as it is laid out. */
export function pageCells(draft: unknown, years: readonly string[]): Path[] {
  const themes = listAt(draft, ['themes']).length;
  const partners = listAt(draft, ['partners']).length;
  const ids = partnerIds(draft);
  const grids = [themeColumns('base', years, ''), ...(draftHasPrudent(draft) ? [themeColumns('prudent', years, '')] : []), shareColumns(ids, ids)];
  const cells: Path[] = [...DETAIL_PATHS];
  for (let p = 0; p < partners; p++) for (const f of PARTNER_FIELDS) cells.push(['partners', p, f]);
  for (let r = 0; r < themes; r++) {
    for (const cols of grids) for (const c of cols) if (!c.readOnly) cells.push(c.path(r));
    cells.push(shareTotalPath(r));
  }
  return cells;
}

export interface LocatedProblems {
  /** Cell key → its messages. */
  byCell: Map<string, string[]>;
  /** Problems that belong to no box, in order. */
  loose: { path: Path; message: string }[];
  /** The path of the cell of the first problem, if it has one; null if it is loose (or there are none). */
  first: Path | null;
}

/** Each problem at the deepest cell its path falls in ("costs.2.value" is the costs.2 box's), or loose. */
export function locateProblems(problems: readonly { path: Path; message: string }[], cells: readonly Path[]): LocatedProblems {
  const known = new Set(cells.map(cellKey));
  const byCell = new Map<string, string[]>();
  const loose: LocatedProblems['loose'] = [];
  let first: Path | null = null;
  for (const [i, p] of problems.entries()) {
    let at: Path | null = null;
    for (let n = p.path.length; n > 0 && !at; n--) if (known.has(cellKey(p.path.slice(0, n)))) at = p.path.slice(0, n);
    if (at) {
      const key = cellKey(at);
      byCell.set(key, [...(byCell.get(key) ?? []), p.message]);
      if (i === 0) first = at;
    } else loose.push({ path: [...p.path], message: p.message });
  }
  return { byCell, loose, first };
}

const FIELD_WORDS: Record<string, string> = {
  scenarios: '',
  base: 'base scenario',
  prudent: 'prudent scenario',
  profile: 'realisation',
  costs: 'costs',
  grossBenefit: 'full yearly benefit',
  ongoingCost: 'ongoing cost',
  addressableSpend: 'addressable spend',
  shares: 'shares',
  id: 'id',
  name: 'name',
  local: 'local',
  firstYear: 'first year',
  money: 'money unit',
  format: 'format',
  version: 'version',
  description: 'description',
};

/** Where a problem is, in words: "Early help, base scenario, costs, 2026-27". */
export function placeOf(path: Path, draft: unknown, years: readonly string[]): string {
  if (path.length === 0) return 'The case';
  const [head, index, ...rest] = path;
  const words: string[] = [];
  let tail: Path = [index, ...rest].filter((p) => p !== undefined);
  if ((head === 'themes' || head === 'partners') && typeof index === 'number') {
    const raw = getIn(draft, [head, index, 'name']);
    words.push(typeof raw === 'string' && raw.trim() ? raw.trim() : `${head === 'themes' ? 'Theme' : 'Partner'} ${index + 1}`);
    tail = rest;
  } else words.push(head === 'themes' ? 'Themes' : head === 'partners' ? 'Partners' : (FIELD_WORDS[String(head)] ?? String(head)));
  let series = false;
  for (const p of tail) {
    if (typeof p === 'number' && series) words.push(years[p] ?? `year ${p + 1}`);
    else if (typeof p === 'string' && p in FIELD_WORDS) words.push(FIELD_WORDS[p]!);
    else words.push(String(p));
    series = p === 'profile' || p === 'costs';
  }
  const text = words.filter(Boolean).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const figureOf = (value: unknown): unknown => (isRecord(value) && 'value' in value ? value.value : value);

/** The message beside a box: what was typed, when it is not a number, else the check's own words. */
export function cellMessage(kind: CellKind, value: unknown, messages: readonly string[]): string {
  const v = figureOf(value);
  if (kind !== 'text' && typeof v === 'string') return v.trim() === '' ? 'Type a number: this box must not be blank.' : `“${v.length > 40 ? `${v.slice(0, 39)}…` : v}” is not a number.`;
  const words = messages.map((m) => {
    if (m === 'Invalid input') return kind === 'text' ? 'not valid here' : 'must be a number';
    // Shares are typed in %, so say their bounds in %.
    return kind === 'percent' ? m.replace('a share from 0 to 1', 'a share from 0% to 100%') : m;
  });
  return [...new Set(words)].map((m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}${/[.!?]$/.test(m) ? '' : '.'}`).join(' ');
}
