import { PARTNER_IDS, THEME_IDS, type PartnerId, type PartnerLens, type Settings, type ThemeId } from './types';

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
    help: 'Years counted in the net benefit. The report used 5; later years follow the documented rule.', source: 'EY 2013, 3.4; docs/model.md' },
];

export const PER_THEME_KEYS = ['leakage', 'delay'] as const;
export type PerThemeKey = (typeof PER_THEME_KEYS)[number];

export const AGGREGATED_THEMES: ThemeId[] = ['hsc', 'fcn', 'ws'];
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

export interface Ignored {
  param: string;
  reason: string;
}

export interface ParsedSettings {
  settings: Settings;
  ignored: Ignored[];
}

const PLAIN_NUMBER = /^-?\d{1,6}(\.\d{1,6})?$/;
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A display-unit number within a spec's range, or the reason it is not one. */
function readNumber(raw: string, s: Pick<NumericSpec, 'min' | 'max' | 'unit'>): number | string {
  const text = raw.trim();
  if (!PLAIN_NUMBER.test(text)) return `"${shorten(raw)}" is not a number`;
  // Adding zero turns "-0" into 0, so a link never carries a negative zero.
  const value = Number(text) + 0;
  const unit = s.unit === '%' ? '%' : ' years';
  if (value < s.min || value > s.max) return `${text} is outside ${s.min}–${s.max}${unit}`;
  return value;
}

function readScenario(raw: string): number | string {
  const text = raw.trim().toLowerCase();
  if (text === 'prudent') return 0;
  if (text === 'base') return 100;
  return readNumber(raw, spec('scenario'));
}

function readThemes(raw: string, ignored: Ignored[]): ThemeId[] {
  const wanted = new Set<string>();
  for (const part of raw.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean)) {
    if ((THEME_IDS as readonly string[]).includes(part)) wanted.add(part);
    else ignored.push({ param: 'themes', reason: `"${shorten(part)}" is not a theme (use ${THEME_IDS.join(', ')})` });
  }
  return THEME_IDS.filter((id) => wanted.has(id));
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

/**
 * Reads settings from a query string. Every parameter is optional; anything unknown or invalid is
 * left at its default and reported with the reason, so a hand-edited link never breaks the page.
 */
export function parseSettings(query: string | URLSearchParams): ParsedSettings {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  const settings = defaultSettings();
  const ignored: Ignored[] = [];
  const seen = new Set<string>();

  for (const [rawKey, raw] of params) {
    const key = rawKey.trim();
    const fail = (reason: string) => ignored.push({ param: shorten(key), reason });
    // Theme names are read without regard to case, so leakage.HSC repeats leakage.hsc.
    const canonical = /^(leakage|delay)\./.test(key) ? key.toLowerCase() : key;
    if (seen.has(canonical)) {
      fail('given more than once; the first value was used');
      continue;
    }
    seen.add(canonical);
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
      settings.themes = readThemes(raw, ignored);
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
    } else {
      fail('not a setting this app knows');
    }
  }
  return { settings, ignored };
}

/** Display-unit value rounded so floating-point noise never reaches a link. */
const display = (value: number, divisor: number) => String(Math.round(value * divisor * 1e6) / 1e6);

const lensText = (lens: PartnerLens) => (lens.kind === 'all' ? 'all' : `${lens.kind}:${lens.partner}`);

/** Writes settings as a query string holding only what differs from the defaults. */
export function serialiseSettings(s: Settings): string {
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
  if (params.length === 0) return '';
  params.push(['v', String(LINK_VERSION)]);
  // Commas and colons stay readable in links; URLSearchParams would escape them.
  return params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
}

export function settingsEqual(a: Settings, b: Settings): boolean {
  return serialiseSettings(a) === serialiseSettings(b);
}
