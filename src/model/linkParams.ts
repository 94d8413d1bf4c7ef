import Decimal from 'decimal.js';
import {
  AFTER5_RULES,
  COST_RULES,
  PAY_KINDS,
  DISTRIBUTIONS,
  PARTNER_IDS,
  RANGE_KEYS,
  THEME_IDS,
  type LocalSettings,
  type PartnerLens,
  type PayRule,
  type RangeKey,
  type Settings,
  type ThemeId,
  type UncertaintySettings,
} from './types';
import { LINK_DEFAULT_THEMES } from './link-ids';
import { MAX_HORIZON } from './profile';

/**
 * The ids and bounds a link is read against: the loaded case's (decision 0011). Writing a link needs
 * none (it writes what the settings hold), so links and equality do not depend on the case.
 */
export interface LinkVocabulary {
  themes: readonly string[];
  /** The themes a link without `themes=` includes. */
  defaultThemes: readonly string[];
  partners: readonly string[];
  /** The years a case gives: a link without `horizon=` appraises them, and may ask for up to `maxHorizon`. */
  years: number;
  maxHorizon: number;
  /** Whether the case gives a prudent scenario: without one the scenario setting has nothing to move. */
  hasPrudent: boolean;
}

/** The 2013 national case's, for links read without a case (the command line's default, the tests). */
export const NATIONAL_VOCABULARY: LinkVocabulary = { themes: THEME_IDS, defaultThemes: LINK_DEFAULT_THEMES, partners: PARTNER_IDS, years: 5, maxHorizon: MAX_HORIZON, hasPrudent: true };

// Every link parameter declared once (docs/decisions/0011-settings-spec.md): the parser and serialiser
// (settings.ts), the controls, --help and the README's settings table all read LINK_SPECS.

/** Everything a link can carry, by its field in the settings; the codec below must cover each. */
export type LinkParams = Omit<Settings, 'uncertainty' | 'local'> & UncertaintySettings & LocalSettings & { version: number };

/** Where a parameter's value lives: the settings, their Monte Carlo part, the local choice, or the link itself. */
export type ParamGroup = 'main' | 'uncertainty' | 'area' | 'local' | 'link';

export interface ParamSpec<V> {
  /** As written in a link; `<theme>` and `<setting>` stand for the part after the dot. */
  name: string;
  group: ParamGroup;
  /** For a name with a part after the dot: the pattern that finds it (the part is its group 1). */
  keyed?: RegExp;
  /** What it takes and its default, as the README's table and --help say it. */
  doc: string;
  /** The value when the link does not give it (a fresh object each time). */
  initial: (v: LinkVocabulary) => V;
  /** The value in a link added to `current`; undefined (having said why through `fail`) when unusable. */
  read: (raw: string, fail: (reason: string) => void, current: V, part: string, v: LinkVocabulary) => V | undefined;
  /** The link entries for a value: none when it says what `initial` says. */
  write: (value: V, initial: V) => [string, string][];
}

/** Decimal places (display unit) a link's numbers are read to, half up, and written with: finer than any step, so links round-trip. */
export const LINK_DECIMALS = 6;
/** Version written into links; older links are migrated before parsing (none yet). */
export const LINK_VERSION = 1;

/** "12", "-0.5", ".5", "5.", "1e-7", "1e+2"; an unescaped "+" arrives as a space, so "1e 2" reads as "1e+2". */
const DECIMAL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+ -]?\d+)?$/i;
const exactDecimal = (text: string): Decimal | null => (DECIMAL_NUMBER.test(text) ? new Decimal(text.replace(' ', '+')) : null);
export const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function readDecimal(text: string): number | null {
  const exact = exactDecimal(text);
  if (!exact) return null;
  // Decimal reads every digit exactly (Number would round twice); adding zero turns "-0" into 0.
  return exact.toDecimalPlaces(LINK_DECIMALS, Decimal.ROUND_HALF_UP).toNumber() + 0;
}

