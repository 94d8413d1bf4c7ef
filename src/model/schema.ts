import { z } from 'zod';
import { SCENARIOS, type ScenarioId } from './types';

// The Content-Security-Policy allows no eval, and even zod's probe for `new Function` is reported as
// a violation (marking the page down in Lighthouse). Our files are small: the plain parser is enough.
z.config({ jitless: true });

export const SUPPORTED_DATA_VERSION = 1;

// Built on first use (building them slows a phone's start); a loader may build them during the download.
let schemas: ReturnType<typeof buildSchemas> | undefined;
export const prepareDataSchemas = () => (schemas ??= buildSchemas());

// Bounds that refuse a mistyped or hostile value rather than show "£∞bn". All public spending in
// England was below £1,000bn in 2012-13; realisation may pass 100% (EY 2013, 8.1: 154%).
export const DATA_BOUNDS = {
  moneyMax: 1000,
  profileMax: 2,
  cohortMax: 10_000_000,
} as const;

/** Ids every object already has (`constructor`, `toString`, `__proto__`…): records keyed by them would read the wrong thing. */
export const isReservedId = (id: string): boolean => id in Object.prototype || id === '__proto__';

/** A value quoted in a message: short, and never the whole of a large or deeply nested input. */
export const inputWords = (input: unknown): string =>
  typeof input === 'number' || typeof input === 'boolean' || input === undefined ? String(input) : typeof input === 'string' ? JSON.stringify(input.length > 20 ? `${input.slice(0, 20)}…` : input) : input === null ? 'null' : Array.isArray(input) ? 'a list' : `a${typeof input === 'object' ? 'n object' : ` ${typeof input}`}`;

/** How many years a case's profile and costs may give: the report's five up to thirty. */
export const CASE_YEARS = { minYears: 5, maxYears: 30 } as const;

/** The years a case gives (every theme and scenario gives the same number). */
export const caseYears = (data: Pick<ModelData, 'themes'>): number => data.themes[0]?.scenarios.base.profile.values.length ?? 5;

