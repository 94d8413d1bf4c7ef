import Decimal from 'decimal.js';
import { z } from 'zod';
import { isFinancialYear } from './linkParams';
import { CASE_YEARS, DATA_BOUNDS, inputWords, isReservedId, parseCase, prepareDataSchemas, type LoadResult, type ModelData, type Sourced } from './schema';

// A place's own business case as users write, import and export it (README, "Your own case"): the
// interchange format `community-budgets-case`. It is looser than the app's own case file (a figure may
// be a bare number, money may be £m, a scenario may go without its prudent twin) and is turned into
// one by `caseModel`, which then goes through the same checks as the national case.

export const CASE_FORMAT = 'community-budgets-case';
export const CASE_FORMAT_VERSION = 1;
export const MONEY_UNITS = ['£m', '£bn'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];
/** What a figure given without a source says instead. */
export const NO_SOURCE = 'no source given';

/** Bounds that keep a case usable on a page and refuse a hostile file before it is read further. */
export const CASE_LIMITS = {
  maxThemes: 200,
  maxPartners: 30,
  /** Characters of JSON text: far above a 200-theme, 30-year case written out in full. */
  maxFileChars: 5_000_000,
  maxName: 200,
  maxSource: 500,
} as const;

const PER_BN: Record<MoneyUnit, number> = { '£m': 1000, '£bn': 1 };

/** A number as given, or with its source. */
export type Figure = number | { value: number; source?: string };
export interface CaseScenario {
  profile: Figure[];
  grossBenefit: Figure;
  costs: Figure[];
  ongoingCost?: Figure;
}
export type ShareFigure = number | { value: number; source?: string; range?: [number, number] };
export interface CaseTheme {
  id: string;
  name: string;
  shortName?: string;
  status?: 'aggregated' | 'indicative';
  addressableSpend?: Figure;
  shares: Record<string, ShareFigure>;
  scenarios: { base: CaseScenario; prudent?: CaseScenario };
  note?: string;
}
export interface CasePartner {
  id: string;
  name: string;
  local: boolean;
  budget?: number | { value: number; source?: string; kind?: 'DEL' | 'AME' };
}
export interface CaseDoc {
  format: typeof CASE_FORMAT;
  version: typeof CASE_FORMAT_VERSION;
  id?: string;
  name: string;
  description?: string;
  money: MoneyUnit;
  firstYear: string;
  partners: CasePartner[];
  themes: CaseTheme[];
}

/** One thing wrong with a case: where (a path into the case file) and why. */
export interface CaseProblem {
  path: (string | number)[];
  message: string;
}
export type CaseCheck = { ok: true; value: CaseDoc } | { ok: false; error: string; problems: CaseProblem[] };

export const figureValue = (f: Figure | ShareFigure | undefined): number => (typeof f === 'object' ? f.value : (f ?? 0));
export const figureSource = (f: Figure | ShareFigure | undefined): string | undefined => (typeof f === 'object' ? f.source : undefined);
/** The same figure with a new value, its source (and range) kept. */
export const withValue = <F extends Figure | ShareFigure>(f: F | undefined, value: number): F => (typeof f === 'object' ? { ...f, value } : value) as F;