/** A display-unit number within a range (rounded as LINK_DECIMALS says), or the reason it is not one. */
function readNumber(raw: string, s: Pick<NumericSpec, 'min' | 'max' | 'unit'>): number | string {
  const text = raw.trim();
  const value = readDecimal(text);
  if (value === null) return `"${shorten(raw)}" is not a number`;
  if (value < s.min || value > s.max) return `${shorten(text)} is outside ${s.min}–${s.max}${s.unit === '%' ? '%' : ' years'}`;
  return value;
}

/** A whole number from min to max, or the reason it is not one (no rounding: 1.5 is not whole). */
function readWhole(raw: string, min: number, max: number, what: string): number | string {
  const text = raw.trim();
  const exact = exactDecimal(text);
  const outside = `${shorten(text)} is outside ${min}–${max}${what ? ` ${what}` : ''}`;
  if (exact && !exact.isFinite()) return outside;
  if (!exact?.isInteger()) return `"${shorten(raw)}" is not a whole number`;
  const value = exact.toNumber() + 0;
  return value < min || value > max ? outside : value;
}

/** A share given in %, more than 0 and at most 100. */
function readShare(raw: string): number | string {
  const value = readNumber(raw, { min: 0, max: 100, unit: '%' });
  if (typeof value === 'string') return value;
  if (value === 0) return Number(raw.trim()) === 0 ? 'a share must be more than 0%' : `a share must be more than 0% (${shorten(raw.trim())} rounds to 0 at ${LINK_DECIMALS} decimal places)`;
  return value;
}

/** Display-unit value rounded to LINK_DECIMALS, so floating-point noise never reaches a link. */
const LINK_SCALE = 10 ** LINK_DECIMALS;
const display = (value: number, divisor: number) => String(Math.round(value * divisor * LINK_SCALE) / LINK_SCALE);

/** Hands a reason to `fail` (and reads nothing), or passes a value on. */
const orFail = <T, R>(value: T | string, fail: (reason: string) => void, then: (v: T) => R): R | undefined =>
  typeof value === 'string' ? void fail(value) : then(value);

/** A slider setting: links and controls use display units (%, years), the model fractions, hence `divisor`. */
export interface NumericSpec {
  key: 'scenario' | 'scale' | 'leakage' | 'delay' | 'rate' | 'horizon' | 'deadweight' | 'displacement' | 'attribution' | 'obCost' | 'obBenefit' | 'dropoff' | 'uprate';
  /** The link's name where it is not the key (`ob.cost`). */
  param?: string;
  label: string;
  unit: '%' | 'years';
  min: number;
  max: number;
  step: number;
  default: number;
  divisor: number;
  help: string;
  source: string;
  /** Words a link may give for some values (scenario=prudent), and writes in their place. */
  names?: readonly (readonly [string, number])[];
  /** Whole numbers only (the horizon counts whole years). */
  whole?: boolean;
  /** Where the case sets the bounds (the horizon runs to the case's years). */
  maxOf?: (v: LinkVocabulary) => number;
  defaultOf?: (v: LinkVocabulary) => number;
}

/** A slider's range and default for a case. */
export const numericFor = (n: NumericSpec, v: LinkVocabulary): NumericSpec => (n.maxOf || n.defaultOf ? { ...n, max: n.maxOf?.(v) ?? n.max, default: n.defaultOf?.(v) ?? n.default } : n);

