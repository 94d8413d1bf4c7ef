import Decimal from 'decimal.js';
import {
  COST_RULES,
  DISTRIBUTIONS,
  PARTNER_IDS,
  RANGE_KEYS,
  THEME_IDS,
  type LocalSettings,
  type PartnerId,
  type PartnerLens,
  type RangeKey,
  type Settings,
  type ThemeId,
  type UncertaintySettings,
} from './types';
import { LINK_DEFAULT_THEMES } from './link-ids';

/**
 * Every numeric setting described once. Values in links and controls are in display units
 * (percent, years); the model works in fractions, hence `divisor`.
 */
export interface NumericSpec {
  key: 'scenario' | 'scale' | 'leakage' | 'delay' | 'rate' | 'horizon';
  label: string;
  unit: '%' | 'years';
  min: number;
  max: number;
  step: number;
  /** Default in display units. */
  default: number;
  divisor: number;
  help: string;
  source: string;
}

export const NUMERIC_SPECS: readonly NumericSpec[] = [
  { key: 'scenario', label: 'Scenario (prudent to base)', unit: '%', min: 0, max: 100, step: 5, default: 100, divisor: 100,
    help: '0% is the report’s prudent scenario, 100% its base scenario; values between blend the two.', source: 'EY 2013, 6.1' },
  { key: 'scale', label: 'Take-up across England', unit: '%', min: 0, max: 100, step: 1, default: 100, divisor: 100,
    help: 'Share of the national potential that places actually take up. 100% is the report’s aggregation.', source: 'EY 2013, 3.6 step 4' },
  { key: 'leakage', label: 'Leakage', unit: '%', min: 0, max: 100, step: 1, default: 0, divisor: 100,
    help: 'Share of gross benefit lost or not cashable: demand varies, cash cannot be released, partners do not engage.', source: 'EY 2013, 6.2.2 scenario 1' },
  { key: 'delay', label: 'Delay', unit: 'years', min: 0, max: 5, step: 0.25, default: 0, divisor: 1,
    help: 'Years by which benefits arrive later than planned while costs stay where they are.', source: 'EY 2013, 6.2.2 scenario 3' },
  { key: 'rate', label: 'Discount rate', unit: '%', min: 0, max: 10, step: 0.1, default: 3.5, divisor: 100,
    help: 'Rate used to bring later years to today’s value. 3.5% is the HM Treasury Green Book rate the report used.', source: 'EY 2013, 3.4' },
  { key: 'horizon', label: 'Appraisal horizon', unit: 'years', min: 5, max: 10, step: 1, default: 5, divisor: 1,
    help: 'Years counted in the net benefit. The report used 5; later years follow the documented rule.', source: 'EY 2013, 3.4 (5 years); later years: Method and sources, “Years after the fifth”' },
];

export const PER_THEME_KEYS = ['leakage', 'delay'] as const;
export type PerThemeKey = (typeof PER_THEME_KEYS)[number];

export const AGGREGATED_THEMES: ThemeId[] = [...LINK_DEFAULT_THEMES];
/** Version written into links; older links are migrated before parsing (none yet). */
export const LINK_VERSION = 1;

const spec = (key: NumericSpec['key']): NumericSpec => NUMERIC_SPECS.find((s) => s.key === key)!;

export function defaultSettings(): Settings {
  const d = (key: NumericSpec['key']) => spec(key).default / spec(key).divisor;
  return {
    scenario: d('scenario'),
    scale: d('scale'),
    leakage: d('leakage'),
    delay: d('delay'),
    rate: d('rate'),
    horizon: d('horizon'),
    themes: [...AGGREGATED_THEMES],
    lens: { kind: 'all' },
    leakageByTheme: {},
    delayByTheme: {},
  };
}

/** The seed used when a link gives none (the report's year). */
export const DEFAULT_SEED = 2013;
export const DEFAULT_DRAWS = 10_000;
export const MIN_DRAWS = 100;
export const MAX_DRAWS = 100_000;
export const MAX_SEED = 4_294_967_295;
export const MAX_COHORT = 999_999;

/**
 * Monte Carlo defaults. They are not written into `defaultSettings()` (which keeps its published
 * shape): a missing `uncertainty` means these, so existing links and saved settings are unchanged.
 */
export function defaultUncertainty(): UncertaintySettings {
  return { seed: DEFAULT_SEED, draws: DEFAULT_DRAWS, distribution: 'triangular', ranges: {} };
}