function buildSchemas() {
  const source = z.string().min(1, 'every figure needs its source');
  const finite = z.number().refine(Number.isFinite, 'must be a finite number');
  const between = (min: number, max: number, what: string) => finite.refine((v) => v >= min && v <= max, `must be ${what}`);
  const share = between(0, 1, 'a share between 0 and 1');
  const { moneyMax, profileMax, cohortMax } = DATA_BOUNDS;
  const money = between(0, moneyMax, `an amount from £0bn to £${moneyMax}bn`);
  const positiveMoney = money.refine((v) => v > 0, `must be more than £0bn (and at most £${moneyMax}bn)`);
  const realisation = between(0, profileMax, `a realisation from 0 to ${profileMax} (0% to ${profileMax * 100}%)`);
  const cohort = between(1, cohortMax, `a number of families from 1 to ${cohortMax.toLocaleString('en-GB')}`);

  const sourced = (value: z.ZodType<number>) => z.object({ value, source });
  const { minYears, maxYears } = CASE_YEARS;
  // One value a year: the report gives five; a place's own case may run to thirty.
  const yearly = (label: string, value: z.ZodType<number>) =>
    z.object({ values: z.array(value).min(minYears, `${label} needs at least ${minYears} years`).max(maxYears, `${label} may have at most ${maxYears} years`), source });
  // Ids are the case's own; they only need to be safe in a link and a file ("hsc", "DWP", "pilot-a").
  const id = z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/, { message: 'must be a short id: a letter, then letters, digits or hyphens', abort: true })
    .refine((v) => !isReservedId(v), 'is a word JavaScript reserves (such as constructor): use another id');

  // The fields are described in docs/decisions/0012-case-format.md; money is £bn at the case's prices.
  const scenarioInputs = z.object({
    profile: yearly('profile', realisation),
    grossBenefit: sourced(money),
    costs: yearly('costs', money),
    ongoingCost: sourced(money),
    /** The annex pilot the scenario follows, with the annex's printed "Total 5 year" (EY 2013, 8.1). */
    pilot: z
      .object({ id, fiveYearTotal: z.object({ value: between(-moneyMax, moneyMax, `an amount from −£${moneyMax}bn to £${moneyMax}bn`), tolerance: between(0, 1, 'from 0 to 1'), source }) })
      .optional(),
  });

  const partnerShare = z.object({
    value: share,
    /** Lowest and highest share across the pilots' own business cases. */
    range: z.tuple([share, share]).optional(),
    source,
  });

  const themeSchema = z.object({
    id,
    name: z.string().min(1),
    shortName: z.string().min(1),
    status: z.enum(['aggregated', 'indicative']),
    localDriver: z.enum(['cohort', 'population']).default('population'),
    addressableSpend: sourced(money),
    scenarios: z.object({ prudent: scenarioInputs.optional(), base: scenarioInputs }),
    partnerShares: z.record(id, partnerShare),
    note: z.string().optional(),
  });

  const partnerSchema = z.object({
    id,
    name: z.string().min(1),
    kind: z.enum(['local', 'central']),
    /** Absent for a place's own case that does not give one: no share of budget is shown. */
    budget: sourced(positiveMoney).extend({ kind: z.enum(['DEL', 'AME']) }).optional(),
    budgetByTheme: z.record(id, sourced(positiveMoney)).optional(),
  });

  const version = z.literal(SUPPORTED_DATA_VERSION, {
    error: (issue) =>
      `data version ${inputWords(issue.input)} is not one this app understands (expected ${SUPPORTED_DATA_VERSION})`,
  });

  const lens = z.object({ kind: z.enum(['lead', 'exclude']), partner: id });
  const publishedSchema = z.object({
    lensMeasures: z.record(id, lens),
    partnerMeasures: z.record(id, z.object({ partner: id, figure: z.enum(['npv', 'share']) })),
    fittedFigures: z.array(z.string().min(1)),
    fittedShares: z.array(z.string().min(1)),
    knownDifferences: z.array(z.object({ reason: z.string().min(1), figures: z.array(z.string().min(1)).min(1) })),
  });

  const caseSchema = z.object({
    version,
    id,
    name: z.string().min(1),
    firstYear: z.string().regex(/^\d{4}-\d{2}$/, 'must be a financial year such as 2012-13'),
    scenarios: z
      .array(z.object({ id: z.enum(SCENARIOS), name: z.string().min(1) }))
      .min(1)
      .max(2)
      .refine((list) => list.at(-1)?.id === 'base' && (list.length === 1 || list[0]?.id === 'prudent'), 'must be [base] or [prudent, base]'),
    published: publishedSchema.optional(),
    themes: z.array(themeSchema).min(1),
    partners: z.array(partnerSchema).min(1),
  });

  const areasFileSchema = z.object({
    version,
    nationalCohort: sourced(cohort),
    areas: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), cohort: sourced(cohort) })),
  });

  return { caseSchema, areasFileSchema };
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: string };

function describe(file: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, 8).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    return `${file}: ${where}: ${issue.message}`;
  });
  const more = error.issues.length > 8 ? [`…and ${error.issues.length - 8} more problems`] : [];
  return [...lines, ...more].join('\n');
}

function parseFile<T>(schema: z.ZodType<T>, file: string, json: unknown): LoadResult<T> {
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describe(file, parsed.error) };
}

/** Under public/data. */
export const DATA_FILES = { case: 'cases/england-2013.json', areas: 'areas.json' } as const;

export interface DataFiles {
  case: unknown;
  areas: unknown;
}

type Schemas = ReturnType<typeof buildSchemas>;
type CaseFile = z.infer<Schemas['caseSchema']>;
type ThemeFile = CaseFile['themes'][number];

// The case's types are read from the schema that checks it, so the two cannot drift apart.
export type Sourced = ThemeFile['addressableSpend'];
export type ScenarioInputs = ThemeFile['scenarios']['base'];
/** Inputs at both ends of the scenario setting. */
export type Theme = Omit<ThemeFile, 'scenarios'> & { scenarios: Record<ScenarioId, ScenarioInputs> };
export type Partner = CaseFile['partners'][number];
export type Area = z.infer<Schemas['areasFileSchema']>['areas'][number];
export type PublishedFigures = NonNullable<CaseFile['published']>;
/** A case with the areas it can be scaled to: what the model evaluates. */
export type ModelData = Omit<CaseFile, 'themes'> & { themes: Theme[]; nationalCohort: Sourced; areas: Area[] };