const numberParam = (n: NumericSpec, doc: string): NumericSpec & ParamSpec<number> => ({
  ...n, name: n.param ?? n.key, group: 'main', doc,
  initial: (v) => numericFor(n, v).default / n.divisor,
  read: (raw, fail, _current, _part, v) => {
    const named = n.names?.find(([word]) => word === raw.trim().toLowerCase())?.[1];
    return orFail(named ?? readNumber(raw, numericFor(n, v)), fail, (value) =>
      n.whole && !Number.isInteger(value) ? void fail(`${value} is not a whole number of years`) : value / n.divisor,
    );
  },
  write: (value, initial) => {
    // Compare what the link would say, so a difference too small to show writes nothing. A setting
    // whose default the case sets is written whenever it is not the national default.
    const text = display(value, n.divisor);
    if (text === display(n.defaultOf ? n.default / n.divisor : initial, n.divisor)) return [];
    return [[n.param ?? n.key, n.names?.find(([, v]) => String(v) === text)?.[0] ?? text]];
  },
});

/** The ids a keyed name may take after its dot (`leakage.<theme>`, `pay.<partner>`), and what to say of any other. */
/** Ids are read without regard to case (`leakage.HSC`), and written as the case spells them. */
const findId = (ids: readonly string[], raw: string): string | undefined => ids.find((id) => id.toLowerCase() === raw.trim().toLowerCase());

const THEMES = {
  word: 'theme',
  find: (v: LinkVocabulary, part: string) => findId(v.themes, part),
  notOne: (_v: LinkVocabulary, part: string) => `"${shorten(part)}" is not a theme`,
} as const;
const PARTNERS = {
  word: 'partner',
  find: (v: LinkVocabulary, part: string) => findId(v.partners, part),
  notOne: (v: LinkVocabulary, part: string) => `"${shorten(part)}" is not a partner (partners ${v.partners.join(', ')})`,
} as const;

/** The national case's ids in its order, then any others in alphabetical order: one order, with or without the case. */
export const writtenOrder = (ids: readonly string[], national: readonly string[]): string[] => [
  ...national.filter((id) => ids.includes(id)),
  ...ids.filter((id) => !national.includes(id)).sort(),
];

/** A number for each theme (`leakage.<theme>=30`) or partner (`pay.<partner>=40`) in display units, read by `readOne`. */
function byIdParam(prefix: string, of: typeof THEMES | typeof PARTNERS, keyed: RegExp, divisor: number, readOne: (raw: string) => number | string, doc: string, group: ParamGroup): ParamSpec<Record<string, number>> {
  const national: readonly string[] = of === THEMES ? THEME_IDS : PARTNER_IDS;
  return {
    name: `${prefix}.<${of.word}>`, group, keyed, doc,
    initial: () => ({}),
    read: (raw, fail, current, part, v) => {
      const id = of.find(v, part);
      if (!id) return void fail(of.notOne(v, part));
      return orFail(readOne(raw), fail, (value) => ({ ...current, [id]: value / divisor }));
    },
    write: (values) => writtenOrder(Object.keys(values), national).map((id): [string, string] => [`${prefix}.${id}`, display(values[id]!, divisor)]),
  };
}

/** A theme's own leakage or delay, within the overall setting's range. */
const overrideParam = (base: NumericSpec, doc: string) => ({
  ...byIdParam(base.key, THEMES, new RegExp(`^${base.key}\\.([^.]+)$`), base.divisor, (raw) => readNumber(raw, base), doc, 'main'),
  base,
});

/** `max` is the national case's; `maxOf` where a case sets its own. */
const wholeParam = <I extends number | undefined | null>(name: string, group: ParamGroup, min: number, max: number, what: string, initial: I, doc: string, maxOf?: (v: LinkVocabulary) => number): ParamSpec<number | I> & { min: number; max: number } => ({
  name, group, doc, min, max,
  initial: () => initial,
  read: (raw, fail, _current, _part, v) => orFail(readWhole(raw, min, maxOf?.(v) ?? max, what), fail, (n) => n),
  write: (value, start) => (value === undefined || value === null || value === start ? [] : [[name, String(value)]]),
});