function buildSchema(unit: MoneyUnit) {
  const { maxName, maxSource, maxThemes, maxPartners } = CASE_LIMITS;
  const moneyMax = DATA_BOUNDS.moneyMax * PER_BN[unit];
  const finite = z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a finite number');
  const between = (min: number, max: number, what: string) => finite.refine((v) => v >= min && v <= max, `must be ${what}`);
  const amount = between(0, moneyMax, `an amount from 0 to ${moneyMax.toLocaleString('en-GB')} (${unit})`);
  const realisation = between(0, DATA_BOUNDS.profileMax, `a share realised from 0 to ${DATA_BOUNDS.profileMax} (0% to ${DATA_BOUNDS.profileMax * 100}%)`);
  const share = between(0, 1, 'a share from 0 to 1');
  const source = z.string({ error: 'must be text' }).max(maxSource, `may have at most ${maxSource} characters`).optional();
  const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, `${what} must not be empty`).max(maxName, `${what} may have at most ${maxName} characters`);
  const id = z
    .string({ error: 'an id must be text' })
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/, { message: 'must be a short id: a letter, then up to 39 letters, digits or hyphens', abort: true })
    .refine((v) => !isReservedId(v), 'is a word JavaScript reserves (such as constructor): use another id');
  // A bare number, or an object with `value` and an optional `source`; a union hides its branches'
  // messages, so the object's own problem is found again and said.
  const objectProblem = (input: object, value: z.ZodType<number>): string | undefined => {
    const o = input as { value?: unknown; source?: unknown };
    const checked = value.safeParse(o.value);
    if (!checked.success) return `its value ${checked.error.issues[0]?.message ?? 'is not a number'}`;
    const from = source.safeParse(o.source);
    return from.success ? undefined : `its source ${from.error.issues[0]?.message ?? 'must be text'}`;
  };
  const figure = (value: z.ZodType<number>) =>
    z.union([value, z.object({ value, source })], {
      error: (issue) =>
        typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
          ? objectProblem(issue.input, value)
          : 'must be a number or { "value": number, "source": "…" }',
    });
  const series = (label: string, value: z.ZodType<number>) =>
    z
      .array(figure(value), { error: `${label} must be a list with one value a year` })
      .min(CASE_YEARS.minYears, `${label} needs at least ${CASE_YEARS.minYears} years`)
      .max(CASE_YEARS.maxYears, `${label} may have at most ${CASE_YEARS.maxYears} years`);
  const scenario = z.object({
    profile: series('profile', realisation),
    grossBenefit: figure(amount),
    costs: series('costs', amount),
    ongoingCost: figure(amount).optional(),
  });
  const shareFigure = z.union([share, z.object({ value: share, source, range: z.tuple([share, share]).optional() })], {
    error: (issue) => (typeof issue.input === 'object' && issue.input !== null ? undefined : 'must be a share from 0 to 1, or { "value": share, "source": "…" }'),
  });
  const theme = z.object({
    id,
    name: text('a theme name'),
    shortName: text('a short name').optional(),
    status: z.enum(['aggregated', 'indicative']).optional(),
    addressableSpend: figure(amount).optional(),
    // Keys are checked against the partners (crossCheck), which names the key that is wrong.
    shares: z.record(z.string(), shareFigure, { error: (issue) => (issue.code === 'invalid_type' ? 'shares must be an object of partner id to share' : undefined) }),
    scenarios: z.object({ base: scenario, prudent: scenario.optional() }, { error: 'scenarios must be an object with "base" (and optionally "prudent")' }),
    note: z.string({ error: 'a note must be text' }).max(2000, 'a note may have at most 2,000 characters').optional(),
  });
  const partner = z.object({
    id,
    name: text('a partner name'),
    local: z.boolean({ error: 'local must be true (a local partner) or false (a central one)' }),
    budget: z.union([amount, z.object({ value: amount, source, kind: z.enum(['DEL', 'AME']).optional() })]).optional(),
  });
  return z.object({
    format: z.literal(CASE_FORMAT, { error: `format must be "${CASE_FORMAT}"` }),
    version: z.literal(CASE_FORMAT_VERSION, { error: (i) => `version ${inputWords(i.input)} is not one this app reads (expected ${CASE_FORMAT_VERSION})` }),
    id: id.optional(),
    name: text('the case name'),
    description: z.string({ error: 'a description must be text' }).max(5000, 'a description may have at most 5,000 characters').optional(),
    money: z.enum(MONEY_UNITS, { error: `money must be "£m" or "£bn"` }),
    firstYear: z.string({ error: 'firstYear must be text such as "2025-26"' }).refine(isFinancialYear, 'must be a financial year such as 2025-26'),
    partners: z.array(partner).min(1, 'a case needs at least one partner').max(maxPartners, `a case may have at most ${maxPartners} partners`),
    themes: z.array(theme).min(1, 'a case needs at least one theme').max(maxThemes, `a case may have at most ${maxThemes} themes`),
  });
}

const schemas = new Map<MoneyUnit, ReturnType<typeof buildSchema>>();
const schemaFor = (unit: MoneyUnit) => schemas.get(unit) ?? schemas.set(unit, buildSchema(unit)).get(unit)!;

const repeated = (ids: string[]) => ids.findIndex((id, i) => ids.indexOf(id) !== i);