/** The settings' Monte Carlo part, with the defaults filled in when absent. */
export const uncertaintyOf = (s: Settings): UncertaintySettings => s.uncertainty ?? defaultUncertainty();

/** A fresh local choice for an area (no drivers of its own; local government pays all local costs). */
export function defaultLocal(area: string): LocalSettings {
  return { area, spend: {}, costRule: 'all' };
}

/** The spec (range, unit, divisor) that a user range for leakage, delay or take-up follows. */
export const rangeSpec = (key: RangeKey): NumericSpec => spec(key);

export interface Ignored {
  param: string;
  reason: string;
}

export interface ParsedSettings {
  settings: Settings;
  ignored: Ignored[];
}

/**
 * Decimal places, in a setting's display unit, that a number in a link is read to and written
 * with: more digits are rounded half up (leakage=73.4043760343358 reads as 73.404376%,
 * rate=0.0000001 as 0%). Six is finer than any control's step and is what the app writes, so a
 * link the app wrote reads back exactly.
 */
export const LINK_DECIMALS = 6;

/**
 * A decimal number as people and programs write it: "12", "-0.5", ".5", "5.", "1e-7", "1e+2".
 * A "+" left unescaped in a link arrives as a space, so "1e 2" is read as "1e+2".
 */
const DECIMAL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+ -]?\d+)?$/i;
const exactDecimal = (text: string): Decimal | null => (DECIMAL_NUMBER.test(text) ? new Decimal(text.replace(' ', '+')) : null);
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The number written in `text` rounded to LINK_DECIMALS, or null when it is not a number. */
function readDecimal(text: string): number | null {
  const exact = exactDecimal(text);
  if (!exact) return null;
  // Decimal reads every digit exactly (Number would round first, then we would round again);
  // adding zero turns "-0" (and "-0.0000001", which rounds to it) into 0, so a link never
  // carries a negative zero.
  return exact.toDecimalPlaces(LINK_DECIMALS, Decimal.ROUND_HALF_UP).toNumber() + 0;
}

const unitWords = (unit: NumericSpec['unit']) => (unit === '%' ? '%' : ' years');

/** A display-unit number within a spec's range (rounded as LINK_DECIMALS says), or the reason it is not one. */
function readNumber(raw: string, s: Pick<NumericSpec, 'min' | 'max' | 'unit'>): number | string {
  const text = raw.trim();
  const value = readDecimal(text);
  if (value === null) return `"${shorten(raw)}" is not a number`;
  if (value < s.min || value > s.max) return `${shorten(text)} is outside ${s.min}–${s.max}${unitWords(s.unit)}`;
  return value;
}

function readScenario(raw: string): number | string {
  const text = raw.trim().toLowerCase();
  if (text === 'prudent') return 0;
  if (text === 'base') return 100;
  return readNumber(raw, spec('scenario'));
}