function choiceParam<T extends string>(name: string, group: ParamGroup, values: readonly T[], what: string, doc: string): ParamSpec<T> & { values: readonly T[] } {
  return {
    name, group, doc, values,
    initial: () => values[0]!,
    read: (raw, fail) => values.find((x) => x === raw.trim().toLowerCase()) ?? void fail(`"${shorten(raw)}" is not a ${what} (use ${values.join(' or ')})`),
    write: (value, initial) => (value === initial ? [] : [[name, value]]),
  };
}

/** Names quoted for a message: the first three, then how many more. */
function quoteNames(names: string[]): string {
  const shown = names.slice(0, 3).map((n) => `"${shorten(n)}"`).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/** The themes in a comma list: "themes=" means none; a list with no theme at all keeps the defaults (a typo never clears all). */
function readThemes(raw: string, fail: (reason: string) => void, v: LinkVocabulary): ThemeId[] | undefined {
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean);
  const bad = parts.filter((part) => !findId(v.themes, part));
  const use = `use ${v.themes.length > 12 ? `${v.themes.slice(0, 12).join(', ')}…` : v.themes.join(', ')}`;
  if (parts.length > 0 && bad.length === parts.length) {
    const names = [...new Set(bad)];
    fail(`${quoteNames(names)} ${names.length === 1 ? 'is not a theme' : 'are not themes'} (${use}), so the default themes are kept`);
    return undefined;
  }
  for (const part of bad) fail(`"${shorten(part)}" is not a theme (${use})`);
  const given = new Set(parts.map((part) => findId(v.themes, part)));
  return v.themes.filter((id) => given.has(id));
}

function readLens(raw: string, v: LinkVocabulary): PartnerLens | string {
  const text = raw.trim();
  if (text.toLowerCase() === 'all') return { kind: 'all' };
  const match = /^(lead|exclude):(.+)$/i.exec(text);
  const partner = match ? findId(v.partners, match[2] ?? '') : undefined;
  if (!match || !partner) return `"${shorten(raw)}" is not all, lead:<partner> or exclude:<partner> (partners ${v.partners.join(', ')})`;
  return { kind: match[1]!.toLowerCase() === 'lead' ? 'lead' : 'exclude', partner };
}

const lensText = (lens: PartnerLens) => (lens.kind === 'all' ? 'all' : `${lens.kind}:${lens.partner}`);

function readPay(raw: string, v: LinkVocabulary): PayRule | string {
  const text = raw.trim().toLowerCase();
  const plain = PAY_KINDS.find((k) => k !== 'lead' && k === text);
  if (plain) return { kind: plain } as PayRule;
  const match = /^lead:(.+)$/.exec(text);
  const partner = match ? findId(v.partners, match[1] ?? '') : undefined;
  if (partner) return { kind: 'lead', partner };
  return `"${shorten(raw)}" is not a payment rule (use share, lead:<partner>, benefit, custom or breakeven; partners ${v.partners.join(', ')})`;
}

export const payText = (pay: PayRule) => (pay.kind === 'lead' ? `lead:${pay.partner}` : pay.kind);

/** A partner's agreed share of the costs under `pay=custom`, in %. */
const payShareParam = byIdParam(
  'pay', PARTNERS, /^pay\.([^.]+)$/i, 100, (raw) => readNumber(raw, { min: 0, max: 100, unit: '%' }),
  `with \`pay=custom\`: a partner’s share of every cost, 0–100%, e.g. \`pay.${PARTNER_IDS[0]}=40\`; the shares should add to 100 (a shortfall is reported) [0]`,
  'main',
);

/** "lo-hi" in display units, both within the setting's range and lo ≤ hi. */
function readRange(s: NumericSpec, raw: string): [number, number] | string {
  const parts = raw.trim().split('-');
  if (parts.length !== 2) return `"${shorten(raw)}" is not a range such as 10-40`;
  const [lo, hi] = parts.map((part) => readNumber(part, s)) as [number | string, number | string];
  if (typeof lo === 'string') return lo;
  if (typeof hi === 'string') return hi;
  return lo > hi ? `${lo} is more than ${hi}: give the lower end first` : [lo / s.divisor, hi / s.divisor];
}

