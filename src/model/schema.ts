import { z } from 'zod';
import { PARTNER_IDS, THEME_IDS, type ModelData, type Partner, type Theme } from './types';

// The site's Content-Security-Policy allows no eval. zod's faster object parser is compiled with
// `new Function`; even its probe for that is reported by browsers as a policy violation (and marks
// the page down in Lighthouse's best practices). Our files are small: the plain parser is enough.
z.config({ jitless: true });

/** The data-file versions this build understands. */
export const SUPPORTED_DATA_VERSION = 1;

/**
 * The data files' schemas, built on first use rather than when the script starts: building them
 * is a noticeable part of starting up on a phone, and they are needed only once the files arrive.
 */
let schemas: ReturnType<typeof buildSchemas> | undefined;
const dataSchemas = () => (schemas ??= buildSchemas());

/**
 * Builds the data schemas ahead of the first parse (a loader can do it while the files download,
 * so that building and checking are not one long block once they arrive).
 */
export function prepareDataSchemas(): void {
  dataSchemas();
}

/**
 * Bounds on every number in the data files, so that a mistyped or hostile value is refused with
 * its file and field named rather than shown as "£∞bn" or "−126%". Money is in £bn; no figure
 * of this model comes near £1,000bn (all public spending in England was below that in 2012-13).
 * Realisation may exceed 100%: the report prints 154% for one annex pilot (EY 2013, 8.1).
 */
export const DATA_BOUNDS = {
  moneyMax: 1000,
  profileMax: 2,
  cohortMax: 10_000_000,
} as const;

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
  const fiveYears = (label: string, value: z.ZodType<number>) =>
    z.object({ values: z.array(value).length(5, `${label} needs one value for each of years 1–5`), source });

  const scenarioInputs = z.object({
    profile: fiveYears('profile', realisation),
    grossBenefit: sourced(money),
    costs: fiveYears('costs', money),
    ongoingCost: sourced(money),
  });

  const partnerShare = z.object({
    value: share,
    range: z.tuple([share, share]).optional(),
    source,
  });

  const themeSchema = z.object({
    id: z.enum(THEME_IDS),
    name: z.string().min(1),
    shortName: z.string().min(1),
    status: z.enum(['aggregated', 'indicative']),
    addressableSpend: sourced(positiveMoney),
    scenarios: z.object({ prudent: scenarioInputs, base: scenarioInputs }),
    partnerShares: z.partialRecord(z.enum(PARTNER_IDS), partnerShare),
    note: z.string().optional(),
  });

  const partnerSchema = z.object({
    id: z.enum(PARTNER_IDS),
    name: z.string().min(1),
    budget: sourced(positiveMoney).extend({ kind: z.enum(['DEL', 'AME']) }),
    budgetByTheme: z.partialRecord(z.enum(THEME_IDS), sourced(positiveMoney)).optional(),
  });

  const version = z.literal(SUPPORTED_DATA_VERSION, {
    error: (issue) =>
      `data version ${JSON.stringify(issue.input)} is not one this app understands (expected ${SUPPORTED_DATA_VERSION})`,
  });

  const themesFileSchema = z.object({
    version,
    firstYear: z.string().regex(/^\d{4}-\d{2}$/, 'must be a financial year such as 2012-13'),
    themes: z.array(themeSchema).min(1),
  });

  const partnersFileSchema = z.object({
    version,
    partners: z.array(partnerSchema).min(1),
  });

  const areasFileSchema = z.object({
    version,
    nationalCohort: sourced(cohort),
    areas: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), cohort: sourced(cohort) })),
  });

  return { themesFileSchema, partnersFileSchema, areasFileSchema };
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Turns a zod failure into one line per problem, naming the file and the field. */
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

/** Checks the two data files and joins them into the model's input, or says what is wrong. */
export interface DataFiles {
  themes: unknown;
  partners: unknown;
  areas: unknown;
}

export function parseModelData(files: DataFiles): LoadResult<ModelData> {
  const { themesFileSchema, partnersFileSchema, areasFileSchema } = dataSchemas();
  const themes = parseFile(themesFileSchema, 'themes.json', files.themes);
  const partners = parseFile(partnersFileSchema, 'partners.json', files.partners);
  const areas = parseFile(areasFileSchema, 'areas.json', files.areas);
  const errors = [themes, partners, areas].flatMap((r) => (r.ok ? [] : [r.error]));
  if (!themes.ok || !partners.ok || !areas.ok) return { ok: false, error: errors.join('\n') };

  const ids = themes.value.themes.map((t) => t.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return { ok: false, error: `themes.json: themes: theme "${dup}" appears twice` };
  const partnerIds = new Set(partners.value.partners.map((p) => p.id));
  for (const theme of themes.value.themes) {
    for (const pid of Object.keys(theme.partnerShares)) {
      if (!partnerIds.has(pid as Partner['id'])) {
        return { ok: false, error: `themes.json: ${theme.id}.partnerShares.${pid}: no such partner in partners.json` };
      }
    }
    const total = Object.values(theme.partnerShares).reduce((s, p) => s + (p?.value ?? 0), 0);
    if (total > 1.02) {
      return { ok: false, error: `themes.json: ${theme.id}.partnerShares: shares add to ${(total * 100).toFixed(1)}%, more than 100%` };
    }
  }
  return {
    ok: true,
    value: {
      version: themes.value.version,
      firstYear: themes.value.firstYear,
      themes: themes.value.themes as Theme[],
      partners: partners.value.partners as Partner[],
      nationalCohort: areas.value.nationalCohort,
      areas: areas.value.areas,
    },
  };
}