/** What a schema cannot see: unique ids, shares naming partners and adding up, the same years everywhere. */
function crossCheck(doc: CaseDoc): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const dupPartner = repeated(doc.partners.map((p) => p.id));
  if (dupPartner >= 0) problems.push({ path: ['partners', dupPartner, 'id'], message: `partner "${doc.partners[dupPartner]!.id}" appears twice` });
  const dupTheme = repeated(doc.themes.map((t) => t.id));
  if (dupTheme >= 0) problems.push({ path: ['themes', dupTheme, 'id'], message: `theme "${doc.themes[dupTheme]!.id}" appears twice` });
  const partnerIds = new Set(doc.partners.map((p) => p.id));
  const years = doc.themes[0]?.scenarios.base.profile.length ?? 0;
  const withPrudent = doc.themes.filter((t) => t.scenarios.prudent).length;
  for (const [i, theme] of doc.themes.entries()) {
    for (const [pid, share] of Object.entries(theme.shares)) {
      if (!partnerIds.has(pid)) problems.push({ path: ['themes', i, 'shares', pid], message: `no partner "${pid}" in partners` });
      const range = typeof share === 'object' ? share.range : undefined;
      if (range && (range[0] > figureValue(share) || range[1] < figureValue(share))) problems.push({ path: ['themes', i, 'shares', pid, 'range'], message: 'the range must hold the share' });
    }
    const total = Object.values(theme.shares).reduce<number>((s, v) => s + figureValue(v), 0);
    if (total > 1.02) problems.push({ path: ['themes', i, 'shares'], message: `the shares add to ${(total * 100).toFixed(1)}%, more than 100%` });
    for (const sc of ['base', 'prudent'] as const) {
      const inputs = theme.scenarios[sc];
      if (!inputs) continue;
      for (const field of ['profile', 'costs'] as const) {
        if (inputs[field].length !== years) problems.push({ path: ['themes', i, 'scenarios', sc, field], message: `gives ${inputs[field].length} years where the first theme gives ${years}: every theme needs the same years` });
      }
    }
    if (withPrudent > 0 && withPrudent < doc.themes.length && !theme.scenarios.prudent) {
      problems.push({ path: ['themes', i, 'scenarios', 'prudent'], message: 'other themes give a prudent scenario: give one for every theme, or for none' });
    }
  }
  return problems;
}

/** JSON.parse keeps a "__proto__" key, which the schema's records skip without a word: refuse it. */
function reservedShareKeys(json: unknown): CaseProblem[] {
  const themes = (json as { themes?: unknown }).themes;
  if (!Array.isArray(themes)) return [];
  return themes.flatMap((t: unknown, i) => {
    const shares = typeof t === 'object' && t !== null ? (t as { shares?: unknown }).shares : undefined;
    if (typeof shares !== 'object' || shares === null) return [];
    return Object.keys(shares).filter((key) => key === '__proto__').map((key) => ({ path: ['themes', i, 'shares', key], message: 'is a word JavaScript reserves: use another partner id' }));
  });
}

const pathText = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(top level)');

/** The problems as lines naming the file and the field; the first eight, then how many more. */
export function describeProblems(file: string, problems: readonly CaseProblem[]): string {
  const lines = problems.slice(0, 8).map((p) => `${file}: ${pathText(p.path)}: ${p.message}`);
  if (problems.length > 8) lines.push(`…and ${problems.length - 8} more problems`);
  return lines.join('\n');
}

const failed = (file: string, problems: CaseProblem[]): CaseCheck => ({ ok: false, error: describeProblems(file, problems), problems });

/** A case checked: every problem with its path, or the case with unknown fields dropped. */
export function checkCase(json: unknown, file = 'case'): CaseCheck {
  prepareDataSchemas();
  const unit = MONEY_UNITS.find((u) => typeof json === 'object' && json !== null && (json as { money?: unknown }).money === u) ?? '£bn';
  const parsed = schemaFor(unit).safeParse(json);
  if (!parsed.success) return failed(file, parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })));
  const doc = parsed.data as CaseDoc;
  const problems = [...reservedShareKeys(json), ...crossCheck(doc)];
  return problems.length ? failed(file, problems) : { ok: true, value: doc };
}