const AREA_ID = /^[a-z0-9-]{1,40}$/;
/** "2025-26": two years that follow each other. */
export const isFinancialYear = (text: string): boolean => /^(19|20)\d\d-\d\d$/.test(text) && Number(text.slice(5, 7)) === (Number(text.slice(2, 4)) + 1) % 100;

// The parameters, in the order links write them.
const NUMBERS = {
  scenario: numberParam({ key: 'scenario', label: 'Scenario (prudent to base)', unit: '%', min: 0, max: 100, step: 5, default: 100, divisor: 100, names: [['prudent', 0], ['base', 100]],
    help: '0% is the report’s prudent scenario, 100% its base scenario; values between blend the two.', source: 'EY 2013, 6.1' },
  '`prudent`, `base`, or a blend 0–100 (0 = prudent, 100 = base) [base]'),
  scale: numberParam({ key: 'scale', label: 'Take-up across England', unit: '%', min: 0, max: 100, step: 1, default: 100, divisor: 100,
    help: 'Share of the national potential that places actually take up. 100% is the report’s aggregation.', source: 'EY 2013, 3.6 step 4' },
  'take-up across England, 0–100% [100]'),
  leakage: numberParam({ key: 'leakage', label: 'Leakage', unit: '%', min: 0, max: 100, step: 1, default: 0, divisor: 100,
    help: 'Share of gross benefit lost or not cashable: demand varies, cash cannot be released, partners do not engage.', source: 'EY 2013, 6.2.2 scenario 1' },
  'share of gross benefit lost, 0–100% [0]'),
  delay: numberParam({ key: 'delay', label: 'Delay', unit: 'years', min: 0, max: 5, step: 0.25, default: 0, divisor: 1,
    help: 'Years by which benefits arrive later than planned while costs stay where they are.', source: 'EY 2013, 6.2.2 scenario 3' },
  'years by which benefits arrive later, 0–5, fractions allowed [0]'),
  rate: numberParam({ key: 'rate', label: 'Discount rate', unit: '%', min: 0, max: 10, step: 0.1, default: 3.5, divisor: 100,
    help: 'Rate used to bring later years to today’s value. 3.5% is the HM Treasury Green Book rate the report used.', source: 'EY 2013, 3.4' },
  'discount rate, 0–10% [3.5]'),
  horizon: numberParam({ key: 'horizon', label: 'Appraisal horizon', unit: 'years', min: 5, max: 10, step: 1, default: 5, divisor: 1, whole: true,
    maxOf: (v) => v.maxHorizon, defaultOf: (v) => v.years,
    help: 'Years counted in the net benefit. The report used 5; later years follow the documented rule.', source: 'EY 2013, 3.4 (5 years); later years: Method and sources, “Years after the fifth”' },
  'appraisal years, 5–10, or up to the years of a place’s own case that gives more (whose default is its years) [5]'),
};