/** Names quoted for a message: the first three, then how many more. */
function quoteNames(names: string[]): string {
  const shown = names.slice(0, 3).map((n) => `"${shorten(n)}"`).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/**
 * The themes in a comma list, each bad name reported. An empty list ("themes=", what the app
 * writes when every theme is off) means none; a list in which no name is a theme keeps the
 * default themes, so a mistyped link never switches everything off.
 */
function readThemes(raw: string, fail: (reason: string) => void): ThemeId[] | undefined {
  const parts = raw.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const isTheme = (part: string): part is ThemeId => (THEME_IDS as readonly string[]).includes(part);
  const bad = parts.filter((part) => !isTheme(part));
  const use = `use ${THEME_IDS.join(', ')}`;
  if (parts.length > 0 && bad.length === parts.length) {
    const names = [...new Set(bad)];
    fail(`${quoteNames(names)} ${names.length === 1 ? 'is not a theme' : 'are not themes'} (${use}), so the default themes are kept`);
    return undefined;
  }
  for (const part of bad) fail(`"${shorten(part)}" is not a theme (${use})`);
  return THEME_IDS.filter((id) => parts.includes(id));
}

const findPartner = (raw: string): PartnerId | undefined =>
  PARTNER_IDS.find((p) => p.toLowerCase() === raw.trim().toLowerCase());

function readLens(raw: string): PartnerLens | string {
  const text = raw.trim();
  if (text.toLowerCase() === 'all') return { kind: 'all' };
  const match = /^(lead|exclude):(.+)$/i.exec(text);
  const partner = match ? findPartner(match[2] ?? '') : undefined;
  if (!match || !partner) return `"${shorten(raw)}" is not all, lead:<partner> or exclude:<partner> (partners ${PARTNER_IDS.join(', ')})`;
  return { kind: match[1]!.toLowerCase() === 'lead' ? 'lead' : 'exclude', partner };
}

/** What the first occurrence of a parameter said, so its repeats can be reported truly. */
interface FirstSeen {
  raw: string;
  /** What was reported about it (empty when it was used). */
  reported: Ignored[];
}

/**
 * Reads settings from a query string. Every parameter is optional; anything unknown or invalid is
 * left at its default and reported with the reason, so a hand-edited link never breaks the page.
 * A parameter given more than once is read once, at its first occurrence: an exact repeat of a
 * bad one is reported as the first was (so a notice can count the copies), any other repeat as a
 * repeat.
 */
export function parseSettings(query: string | URLSearchParams): ParsedSettings {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  const settings = defaultSettings();
  const ignored: Ignored[] = [];
  const seen = new Map<string, FirstSeen>();
  const extra = newExtra();

  for (const [rawKey, raw] of params) {
    const key = rawKey.trim();
    // Theme names are read without regard to case, so leakage.HSC repeats leakage.hsc.
    const canonical = /^(leakage|delay|range|spend)\./i.test(key) ? key.toLowerCase() : key;
    const first = seen.get(canonical);
    if (first) {
      if (first.raw === raw && first.reported.length > 0) ignored.push(...first.reported);
      else ignored.push({ param: shorten(key), reason: first.reported.length > 0 ? 'given more than once; only the first value was read' : 'given more than once; the first value was used' });
      continue;
    }
    const reported: Ignored[] = [];
    seen.set(canonical, { raw, reported });
    readParam(key, raw, settings, extra, (reason) => reported.push({ param: shorten(key), reason }));
    ignored.push(...reported);
  }
  finishExtra(settings, extra, ignored);
  return { settings, ignored };
}

/** Reads one parameter into the settings (or `extra`), reporting through `fail` whatever it cannot use. */
function readParam(key: string, raw: string, settings: Settings, extra: Extra, fail: (reason: string) => void) {
  const numeric = NUMERIC_SPECS.find((s) => s.key === key);
  if (key === 'v') {
    if (raw.trim() !== String(LINK_VERSION)) fail(`link version "${shorten(raw)}" is not known; read as version ${LINK_VERSION}`);
  } else if (key === 'scenario' || numeric) {
    const s = numeric ?? spec('scenario');
    const value = key === 'scenario' ? readScenario(raw) : readNumber(raw, s);
    if (typeof value === 'string') fail(value);
    else if (key === 'horizon' && !Number.isInteger(value)) fail(`${value} is not a whole number of years`);
    else settings[s.key] = value / s.divisor;
  } else if (key === 'themes') {
    const themes = readThemes(raw, fail);
    if (themes) settings.themes = themes;
  } else if (key === 'lens') {
    const lens = readLens(raw);
    if (typeof lens === 'string') fail(lens);
    else settings.lens = lens;
  } else if (/^(leakage|delay)\.[^.]+$/.test(key)) {
    const [which, theme] = key.split('.') as [PerThemeKey, string];
    const s = spec(which);
    const id = THEME_IDS.find((t) => t === theme.toLowerCase());
    const value = readNumber(raw, s);
    if (!id) fail(`"${shorten(theme)}" is not a theme`);
    else if (typeof value === 'string') fail(value);
    else settings[which === 'leakage' ? 'leakageByTheme' : 'delayByTheme'][id] = value / s.divisor;
  } else if (!readExtra(key, raw, fail, extra)) {
    fail('not a setting this app knows');
  }
}

// ---------------------------------------------------------------------------------------------
// Monte Carlo and local-area parameters (all optional; see the README's settings table).

/** What the Monte Carlo and local-area parameters of one link said, before they are combined. */
interface Extra {
  uncertainty?: UncertaintySettings;
  area?: string;
  local: Omit<LocalSettings, 'area'>;
  /** Local parameters in the order given, so those without an area can be reported. */
  localParams: string[];
}

const newExtra = (): Extra => ({ local: { spend: {}, costRule: 'all' }, localParams: [] });

const AREA_ID = /^[a-z0-9-]{1,40}$/;

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

/** A share given in % (more than 0, at most 100), as a fraction. */
function readShare(raw: string): number | string {
  const value = readNumber(raw, { min: 0, max: 100, unit: '%' });
  if (typeof value === 'string') return value;
  if (value === 0) return Number(raw.trim()) === 0 ? 'a share must be more than 0%' : `a share must be more than 0% (${shorten(raw.trim())} rounds to 0 at ${LINK_DECIMALS} decimal places)`;
  return value / 100;
}

/** "lo-hi" in display units, both within the setting's range and lo ≤ hi. */
function readRange(key: RangeKey, raw: string): [number, number] | string {
  const s = spec(key);
  const parts = raw.trim().split('-');
  if (parts.length !== 2) return `"${shorten(raw)}" is not a range such as 10-40`;
  const lo = readNumber(parts[0]!, s);
  const hi = readNumber(parts[1]!, s);
  if (typeof lo === 'string') return lo;
  if (typeof hi === 'string') return hi;
  if (lo > hi) return `${lo} is more than ${hi}: give the lower end first`;
  return [lo / s.divisor, hi / s.divisor];
}

/** Reads one Monte Carlo or local parameter into `extra`; false when the key is not one of them. */
function readExtra(key: string, raw: string, fail: (reason: string) => void, extra: Extra): boolean {
  const u = () => (extra.uncertainty ??= defaultUncertainty());
  const take = <T>(value: T | string, apply: (v: T) => void) => (typeof value === 'string' ? fail(value) : apply(value));
  const lower = key.toLowerCase();
  if (key === 'seed') take(readWhole(raw, 0, MAX_SEED, ''), (v) => (u().seed = v));
  else if (key === 'draws') take(readWhole(raw, MIN_DRAWS, MAX_DRAWS, 'draws'), (v) => (u().draws = v));
  else if (key === 'dist') {
    const d = DISTRIBUTIONS.find((x) => x === raw.trim().toLowerCase());
    if (d) u().distribution = d;
    else fail(`"${shorten(raw)}" is not a distribution (use ${DISTRIBUTIONS.join(' or ')})`);
  } else if (lower.startsWith('range.')) {
    const which = RANGE_KEYS.find((k) => k === lower.slice('range.'.length));
    if (!which) fail(`"${shorten(key.slice('range.'.length))}" cannot have a range (use ${RANGE_KEYS.join(', ')})`);
    else take(readRange(which, raw), (v) => (u().ranges[which] = v));
  } else if (key === 'area') {
    const id = raw.trim().toLowerCase();
    if (AREA_ID.test(id)) extra.area = id;
    else fail(`"${shorten(raw)}" is not an area name (letters, digits and hyphens)`);
  } else if (key === 'cohort' || key === 'pop' || key === 'costs' || lower.startsWith('spend.')) {
    // Noted only when usable, so that one without an area is reported once, with its true reason.
    const reason = readLocal(key, raw, extra.local);
    if (reason) fail(reason);
    else extra.localParams.push(key);
  } else return false;
  return true;
}

/** Reads one local-area parameter into `local`; the reason when its value cannot be used. */
function readLocal(key: string, raw: string, local: Extra['local']): string | undefined {
  const lower = key.toLowerCase();
  if (key === 'costs') {
    const rule = COST_RULES.find((x) => x === raw.trim().toLowerCase());
    if (!rule) return `"${shorten(raw)}" is not a cost rule (use ${COST_RULES.join(' or ')})`;
    local.costRule = rule;
    return undefined;
  }
  const theme = THEME_IDS.find((t) => t === lower.slice('spend.'.length));
  if (key !== 'cohort' && key !== 'pop' && !theme) return `"${shorten(key.slice('spend.'.length))}" is not a theme`;
  const value = key === 'cohort' ? readWhole(raw, 1, MAX_COHORT, 'families') : readShare(raw);
  if (typeof value === 'string') return value;
  if (key === 'cohort') local.cohort = value;
  else if (key === 'pop') local.population = value;
  else local.spend[theme!] = value;
  return undefined;
}

function finishExtra(settings: Settings, extra: Extra, ignored: Ignored[]) {
  if (extra.uncertainty) settings.uncertainty = extra.uncertainty;
  if (extra.area) {
    settings.local = { area: extra.area, ...extra.local };
    return;
  }
  // Those with a bad value were reported when read; these were good but have no area to apply to.
  for (const param of extra.localParams) ignored.push({ param: shorten(param), reason: 'applies only with area=… (a pilot or custom)' });
}

/** Display-unit value rounded to LINK_DECIMALS, so floating-point noise never reaches a link. */
const LINK_SCALE = 10 ** LINK_DECIMALS;
const display = (value: number, divisor: number) => String(Math.round(value * divisor * LINK_SCALE) / LINK_SCALE);

const lensText = (lens: PartnerLens) => (lens.kind === 'all' ? 'all' : `${lens.kind}:${lens.partner}`);

/** Writes settings as a query string holding only what differs from the defaults. */
// Settings objects are never changed in place (the store replaces them), so each one's link can
// be kept: presets, "matches the report" and the address bar all ask for it on every render.
const serialised = new WeakMap<Settings, string>();

export function serialiseSettings(s: Settings): string {
  let text = serialised.get(s);
  if (text === undefined) {
    text = writeQuery(s);
    serialised.set(s, text);
  }
  return text;
}

function writeQuery(s: Settings): string {
  const d = defaultSettings();
  const params: [string, string][] = [];
  for (const n of NUMERIC_SPECS) {
    // Compare what the link would say, so a difference too small to show writes nothing.
    const text = display(s[n.key], n.divisor);
    if (text === display(d[n.key], n.divisor)) continue;
    params.push([n.key, n.key === 'scenario' && text === '0' ? 'prudent' : n.key === 'scenario' && text === '100' ? 'base' : text]);
  }
  const themes = THEME_IDS.filter((id) => s.themes.includes(id));
  if (themes.join(',') !== d.themes.join(',')) params.push(['themes', themes.join(',')]);
  if (lensText(s.lens) !== 'all') params.push(['lens', lensText(s.lens)]);
  for (const which of PER_THEME_KEYS) {
    const byTheme = which === 'leakage' ? s.leakageByTheme : s.delayByTheme;
    for (const id of THEME_IDS) {
      const v = byTheme[id];
      if (v !== undefined) params.push([`${which}.${id}`, display(v, spec(which).divisor)]);
    }
  }
  params.push(...uncertaintyParams(s.uncertainty), ...localParams(s.local));
  if (params.length === 0) return '';
  params.push(['v', String(LINK_VERSION)]);
  // Commas and colons stay readable in links; URLSearchParams would escape them.
  return params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
}

export function settingsEqual(a: Settings, b: Settings): boolean {
  return serialiseSettings(a) === serialiseSettings(b);
}

function uncertaintyParams(u: UncertaintySettings | undefined): [string, string][] {
  if (!u) return [];
  const d = defaultUncertainty();
  const params: [string, string][] = [];
  if (u.seed !== d.seed) params.push(['seed', String(u.seed)]);
  if (u.draws !== d.draws) params.push(['draws', String(u.draws)]);
  if (u.distribution !== d.distribution) params.push(['dist', u.distribution]);
  for (const key of RANGE_KEYS) {
    const r = u.ranges[key];
    const divisor = spec(key).divisor;
    if (r) params.push([`range.${key}`, `${display(r[0], divisor)}-${display(r[1], divisor)}`]);
  }
  return params;
}

/** The link parameters (besides `area`) that a local choice is written with. */
export const localParamNames = (l: LocalSettings): string[] => localParams(l).slice(1).map(([key]) => key);

function localParams(l: LocalSettings | undefined): [string, string][] {
  if (!l) return [];
  const params: [string, string][] = [['area', l.area]];
  if (l.cohort !== undefined) params.push(['cohort', String(l.cohort)]);
  if (l.population !== undefined) params.push(['pop', display(l.population, 100)]);
  for (const id of THEME_IDS) {
    const v = l.spend[id];
    if (v !== undefined) params.push([`spend.${id}`, display(v, 100)]);
  }
  if (l.costRule !== 'all') params.push(['costs', l.costRule]);
  return params;
}

/**
 * Whether two settings give the same model results: like `settingsEqual` but ignoring the Monte
 * Carlo and local-area choices, which `evaluate` never reads.
 */
export function modelSettingsEqual(a: Settings, b: Settings): boolean {
  const strip = (s: Settings): Settings => {
    if (!s.uncertainty && !s.local) return s;
    const rest = { ...s };
    delete rest.uncertainty;
    delete rest.local;
    return rest;
  };
  return settingsEqual(strip(a), strip(b));
}