const repeated = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);

/** What the schema cannot see: unique ids, references to themes and partners, scenarios, shares that add up. */
function crossCheck(c: CaseFile): string | null {
  const dupTheme = repeated(c.themes.map((t) => t.id));
  if (dupTheme) return `themes: theme "${dupTheme}" appears twice`;
  const dupPartner = repeated(c.partners.map((p) => p.id));
  if (dupPartner) return `partners: partner "${dupPartner}" appears twice`;
  const partnerIds = new Set(c.partners.map((p) => p.id));
  const scenarioIds = c.scenarios.map((sc) => sc.id);
  const years = c.themes[0]?.scenarios.base.profile.values.length;
  for (const [i, theme] of c.themes.entries()) {
    for (const id of scenarioIds) {
      const inputs = theme.scenarios[id];
      if (!inputs) return `themes.${i}.scenarios.${id}: the case has this scenario, so every theme needs its inputs`;
      for (const field of ['profile', 'costs'] as const) {
        const given = inputs[field].values.length;
        if (given !== years) return `themes.${i}.scenarios.${id}.${field}: gives ${given} years where the first theme gives ${years}; every theme needs the same years`;
      }
    }
    if (theme.scenarios.prudent && !scenarioIds.includes('prudent')) {
      return `themes.${i}.scenarios.prudent: the case lists only one scenario (scenarios), so this one would not be used`;
    }
    for (const pid of Object.keys(theme.partnerShares)) {
      if (!partnerIds.has(pid)) return `${theme.id}.partnerShares.${pid}: no such partner in partners`;
    }
    const total = Object.values(theme.partnerShares).reduce((s, p) => s + p.value, 0);
    if (total > 1.02) return `${theme.id}.partnerShares: shares add to ${(total * 100).toFixed(1)}%, more than 100%`;
  }
  const themeIds = new Set(c.themes.map((t) => t.id));
  for (const partner of c.partners) {
    for (const tid of Object.keys(partner.budgetByTheme ?? {})) {
      if (!themeIds.has(tid)) return `${partner.id}.budgetByTheme.${tid}: no such theme in themes`;
    }
  }
  return null;
}

/** Both scenario ends filled, shares in the partners' order. */
function modelTheme(theme: CaseFile['themes'][number], partners: CaseFile['partners']): Theme {
  const { prudent, base } = theme.scenarios;
  const partnerShares = Object.fromEntries(partners.flatMap((p) => (theme.partnerShares[p.id] ? [[p.id, theme.partnerShares[p.id]]] : [])));
  return { ...theme, scenarios: { prudent: prudent ?? base, base }, partnerShares } as Theme;
}

/** A case file checked and made ready for the model, with no areas to scale it to (a place's own case). */
export function parseCase(json: unknown, file: string = DATA_FILES.case): LoadResult<ModelData> {
  const { caseSchema } = prepareDataSchemas();
  const parsed = parseFile(caseSchema, file, json);
  if (!parsed.ok) return parsed;
  const problem = crossCheck(parsed.value);
  if (problem) return { ok: false, error: `${file}: ${problem}` };
  const { themes, partners, published, ...meta } = parsed.value;
  return {
    ok: true,
    value: {
      ...meta,
      ...(published ? { published } : {}),
      themes: themes.map((t) => modelTheme(t, partners)),
      partners,
      nationalCohort: { value: 1, source: 'none: this case has no areas' },
      areas: [],
    },
  };
}

export function parseModelData(files: DataFiles): LoadResult<ModelData> {
  const { areasFileSchema } = prepareDataSchemas();
  const parsed = parseCase(files.case);
  const areas = parseFile(areasFileSchema, DATA_FILES.areas, files.areas);
  if (!parsed.ok || !areas.ok) return { ok: false, error: [parsed, areas].flatMap((r) => (r.ok ? [] : [r.error])).join('\n') };
  return { ok: true, value: { ...parsed.value, nationalCohort: areas.value.nationalCohort, areas: areas.value.areas } };
}