// Green Book adjustments (docs/model.md, "From gross to net"): every default leaves the report's figures as they are.
const GREEN_BOOK_SHARE = { unit: '%', min: 0, max: 100, step: 1, default: 0, divisor: 100 } as const;
const ADJUSTMENTS = {
  deadweight: numberParam({ key: 'deadweight', label: 'Deadweight', ...GREEN_BOOK_SHARE,
    help: 'Share of the benefit that would have come anyway, without the change.', source: 'HM Treasury Green Book (2022), additionality' },
  'share of gross benefit that would have happened anyway, 0–100% [0]'),
  displacement: numberParam({ key: 'displacement', label: 'Displacement', ...GREEN_BOOK_SHARE,
    help: 'Share of the benefit that only moves a cost or a problem somewhere else.', source: 'HM Treasury Green Book (2022), additionality' },
  'share of gross benefit only moved from elsewhere, 0–100% [0]'),
  attribution: numberParam({ key: 'attribution', label: 'Attribution to others', ...GREEN_BOOK_SHARE,
    help: 'Share of the benefit due to other programmes working on the same people.', source: 'HM Treasury, PSTN and New Economy, cost benefit analysis guidance for local partnerships (2014)' },
  'share of gross benefit due to other programmes, 0–100% [0]'),
  obCost: numberParam({ key: 'obCost', param: 'ob.cost', label: 'Optimism bias on costs', unit: '%', min: 0, max: 200, step: 5, default: 0, divisor: 100,
    help: 'Every cost is raised by this share, for the tendency of plans to understate what things cost.', source: 'HM Treasury Green Book (2022), optimism bias' },
  'optimism bias on costs, every cost × (1 + value), 0–200% [0]'),
  obBenefit: numberParam({ key: 'obBenefit', param: 'ob.benefit', label: 'Optimism bias on benefits', unit: '%', min: 0, max: 100, step: 5, default: 0, divisor: 100,
    help: 'Every benefit is cut by this share, for the tendency of plans to overstate what they will achieve.', source: 'HM Treasury Green Book (2022), optimism bias' },
  'optimism bias on benefits, every benefit × (1 − value), 0–100% [0]'),
};

export const AGGREGATED_THEMES: ThemeId[] = [...LINK_DEFAULT_THEMES];

const code = (ids: readonly string[], sep = ',') => `\`${ids.join(sep)}\``;

