// A place's own case (caseFile.ts) as an Excel template an officer fills in and imports back.
//
// Layout: every sheet but "Read me" has its headings in row 1 and one record a row below; blank rows
// are skipped, and a heading's words in brackets (units, hints) are not read, so "Budget (£m a year)"
// and "Budget (£bn a year)" are the same column.
//   Read me           how to fill it in (not read back)
//   Case              Field | Value | Guidance: rows Name, Id, Money unit, First year, Description
//   Partners          Id | Name | Local (yes/no) | Budget | Budget kind (DEL/AME) | Source
//   Themes            Id | Name | Short name | Status | Addressable spend | Source | Note
//   Shares            Theme id | one column per partner id | Source (a blank cell: no share)
//   Share ranges      Theme id | one column per partner id, cells such as "0.2 to 0.4" (only if used)
//   Base scenario     Theme id | Field | Value | Source | one column per year (2025-26, 2026-27, …)
//   Prudent scenario  the same; left blank (or deleted) for a case with one scenario
// On a scenario sheet each theme has four rows: Realisation profile and Costs fill the year columns,
// Gross benefit and Ongoing cost fill Value. Sources: one a row, for every figure in that row; a row
// whose figures had different sources gets them joined with "; " (so a workbook read back and written
// again is unchanged).
import Decimal from 'decimal.js';
import type { Cell } from 'write-excel-file/browser';
import {
  CASE_FORMAT,
  CASE_FORMAT_VERSION,
  checkCase,
  docYears,
  figureSource,
  figureValue,
  type CaseCheck,
  type CaseDoc,
  type CaseProblem,
  type CaseScenario,
  type Figure,
  type ShareFigure,
} from '../../model/caseFile';
import { isFinancialYear } from '../../model/linkParams';
import { financialYear } from '../../model/years';

/** One sheet as write-excel-file's multi-sheet call takes it. */
export interface CaseSheet {
  sheet: string;
  columns: { width: number }[];
  data: Cell[][];
  stickyRowsCount?: number;
}

export const SHEETS = {
  readMe: 'Read me',
  case: 'Case',
  partners: 'Partners',
  themes: 'Themes',
  shares: 'Shares',
  ranges: 'Share ranges',
  base: 'Base scenario',
  prudent: 'Prudent scenario',
} as const;
const SCENARIO_SHEET = { base: SHEETS.base, prudent: SHEETS.prudent } as const;

const CASE_FIELDS = [
  ['name', 'Name', 'The case’s name, as the app shows it'],
  ['id', 'Id', 'Optional: a short id (a letter, then letters, digits or hyphens)'],
  ['money', 'Money unit', '£m or £bn: every amount in this workbook is in this unit'],
  ['firstYear', 'First year', 'The first financial year of the case, such as 2025-26'],
  ['description', 'Description', 'Optional: a few lines on what the case covers'],
] as const;
const SCENARIO_FIELDS = [
  ['profile', 'Realisation profile'],
  ['costs', 'Costs'],
  ['grossBenefit', 'Gross benefit'],
  ['ongoingCost', 'Ongoing cost'],
] as const;
type ScenarioField = (typeof SCENARIO_FIELDS)[number][0];

const heads = {
  case: ['Field', 'Value', 'Guidance'],
  partners: (u: string) => ['Id', 'Name', 'Local (yes/no)', `Budget (${u} a year)`, 'Budget kind (DEL/AME)', 'Source'],
  themes: (u: string) => ['Id', 'Name', 'Short name', 'Status (aggregated/indicative)', `Addressable spend (${u} a year)`, 'Source', 'Note'],
  scenario: ['Theme id', 'Field', 'Value', 'Source'],
};

// ---- Writing ----

const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' as const });
const text = (value: string | undefined): Cell => (value ? { value, type: String } : null);
const num = (value: number | undefined): Cell => (value === undefined ? null : { value, type: Number });
/** A row's one source: its figures' sources, each once. */
const rowSource = (figures: readonly (Figure | ShareFigure | undefined)[]): string | undefined =>
  [...new Set(figures.map(figureSource).filter((s): s is string => Boolean(s)))].join('; ') || undefined;