/** A case from the text of a file: too large, not JSON or not a case each say so. */
export function readCaseText(text: string, file = 'case'): CaseCheck {
  if (text.length > CASE_LIMITS.maxFileChars) {
    return failed(file, [{ path: [], message: `the file is ${(text.length / 1e6).toFixed(1)} million characters; a case may have at most ${CASE_LIMITS.maxFileChars / 1e6} million` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(file, [{ path: [], message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
  }
  return checkCase(json, file);
}

/** Sources as the app's case keeps them: one per figure or series. */
const sourceOf = (figures: readonly (Figure | ShareFigure | undefined)[]): string => {
  const given = [...new Set(figures.map(figureSource).filter((s): s is string => Boolean(s?.trim())))];
  return given.length ? given.join('; ') : NO_SOURCE;
};

/** The case's years: every theme gives the same number. */
export const docYears = (doc: Pick<CaseDoc, 'themes'>): number => doc.themes[0]?.scenarios.base.profile.length ?? CASE_YEARS.minYears;

/** A short id from a name, for a case given without one. */
export const idFromName = (name: string): string => {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 36);
  return /^[a-z]/.test(slug) ? slug : `case-${slug}`.slice(0, 40).replace(/-+$/, '') || 'case';
};

/** The app's own case file for a checked case: money in £bn, a source on every figure. */
export function caseFileOf(doc: CaseDoc): unknown {
  const toBn = (v: number) => (doc.money === '£bn' ? v : new Decimal(v).div(PER_BN[doc.money]).toNumber());
  const sourced = (f: Figure | undefined, money: boolean): Sourced => ({ value: money ? toBn(figureValue(f)) : figureValue(f), source: sourceOf([f]) });
  const scenario = (s: CaseScenario) => ({
    profile: { values: s.profile.map(figureValue), source: sourceOf(s.profile) },
    grossBenefit: sourced(s.grossBenefit, true),
    costs: { values: s.costs.map((c) => toBn(figureValue(c))), source: sourceOf(s.costs) },
    // Without one, the last year's cost goes on (it matters only past the case's own years).
    ongoingCost: s.ongoingCost === undefined ? { value: toBn(figureValue(s.costs.at(-1))), source: `the last year’s cost (${sourceOf([s.costs.at(-1)])})` } : sourced(s.ongoingCost, true),
  });
  const hasPrudent = doc.themes.every((t) => t.scenarios.prudent);
  return {
    version: 1,
    id: doc.id ?? idFromName(doc.name),
    name: doc.name,
    firstYear: doc.firstYear,
    scenarios: hasPrudent ? [{ id: 'prudent', name: 'Prudent' }, { id: 'base', name: 'Base' }] : [{ id: 'base', name: 'Base' }],
    themes: doc.themes.map((t) => ({
      id: t.id,
      name: t.name,
      shortName: t.shortName ?? t.name,
      status: t.status ?? 'aggregated',
      addressableSpend: sourced(t.addressableSpend, true),
      scenarios: { base: scenario(t.scenarios.base), ...(hasPrudent && t.scenarios.prudent ? { prudent: scenario(t.scenarios.prudent) } : {}) },
      partnerShares: Object.fromEntries(
        Object.entries(t.shares).map(([pid, s]) => [pid, { value: figureValue(s), source: sourceOf([s]), ...(typeof s === 'object' && s.range ? { range: s.range } : {}) }]),
      ),
      ...(t.note ? { note: t.note } : {}),
    })),
    partners: doc.partners.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.local ? 'local' : 'central',
      ...(p.budget !== undefined && figureValue(p.budget) > 0
        ? { budget: { value: toBn(figureValue(p.budget)), source: sourceOf([p.budget]), kind: (typeof p.budget === 'object' && p.budget.kind) || 'DEL' } }
        : {}),
    })),
  };
}

/** A checked case as the model evaluates it. */
export function caseModel(doc: CaseDoc, file = 'case'): LoadResult<ModelData> {
  return parseCase(caseFileOf(doc), file);
}

/** The app's case in the interchange format (money in £bn, every figure with its source). */
export function caseDocOf(data: ModelData, options: { themes?: readonly string[]; name?: string; id?: string } = {}): CaseDoc {
  const themes = data.themes.filter((t) => !options.themes || options.themes.includes(t.id));
  const partnerIds = new Set(themes.flatMap((t) => Object.keys(t.partnerShares)));
  const fig = (s: Sourced): Figure => ({ value: s.value, source: s.source });
  const series = (s: { values: number[]; source: string }): Figure[] => s.values.map((value) => ({ value, source: s.source }));
  const hasPrudent = data.scenarios.some((s) => s.id === 'prudent');
  return {
    format: CASE_FORMAT,
    version: CASE_FORMAT_VERSION,
    id: options.id ?? data.id,
    name: options.name ?? data.name,
    money: '£bn',
    firstYear: data.firstYear,
    partners: data.partners
      .filter((p) => !options.themes || partnerIds.has(p.id))
      .map((p) => ({ id: p.id, name: p.name, local: p.kind === 'local', ...(p.budget ? { budget: { value: p.budget.value, source: p.budget.source, kind: p.budget.kind } } : {}) })),
    themes: themes.map((t) => {
      const scenario = (sc: (typeof t.scenarios)['base']): CaseScenario => ({
        profile: series(sc.profile),
        grossBenefit: fig(sc.grossBenefit),
        costs: series(sc.costs),
        ongoingCost: fig(sc.ongoingCost),
      });
      return {
        id: t.id,
        name: t.name,
        shortName: t.shortName,
        status: t.status,
        addressableSpend: fig(t.addressableSpend),
        shares: Object.fromEntries(Object.entries(t.partnerShares).map(([pid, s]) => [pid, { value: s.value, source: s.source, ...(s.range ? { range: s.range } : {}) }])),
        scenarios: { base: scenario(t.scenarios.base), ...(hasPrudent ? { prudent: scenario(t.scenarios.prudent) } : {}) },
        ...(t.note ? { note: t.note } : {}),
      };
    }),
  };
}

/** The case as a file: two-space JSON, ending in a newline. */
export const caseJson = (doc: CaseDoc): string => `${JSON.stringify(doc, null, 2)}\n`;