/** Every link parameter, keyed by its field, so that leaving one out does not compile. */
export const LINK_SPECS = {
  ...NUMBERS,
  themes: {
    name: 'themes', group: 'main', doc: `comma list of ${code(THEME_IDS)} [${AGGREGATED_THEMES.join(',')}]`,
    initial: (v) => [...v.defaultThemes],
    read: (raw, fail, _current, _part, v) => readThemes(raw, fail, v),
    // Written unless they are the national default, so a link means the same with or without its case.
    write: (value) => {
      const themes = writtenOrder(value, THEME_IDS);
      return themes.join(',') === AGGREGATED_THEMES.join(',') ? [] : [['themes', themes.join(',')]];
    },
  },
  lens: {
    name: 'lens', group: 'main', doc: `\`all\`, \`lead:<partner>\` or \`exclude:<partner>\`; partners ${code(PARTNER_IDS)} [all]`,
    initial: () => ({ kind: 'all' }),
    read: (raw, fail, _current, _part, v) => orFail(readLens(raw, v), fail, (lens) => lens),
    write: (value, initial) => (lensText(value) === lensText(initial) ? [] : [['lens', lensText(value)]]),
  },
  leakageByTheme: overrideParam(NUMBERS.leakage, `a theme’s own leakage, e.g. \`leakage.${LINK_DEFAULT_THEMES[0]}=30\` [the overall leakage]`),
  delayByTheme: overrideParam(NUMBERS.delay, `a theme’s own delay, e.g. \`delay.${LINK_DEFAULT_THEMES[2]}=1\` [the overall delay]`),
  ...ADJUSTMENTS,
  deadweightByTheme: overrideParam(ADJUSTMENTS.deadweight, `a theme’s own deadweight, e.g. \`deadweight.${LINK_DEFAULT_THEMES[0]}=20\` [the overall deadweight]`),
  displacementByTheme: overrideParam(ADJUSTMENTS.displacement, 'a theme’s own displacement [the overall displacement]'),
  attributionByTheme: overrideParam(ADJUSTMENTS.attribution, 'a theme’s own attribution [the overall attribution]'),
  after5: choiceParam('after5', 'main', AFTER5_RULES, 'rule for the years after the fifth', 'realisation after year 5 (horizons over 5): `ramp` to the long-run level by year 10, `hold` the year-5 level, or `decay` by `dropoff` a year [ramp]'),
  dropoff: numberParam({ key: 'dropoff', label: 'Drop-off after year 5', unit: '%', min: 0, max: 100, step: 1, default: 10, divisor: 100,
    help: 'With “decay”: the share of the year-5 level lost in each later year.', source: 'HM Treasury Green Book (2022), persistence of benefits' },
  'with `after5=decay`: share of the year-5 level lost each later year, 0–100% [10]'),
  uprate: numberParam({ key: 'uprate', label: 'Price-base factor', unit: '%', min: 1, max: 1000, step: 1, default: 100, divisor: 100,
    help: 'Multiplies every money figure: 100% keeps the case’s own prices. Take the factor from HM Treasury’s GDP deflators.', source: 'HM Treasury, GDP deflators at market prices' },
  'price-base factor on every money figure, 1–1000% (100 = the case’s own prices) [100]'),
  pricebase: {
    name: 'pricebase', group: 'main', doc: 'the financial year `uprate` brings figures to, e.g. `2025-26`, shown beside money [none]',
    initial: () => '',
    read: (raw, fail) => (isFinancialYear(raw.trim()) ? raw.trim() : void fail(`"${shorten(raw)}" is not a financial year such as 2025-26`)),
    write: (value) => (value ? [['pricebase', value]] : []),
  },
  pay: {
    name: 'pay', group: 'main',
    doc: 'who pays the costs: `share` (each partner its share of each theme), `lead:<partner>`, `benefit` (in proportion to benefit), `custom` (with `pay.<partner>`) or `breakeven` (central partners close the local gap) [share]',
    initial: () => ({ kind: 'share' }),
    read: (raw, fail, _current, _part, v) => orFail(readPay(raw, v), fail, (pay) => pay),
    write: (value, initial) => (payText(value) === payText(initial) ? [] : [['pay', payText(value)]]),
  },
  payShares: payShareParam,
  breakeven: wholeParam('breakeven', 'main', 1, 10, '(a year of the appraisal)', null, 'year by which the local partners are to break even, 1 = the first year of the appraisal (to the case’s own years where it gives more than 10), for the `breakeven` rule and `deal.*` [the horizon’s last]', (v) => v.maxHorizon),
  seed: wholeParam('seed', 'uncertainty', 0, 4_294_967_295, '', 2013, 'Monte Carlo seed, a whole number 0–4294967295 [2013]'),
  draws: wholeParam('draws', 'uncertainty', 100, 100_000, 'draws', 10_000, 'Monte Carlo draws, 100–100000 [10000]'),
  distribution: choiceParam('dist', 'uncertainty', DISTRIBUTIONS, 'distribution', 'how each range is drawn: `triangular` (peak at the current setting) or `uniform` [triangular]'),
  ranges: {
    name: 'range.<setting>', group: 'uncertainty', keyed: /^range\.(.*)$/i,
    doc: `Monte Carlo range \`low-high\` in the setting's units, for ${RANGE_KEYS.map((k) => `\`${rangeName(k)}\``).join(', ')}, e.g. \`range.leakage=10-40\`, \`range.delay=0-2\` [none: the current setting]`,
    initial: () => ({}),
    read: (raw, fail, current, part, v) => {
      const which = RANGE_KEYS.find((k) => rangeName(k) === part.toLowerCase());
      if (!which) return void fail(`"${shorten(part)}" cannot have a range (use ${RANGE_KEYS.map(rangeName).join(', ')})`);
      return orFail(readRange(numericFor(rangeSpec(which), v), raw), fail, (range) => ({ ...current, [which]: range }));
    },
    write: (ranges) =>
      RANGE_KEYS.flatMap((key): [string, string][] => {
        const [lo, hi] = ranges[key]?.map((end) => display(end, rangeSpec(key).divisor)) ?? [];
        return lo === undefined ? [] : [[`range.${rangeName(key)}`, `${lo}-${hi}`]];
      }),
  },
  area: {
    name: 'area', group: 'area', doc: 'local-area view: `triborough`, `manchester`, `essex`, `westcheshire` or `custom` [none: England]',
    initial: () => '',
    read: (raw, fail) => {
      const id = raw.trim().toLowerCase();
      return AREA_ID.test(id) ? id : void fail(`"${shorten(raw)}" is not an area name (letters, digits and hyphens)`);
    },
    write: (value) => [['area', value]],
  },
  cohort: wholeParam('cohort', 'local', 1, 999_999, 'families', undefined, 'with `area`: troubled-families cohort, 1–999999 families (a pilot has its own)'),
  population: {
    name: 'pop', group: 'local', doc: "with `area`: share of England's population, % above 0 up to 100",
    initial: () => undefined,
    read: (raw, fail) => orFail(readShare(raw), fail, (v) => v / 100),
    write: (value) => (value === undefined ? [] : [['pop', display(value, 100)]]),
  },
  spend: byIdParam('spend', THEMES, /^spend\.(.*)$/i, 100, readShare, `with \`area\`: share of a theme's addressable spend, %, e.g. \`spend.${LINK_DEFAULT_THEMES[0]}=1.5\``, 'local'),
  costRule: choiceParam('costs', 'local', COST_RULES, 'cost rule', 'with `area`: who pays local costs, `all` (local government) or `share` (in proportion to its benefit share) [all]'),
  version: {
    name: 'v', group: 'link', doc: `link version (${LINK_VERSION}); older links are migrated`,
    initial: () => LINK_VERSION,
    // Nothing to keep: the version only says how to read the rest.
    read: (raw, fail) => {
      if (raw.trim() !== String(LINK_VERSION)) fail(`link version "${shorten(raw)}" is not known; read as version ${LINK_VERSION}`);
      return undefined;
    },
    write: (value) => [['v', String(value)]],
  },
} satisfies { [K in keyof LinkParams]-?: ParamSpec<LinkParams[K]> };