const rangeText = (s: ShareFigure | undefined) => (typeof s === 'object' && s.range ? `${s.range[0]} to ${s.range[1]}` : undefined);
const table = (sheet: string, widths: number[], head: string[], rows: Cell[][]): CaseSheet => ({
  sheet,
  columns: widths.map((width) => ({ width })),
  data: [head.map(bold), ...rows],
  stickyRowsCount: 1,
});

function readMe(doc: CaseDoc): string[] {
  const u = doc.money;
  return [
    `Business case template: ${doc.name}`,
    'Fill in this workbook in Excel, save it as an Excel Workbook (.xlsx) and import it into the Community Budgets Explorer. Keep the sheets, their names and the headings in row 1 of each sheet; add or delete rows as you need. Blank rows are skipped.',
    `Money: every amount is in ${u}, the money unit on the Case sheet. Type plain numbers, without a £ sign (12.5, not £12.5m).`,
    'Fractions: realisation profiles and shares are fractions, typed as decimals (0.25) or as percentages (25%). A profile may go above 1 (up to 2), a share from 0 to 1.',
    'Ids: themes and partners have short ids (a letter, then letters, digits or hyphens, such as hsc or DWP). The other sheets name them by id.',
    'Sources: say where each figure comes from in the Source column. A source applies to every figure in its row.',
    `Case: the case’s name, the money unit (£m or £bn), the first financial year (now ${doc.firstYear}) and an optional description.`,
    'Partners: one row a partner. Local is yes for a local partner, no for a central one. The budget is optional; its kind is DEL or AME.',
    'Themes: one row a theme. Short name, status, addressable spend and note are optional.',
    'Shares: one row a theme, one column a partner (headed with its id): each partner’s share of the theme’s savings. Leave a cell blank for no share; a theme’s shares add up to at most 100%.',
    'Share ranges (optional sheet): the same grid, each cell a range such as 0.2 to 0.4 around the share.',
    `Base scenario: four rows a theme. Realisation profile (the share of the gross benefit realised each year) and Costs (${u} each year) fill the year columns; Gross benefit (${u} a year at full realisation) and Ongoing cost (${u} a year after the years shown; optional) go in Value.`,
    'Prudent scenario: the same for a cautious case. Leave its figures blank, or delete the sheet, for a case with one scenario; otherwise give it for every theme.',
    `Years: the year columns run from the first year on the Case sheet, one a column (this case has ${docYears(doc)}; a case has 5 to 30). To add a year, add a column headed with the next year on both scenario sheets; if you change the first year, change the year headings too.`,
  ];
}

