import { KEYED_NAME, LINK_PARAM_NAMES, LINK_VERSION, NATIONAL_VOCABULARY, findParam, shorten, specOf, type LinkVocabulary, type ParamGroup } from './linkParams';
import { MAX_HORIZON } from './profile';
import { caseYears } from './schema';
import type { LocalSettings, ModelData, Settings, UncertaintySettings } from './types';

export { ADJUSTMENT_SPECS, AGGREGATED_THEMES, isFinancialYear, LINK_DECIMALS, LINK_SPECS, LINK_VERSION, NATIONAL_VOCABULARY, NUMERIC_SPECS, findParam, numericFor, rangeSpec, type LinkVocabulary, type NumericSpec } from './linkParams';

/** What a link may name and ask for with this case loaded: its themes, partners and years. */
export function vocabularyOf(data: ModelData): LinkVocabulary {
  const years = caseYears(data);
  const aggregated = data.themes.filter((t) => t.status === 'aggregated').map((t) => t.id);
  return {
    themes: data.themes.map((t) => t.id),
    defaultThemes: aggregated.length ? aggregated : data.themes.map((t) => t.id),
    partners: data.partners.map((p) => p.id),
    years,
    maxHorizon: Math.max(MAX_HORIZON, years),
    hasPrudent: data.scenarios.some((s) => s.id === 'prudent'),
  };
}

/** The initial values of one group's parameters (those with none are left out). */
function initialOf<T>(group: ParamGroup, v: LinkVocabulary = NATIONAL_VOCABULARY): T {
  const values = LINK_PARAM_NAMES.filter((name) => specOf(name).group === group).map((name) => [name, specOf(name).initial(v)]);
  return Object.fromEntries(values.filter(([, value]) => value !== undefined)) as T;
}

/** The settings a link without parameters means, for a case (the national one unless given). */
export const defaultSettings = (v: LinkVocabulary = NATIONAL_VOCABULARY): Settings => initialOf('main', v);

/** Kept out of `defaultSettings()`: a missing `uncertainty` means these, so existing links and saved settings are unchanged. */
export const defaultUncertainty = (): UncertaintySettings => initialOf('uncertainty');

export const uncertaintyOf = (s: Settings): UncertaintySettings => s.uncertainty ?? defaultUncertainty();

/** A fresh local choice for an area (no drivers of its own; local government pays all local costs). */
export const defaultLocal = (area: string): LocalSettings => ({ area, ...initialOf<Omit<LocalSettings, 'area'>>('local') });

export interface Ignored {
  param: string;
  reason: string;
}

export interface ParsedSettings {
  settings: Settings;
  ignored: Ignored[];
}

// Anything unknown or invalid is left at its default and reported, so a hand-edited link never breaks
// the page. A repeat is not read; an exact repeat of a bad one is reported again, so a notice can count it.
export function parseSettings(query: string | URLSearchParams, vocabulary: LinkVocabulary = NATIONAL_VOCABULARY): ParsedSettings {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  const local: Record<string, unknown> = initialOf('local');
  const drafts: Record<ParamGroup, Record<string, unknown>> = { main: initialOf('main', vocabulary), uncertainty: initialOf('uncertainty'), area: local, local, link: {} };
  const used = new Set<ParamGroup>();
  // Usable local parameters in the order given, reported if no area comes.
  const localGiven: string[] = [];
  const ignored: Ignored[] = [];
  const seen = new Map<string, { raw: string; reported: Ignored[] }>();

  for (const [rawKey, raw] of params) {
    const key = rawKey.trim();
    // Theme names are read without regard to case, so leakage.HSC repeats leakage.hsc.
    const canonical = KEYED_NAME.test(key) ? key.toLowerCase() : key;
    const first = seen.get(canonical);
    if (first) {
      if (first.raw === raw && first.reported.length > 0) ignored.push(...first.reported);
      else ignored.push({ param: shorten(key), reason: first.reported.length > 0 ? 'given more than once; only the first value was read' : 'given more than once; the first value was used' });
      continue;
    }
    const reported: Ignored[] = [];
    seen.set(canonical, { raw, reported });
    const fail = (reason: string) => reported.push({ param: shorten(key), reason });
    const found = findParam(key);
    const spec = found && specOf(found.name);
    if (!found || !spec) fail('not a setting this app knows');
    else {
      const draft = drafts[spec.group];
      const value = spec.read(raw, fail, draft[found.name], found.part, vocabulary);
      if (value !== undefined) {
        draft[found.name] = value;
        used.add(spec.group);
        if (spec.group === 'local') localGiven.push(key);
      }
    }
    ignored.push(...reported);
  }

  const settings = drafts.main as unknown as Settings;
  // Agreed shares alone mean the custom rule; beside another rule they are said to be unused, not silently kept.
  if (!seen.has('pay') && Object.keys(settings.payShares).length > 0) settings.pay = { kind: 'custom' };
  if (settings.pay.kind !== 'custom' && Object.keys(settings.payShares).length > 0) {
    for (const id of Object.keys(settings.payShares)) ignored.push({ param: `pay.${id}`, reason: 'applies only with pay=custom' });
    settings.payShares = {};
  }
  if (used.has('uncertainty')) settings.uncertainty = drafts.uncertainty as unknown as UncertaintySettings;
  const { area, ...rest } = local;
  if (used.has('area')) settings.local = { area, ...rest } as LocalSettings;
  else for (const param of localGiven) ignored.push({ param: shorten(param), reason: 'applies only with area=… (a pilot or custom)' });
  return { settings, ignored };
}

function entriesOf(sources: Partial<Record<ParamGroup, object>>): [string, string][] {
  return LINK_PARAM_NAMES.flatMap((name) => {
    const spec = specOf(name);
    const source = sources[spec.group] as Record<string, unknown> | undefined;
    return source ? spec.write(source[name], spec.initial(NATIONAL_VOCABULARY)) : [];
  });
}

// Settings objects are never changed in place, so each one's link is kept: presets, "matches the
// report" and the address bar all ask for it on every render.
const serialised = new WeakMap<Settings, string>();

/** A query string holding only what differs from the defaults. */
export function serialiseSettings(s: Settings): string {
  if (!serialised.has(s)) serialised.set(s, writeQuery(s));
  return serialised.get(s)!;
}

function writeQuery(s: Settings): string {
  const params = entriesOf({ main: s, uncertainty: s.uncertainty, area: s.local, local: s.local });
  if (params.length === 0) return '';
  params.push(...entriesOf({ link: { version: LINK_VERSION } }));
  // Commas and colons stay readable in links; URLSearchParams would escape them.
  return params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
}

export function settingsEqual(a: Settings, b: Settings): boolean {
  return serialiseSettings(a) === serialiseSettings(b);
}

/** The link parameters (besides `area`) that a local choice is written with. */
export const localParamNames = (l: LocalSettings): string[] => entriesOf({ local: l }).map(([key]) => key);

/** Like `settingsEqual` but ignoring the Monte Carlo and local-area choices, which `evaluate` never reads. */
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