export type LinkParamName = keyof LinkParams;
export const LINK_PARAM_NAMES = Object.keys(LINK_SPECS) as LinkParamName[];

/** A spec as the generic loops see it (the table's own types are kept for its readers). */
export const specOf = (name: LinkParamName) => LINK_SPECS[name] as ParamSpec<unknown>;

/** The six sliders, in the order the panel shows them. */
export const NUMERIC_SPECS: readonly NumericSpec[] = Object.values(NUMBERS);

/** The Green Book adjustments' sliders, in the order the formula applies them, then the drop-off and the price base. */
export const ADJUSTMENT_SPECS: readonly NumericSpec[] = [...Object.values(ADJUSTMENTS), LINK_SPECS.dropoff, LINK_SPECS.uprate];

/** The spec (range, unit, divisor) that a user range follows: its setting's own. */
export function rangeSpec(key: RangeKey): NumericSpec {
  return key in NUMBERS ? NUMBERS[key as keyof typeof NUMBERS] : ADJUSTMENTS[key as keyof typeof ADJUSTMENTS];
}

/** A range's name in a link: the setting's own (`range.ob.cost`). */
function rangeName(key: RangeKey): string {
  return rangeSpec(key).param ?? key;
}

/** Names that take a part after the dot are matched without regard to case when spotting repeats. */
export const KEYED_NAME = new RegExp(`^(${LINK_PARAM_NAMES.filter((n) => specOf(n).keyed).map((n) => specOf(n).name.split('.')[0]).join('|')})\\.`, 'i');

/** The parameter a link's key names, with the part after its dot; undefined when none does. */
export function findParam(key: string): { name: LinkParamName; part: string } | undefined {
  for (const name of LINK_PARAM_NAMES) {
    const spec = specOf(name);
    const match = spec.keyed ? spec.keyed.exec(key) : null;
    if (match || spec.name === key) return { name, part: match?.[1] ?? '' };
  }
  return undefined;
}