/** The workbook for a case: sheet names and rows in write-excel-file's shape. */
export function caseWorkbookSheets(doc: CaseDoc): CaseSheet[] {
  const u = doc.money;
  const years = Array.from({ length: docYears(doc) }, (_, i) => financialYear(doc.firstYear, i));
  const partnerIds = doc.partners.map((p) => p.id);
  const hasRanges = doc.themes.some((t) => Object.values(t.shares).some(rangeText));
  const scenarioRows = (sc: 'base' | 'prudent'): Cell[][] =>
    doc.themes.flatMap((t) => {
      const s: Partial<CaseScenario> = t.scenarios[sc] ?? {};
      return SCENARIO_FIELDS.map(([key, label]) => {
        const f = s[key];
        return Array.isArray(f)
          ? [text(t.id), text(label), null, text(rowSource(f)), ...f.map((v) => num(figureValue(v)))]
          : [text(t.id), text(label), num(f === undefined ? undefined : figureValue(f)), text(figureSource(f))];
      });
    });
  const byPartner = (widths: number[]) => [12, ...partnerIds.map(() => 12), ...widths];
  return [
    { sheet: SHEETS.readMe, columns: [{ width: 110 }], data: readMe(doc).map((line, i) => [i === 0 ? bold(line) : { value: line, type: String, wrap: true }]) },
    table(SHEETS.case, [16, 40, 60], heads.case, CASE_FIELDS.map(([key, label, guidance]) => [text(label), text(doc[key]), text(guidance)])),
    table(
      SHEETS.partners,
      [12, 36, 14, 18, 20, 50],
      heads.partners(u),
      doc.partners.map((p) => [
        text(p.id),
        text(p.name),
        text(p.local ? 'yes' : 'no'),
        num(p.budget === undefined ? undefined : figureValue(p.budget)),
        text(typeof p.budget === 'object' ? p.budget.kind : undefined),
        text(figureSource(p.budget)),
      ]),
    ),
    table(
      SHEETS.themes,
      [12, 36, 20, 16, 20, 50, 50],
      heads.themes(u),
      doc.themes.map((t) => [
        text(t.id),
        text(t.name),
        text(t.shortName),
        text(t.status),
        num(t.addressableSpend === undefined ? undefined : figureValue(t.addressableSpend)),
        text(figureSource(t.addressableSpend)),
        text(t.note),
      ]),
    ),
    table(
      SHEETS.shares,
      byPartner([50]),
      ['Theme id', ...partnerIds, 'Source'],
      doc.themes.map((t) => [
        text(t.id),
        ...partnerIds.map((p) => num(t.shares[p] === undefined ? undefined : figureValue(t.shares[p]))),
        text(rowSource(Object.values(t.shares))),
      ]),
    ),
    ...(hasRanges ? [table(SHEETS.ranges, byPartner([]), ['Theme id', ...partnerIds], doc.themes.map((t) => [text(t.id), ...partnerIds.map((p) => text(rangeText(t.shares[p])))]))] : []),
    ...(['base', 'prudent'] as const).map((sc) => table(SCENARIO_SHEET[sc], [12, 22, 14, 40, ...years.map(() => 10)], [...heads.scenario, ...years], scenarioRows(sc))),
  ];
}

// ---- Reading ----

interface Row {
  /** The row's number in Excel. */
  n: number;
  cells: unknown[];
}
interface Table {
  sheet: string;
  head: string[];
  rows: Row[];
}

/** A heading as compared: words in brackets dropped, case and spacing ignored. */
const norm = (s: string) => s.replace(/\(.*?\)/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();
const letters = (i: number): string => (i >= 26 ? letters(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
const blank = (c: unknown) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/** A candidate case from a workbook's rows; every cell it cannot read is a problem naming the cell. */
export function caseFromWorkbook(sheets: Record<string, unknown[][]>, file: string): CaseCheck {
  const problems: CaseProblem[] = [];
  const fail = (at: string, message: string) => void problems.push({ path: [], message: `${at}: ${message}` });
  // Where each part of the candidate came from, to name the cell when checkCase finds a problem.
  const where = new Map<string, string>();
  const mark = (path: (string | number)[], at: string) => where.set(path.join('.'), at);
  const cellAt = (t: Table, n: number, col: number) => `${t.sheet}, row ${n}, column ${t.head[col] || letters(col)}`;

  const byName = new Map(Object.entries(sheets).map(([name, rows]) => [name.trim().toLowerCase(), rows]));
  /** A sheet's headings (the first `fixed` as given) and its non-blank rows; null if it is missing. */
  const readTable = (sheet: string, fixed: readonly string[], optional = false): Table | null => {
    const raw = byName.get(sheet.toLowerCase());
    if (!raw) {
      if (!optional) fail(sheet, `the workbook has no "${sheet}" sheet: keep the template’s sheets and their names`);
      return null;
    }
    const rows = raw.map((r) => (Array.isArray(r) ? (r as unknown[]) : []));
    const head = (rows[0] ?? []).map((c) => (blank(c) ? '' : String(c).trim()));
    while (head.length && !head.at(-1)) head.pop();
    fixed.forEach((h, i) => {
      if (norm(head[i] ?? '') !== norm(h)) fail(`${sheet}, row 1, column ${letters(i)}`, `the heading should be "${h}", not ${head[i] ? `"${head[i]}"` : 'blank'}`);
    });
    const t: Table = { sheet, head: head.map((h, i) => (i < fixed.length ? fixed[i]!.replace(/\s*\(.*\)$/, '') : h)), rows: [] };
    rows.slice(1).forEach((cells, i) => {
      if (cells.every(blank)) return;
      cells.forEach((c, col) => col >= head.length && !blank(c) && fail(`${sheet}, row ${i + 2}, column ${letters(col)}`, 'this cell is outside the table (its column has no heading)'));
      t.rows.push({ n: i + 2, cells });
    });
    return t;
  };
  const noMoreColumns = (t: Table, count: number) =>
    t.head.slice(count).forEach((h, i) => h && fail(`${t.sheet}, row 1, column ${letters(count + i)}`, `"${h}" is not a column of this sheet`));

  const textOf = (at: string, c: unknown): string | undefined => {
    if (blank(c)) return undefined;
    if (c instanceof Date) return void fail(at, 'this cell is a date: type it as text (start with an apostrophe, as in \'2025-26)');
    return String(c).trim();
  };
  /** A number, or a fraction that may be given as a percentage; undefined if blank. */
  const numberOf = (at: string, c: unknown, fraction: boolean): number | undefined => {
    if (blank(c)) return undefined;
    if (typeof c === 'number' && Number.isFinite(c)) return c;
    if (typeof c === 'string') {
      let s = c.replace(/\s/g, '');
      if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?%?$/.test(s)) s = s.replace(/,/g, '');
      const percent = fraction && s.endsWith('%');
      if (percent) s = s.slice(0, -1);
      if (NUMBER.test(s)) return percent ? new Decimal(s).div(100).toNumber() : Number(s);
    }
    fail(at, `${c instanceof Date ? 'a date' : typeof c === 'string' ? `"${c}"` : String(c)} is not a number${fraction ? ' (type a decimal such as 0.25, or 25%)' : ''}`);
    return 0;
  };
  /** A figure from a value and its row's source; a source without a value is a mistake. */
  const figureOf = (at: string, c: unknown, source: string | undefined, fraction: boolean, required: boolean): Figure | undefined => {
    const value = numberOf(at, c, fraction);
    if (value === undefined) {
      if (required) fail(at, 'a number is needed here');
      return undefined;
    }
    return source === undefined ? value : { value, source };
  };
  const sourceOf = (t: Table, r: Row, col: number) => textOf(cellAt(t, r.n, col), r.cells[col]);

  const doc: Record<string, unknown> = { format: CASE_FORMAT, version: CASE_FORMAT_VERSION };

  const caseTable = readTable(SHEETS.case, heads.case);
  for (const [key] of CASE_FIELDS) mark([key], SHEETS.case);
  for (const r of caseTable?.rows ?? []) {
    const label = textOf(cellAt(caseTable!, r.n, 0), r.cells[0]) ?? '';
    const field = CASE_FIELDS.find(([key, name]) => norm(label) === norm(name) || label === key);
    if (!field) {
      fail(cellAt(caseTable!, r.n, 0), `"${label}" is not a field of the case (${CASE_FIELDS.map((f) => f[1]).join(', ')})`);
      continue;
    }
    if (field[0] in doc) fail(cellAt(caseTable!, r.n, 0), `${field[1]} is given twice`);
    const value = textOf(cellAt(caseTable!, r.n, 1), r.cells[1]);
    if (value !== undefined) doc[field[0]] = value;
    mark([field[0]], cellAt(caseTable!, r.n, 1));
  }
  const firstYear = typeof doc.firstYear === 'string' && isFinancialYear(doc.firstYear) ? doc.firstYear : undefined;

  const unit = typeof doc.money === 'string' ? doc.money : '£m';
  const partnerTable = readTable(SHEETS.partners, heads.partners(unit));
  mark(['partners'], SHEETS.partners);
  const partners = (partnerTable?.rows ?? []).map((r, i) => {
    const t = partnerTable!;
    const at = (col: number) => cellAt(t, r.n, col);
    const local = r.cells[2];
    const yes = typeof local === 'boolean' ? local : ({ yes: true, y: true, true: true, no: false, n: false, false: false } as Record<string, boolean>)[String(local ?? '').trim().toLowerCase()];
    if (yes === undefined) fail(at(2), blank(local) ? 'say yes (a local partner) or no (a central one)' : `"${String(local)}" is not yes or no`);
    const kind = textOf(at(4), r.cells[4]);
    const budget = figureOf(at(3), r.cells[3], sourceOf(t, r, 5), false, false);
    if (budget === undefined && kind !== undefined) fail(at(4), 'a budget kind is given but no budget');
    ['id', 'name', 'local', 'budget'].forEach((k, col) => mark(['partners', i, k], at(col)));
    mark(['partners', i], `${t.sheet}, row ${r.n}`);
    mark(['partners', i, 'budget', 'kind'], at(4));
    mark(['partners', i, 'budget', 'source'], at(5));
    return {
      id: textOf(at(0), r.cells[0]),
      name: textOf(at(1), r.cells[1]),
      local: yes,
      ...(budget === undefined ? {} : { budget: kind === undefined ? budget : { ...(typeof budget === 'object' ? budget : { value: budget }), kind } }),
    };
  });
  if (partnerTable) noMoreColumns(partnerTable, 6);
  doc.partners = partners;

  const themeTable = readTable(SHEETS.themes, heads.themes(unit));
  mark(['themes'], SHEETS.themes);
  const themes = (themeTable?.rows ?? []).map((r, i) => {
    const t = themeTable!;
    const at = (col: number) => cellAt(t, r.n, col);
    const optional = (key: string, col: number) => {
      const value = textOf(at(col), r.cells[col]);
      return value === undefined ? {} : { [key]: value };
    };
    const spend = figureOf(at(4), r.cells[4], sourceOf(t, r, 5), false, false);
    ['id', 'name', 'shortName', 'status', 'addressableSpend'].forEach((k, col) => mark(['themes', i, k], at(col)));
    mark(['themes', i], `${t.sheet}, row ${r.n}`);
    mark(['themes', i, 'addressableSpend', 'source'], at(5));
    mark(['themes', i, 'note'], at(6));
    return {
      id: textOf(at(0), r.cells[0]),
      name: textOf(at(1), r.cells[1]),
      ...optional('shortName', 2),
      ...optional('status', 3),
      ...(spend === undefined ? {} : { addressableSpend: spend }),
      shares: {} as Record<string, ShareFigure>,
      scenarios: {} as Record<string, Partial<Record<ScenarioField, unknown>>>,
      ...optional('note', 6),
    };
  });
  if (themeTable) noMoreColumns(themeTable, 7);
  doc.themes = themes;

  const themeIndex = new Map(themes.map((th, i) => [th.id, i]));
  const partnerIds = new Set(partners.map((p) => p.id));
  /** The theme a row is for (once per theme, or per theme and field); undefined, with a problem, otherwise. */
  const themeOf = (t: Table, r: Row, seen: Set<string>, field?: readonly [string, string]): number | undefined => {
    const id = textOf(cellAt(t, r.n, 0), r.cells[0]) ?? '';
    const i = themeIndex.get(id);
    if (i === undefined) return void fail(cellAt(t, r.n, 0), id ? `"${id}" is not a theme id on the Themes sheet` : 'a theme id is needed here');
    const key = `${id}|${field?.[0] ?? ''}`;
    if (seen.has(key)) return void fail(`${t.sheet}, row ${r.n}`, `theme "${id}" already has ${field ? `a ${field[1]} row` : 'a row'} above`);
    seen.add(key);
    return i;
  };
  /** Partner columns: their headings must be partner ids from the Partners sheet. */
  const partnerColumns = (t: Table, end: number) =>
    t.head.slice(1, end).map((id, j) => {
      if (!partnerIds.has(id) || t.head.indexOf(id, 1) !== j + 1) fail(`${t.sheet}, row 1, column ${letters(j + 1)}`, id ? `"${id}" is not a partner id on the Partners sheet, or is given twice` : 'a partner id is needed as this column’s heading');
      return id;
    });

  const shareTable = readTable(SHEETS.shares, ['Theme id']);
  if (shareTable) {
    const sourceCol = shareTable.head.length - 1;
    if (sourceCol < 1 || norm(shareTable.head[sourceCol]!) !== 'source') fail(`${SHEETS.shares}, row 1`, 'the last heading should be "Source", after one column per partner');
    const pids = partnerColumns(shareTable, sourceCol);
    const seen = new Set<string>();
    for (const r of shareTable.rows) {
      const i = themeOf(shareTable, r, seen);
      if (i === undefined) continue;
      const source = sourceOf(shareTable, r, sourceCol);
      mark(['themes', i, 'shares'], `${SHEETS.shares}, row ${r.n}`);
      pids.forEach((pid, j) => {
        const share = figureOf(cellAt(shareTable, r.n, j + 1), r.cells[j + 1], source, true, false);
        if (share !== undefined) themes[i]!.shares[pid] = share;
        mark(['themes', i, 'shares', pid], cellAt(shareTable, r.n, j + 1));
      });
    }
    for (const th of themes) if (th.id && !seen.has(`${th.id}|`)) fail(SHEETS.shares, `no row for theme "${th.id}"`);
  }

  const rangeTable = readTable(SHEETS.ranges, ['Theme id'], true);
  if (rangeTable) {
    const pids = partnerColumns(rangeTable, rangeTable.head.length);
    const seen = new Set<string>();
    for (const r of rangeTable.rows) {
      const i = themeOf(rangeTable, r, seen);
      if (i === undefined) continue;
      pids.forEach((pid, j) => {
        const at = cellAt(rangeTable, r.n, j + 1);
        const c = r.cells[j + 1];
        if (blank(c)) return;
        // "0.2 to 0.4", "20%–40%" or "0.2-0.4" (a hyphen only between figures, so 1e-7 stays whole).
        const ends = typeof c === 'string' ? c.split(/\s*(?:\bto\b|–|—)\s*|(?<=[\d%])\s*-\s*(?=[\d.])/i) : [];
        const share = themes[i]!.shares[pid];
        if (ends.length !== 2 || ends.some(blank)) return fail(at, `give a range such as 0.2 to 0.4, not ${typeof c === 'string' ? `"${c}"` : String(c)}`);
        if (share === undefined) return fail(at, 'a range is given but no share on the Shares sheet');
        const range = ends.map((e) => numberOf(at, e, true) ?? 0) as [number, number];
        mark(['themes', i, 'shares', pid, 'range'], at);
        themes[i]!.shares[pid] = { ...(typeof share === 'object' ? share : { value: share }), range };
      });
    }
  }

  for (const sc of ['base', 'prudent'] as const) {
    const t = readTable(SCENARIO_SHEET[sc], heads.scenario, sc === 'prudent');
    // A prudent sheet with no figures (the template for a one-scenario case) means no prudent scenario.
    if (!t || (sc === 'prudent' && t.rows.every((r) => r.cells.slice(2).every(blank)))) continue;
    const years = t.head.slice(heads.scenario.length);
    years.forEach((y, j) => {
      const want = firstYear ? financialYear(firstYear, j) : undefined;
      if (want ? y !== want : !isFinancialYear(y)) {
        fail(`${t.sheet}, row 1, column ${letters(j + 4)}`, `the heading should be ${want ?? 'a financial year such as 2025-26'} (the first year on the Case sheet, then one year a column), not ${y ? `"${y}"` : 'blank'}`);
      }
    });
    const seen = new Set<string>();
    for (const r of t.rows) {
      const label = textOf(cellAt(t, r.n, 1), r.cells[1]) ?? '';
      const found = SCENARIO_FIELDS.find(([key, name]) => norm(label) === norm(name) || norm(label) === key.toLowerCase());
      if (!found) {
        fail(cellAt(t, r.n, 1), `"${label}" is not a field here (${SCENARIO_FIELDS.map((f) => f[1]).join(', ')})`);
        continue;
      }
      const i = themeOf(t, r, seen, found);
      if (i === undefined) continue;
      const field = found[0];
      const path = ['themes', i, 'scenarios', sc, field];
      const source = sourceOf(t, r, 3);
      mark(path, `${t.sheet}, row ${r.n}`);
      mark([...path, 'source'], cellAt(t, r.n, 3));
      const scenario = (themes[i]!.scenarios[sc] ??= {});
      if (field === 'profile' || field === 'costs') {
        if (!blank(r.cells[2])) fail(cellAt(t, r.n, 2), 'give this row’s figures in the year columns, one a year; Value is for Gross benefit and Ongoing cost');
        scenario[field] = years.map((_, j) => {
          mark([...path, j], cellAt(t, r.n, j + 4));
          mark([...path, j, 'source'], cellAt(t, r.n, 3));
          return figureOf(cellAt(t, r.n, j + 4), r.cells[j + 4], source, field === 'profile', true);
        });
      } else {
        if (r.cells.slice(4).some((c) => !blank(c))) fail(`${t.sheet}, row ${r.n}`, 'this row takes one figure, in the Value column, and none in the year columns');
        mark(path, cellAt(t, r.n, 2));
        const figure = figureOf(cellAt(t, r.n, 2), r.cells[2], source, false, field === 'grossBenefit');
        if (figure !== undefined) scenario[field] = figure;
      }
    }
    for (const th of themes.filter((th) => th.id)) {
      const missing = SCENARIO_FIELDS.filter(([key]) => key !== 'ongoingCost' && !seen.has(`${th.id}|${key}`));
      if (!th.scenarios[sc]) fail(t.sheet, `no rows for theme "${th.id}"${sc === 'prudent' ? ' (give the prudent scenario for every theme, or for none)' : ''}`);
      else if (missing.length) fail(t.sheet, `theme "${th.id}" needs ${missing.map((f) => `a ${f[1]} row`).join(' and ')}`);
    }
  }

  if (problems.length) return failure(file, problems);
  const checked = checkCase(doc, file);
  if (checked.ok) return checked;
  // Name the cell of each problem: the nearest part of its path that came from one.
  return failure(
    file,
    checked.problems.map((p) => {
      const key = p.path.map((_, k) => p.path.slice(0, p.path.length - k).join('.')).find((k) => where.has(k));
      return { ...p, message: `${key === undefined ? 'Workbook' : where.get(key)}: ${p.message}` };
    }),
  );
}

/** A failed check whose lines each name the file and the cell; the first eight, then how many more. */
function failure(file: string, problems: CaseProblem[]): CaseCheck {
  const lines = problems.slice(0, 8).map((p) => `${file}: ${p.message}`);
  if (problems.length > 8) lines.push(`…and ${problems.length - 8} more problems`);
  return { ok: false, error: lines.join('\n'), problems };
}

/** Far above a 200-theme, 30-year case; refuses a huge file before it is unpacked. */
const MAX_WORKBOOK_BYTES = 5_000_000;

/** A case from an .xlsx file (read-excel-file is loaded only now: it is not in the first download). */
export async function readCaseWorkbook(file: File | Blob | ArrayBuffer, name: string): Promise<CaseCheck> {
  const size = file instanceof ArrayBuffer ? file.byteLength : file.size;
  if (size > MAX_WORKBOOK_BYTES) {
    return failure(name, [{ path: [], message: `the file is ${(size / 1e6).toFixed(1)} MB; a case workbook may be at most ${MAX_WORKBOOK_BYTES / 1e6} MB` }]);
  }
  let sheets: Record<string, unknown[][]>;
  try {
    const { default: readXlsxFile } = await import('read-excel-file/browser');
    sheets = Object.fromEntries((await readXlsxFile(file)).map((s) => [s.sheet, s.data]));
  } catch (error) {
    const code = error instanceof Error && error.name === 'InvalidInputError' ? (error as Error & { code?: string }).code : undefined;
    const message =
      code === 'XLS_FILE_NOT_SUPPORTED'
        ? 'this is an old-style .xls file: in Excel, save it as an Excel Workbook (.xlsx) and import that'
        : code
          ? 'this is not an Excel workbook (.xlsx): import the template you downloaded, filled in and saved as .xlsx'
          : `the workbook could not be read (${error instanceof Error ? error.message : String(error)})`;
    return failure(name, [{ path: [], message }]);
  }
  return caseFromWorkbook(sheets, name);
}

/** The template for a case as an .xlsx file (write-excel-file is loaded only now). */
export async function writeCaseWorkbook(doc: CaseDoc): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(caseWorkbookSheets(doc), { fontFamily: 'Arial', fontSize: 11 }).toBlob();
}
