import { ADJUSTMENT_SPECS, NUMERIC_SPECS, defaultSettings, type ModelData, type NumericSpec, type PartnerLens, type Settings } from '../model';
import { formatNumber } from './format';

export interface AssumptionLine {
  label: string;
  value: string;
  source: string;
}

const unitWords = (value: number, spec: NumericSpec) => (spec.unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${value === 1 ? 'year' : 'years'}`);
const shown = (value: number, spec: NumericSpec) => Math.round(value * spec.divisor * 1e6) / 1e6;

export function scenarioWords(scenario: number, own = false): string {
  const pct = shown(scenario, NUMERIC_SPECS[0]!);
  if (pct === 100) return own ? 'Base (100%)' : 'Report base (100%)';
  if (pct === 0) return own ? 'Prudent (0%)' : 'Report prudent (0%)';
  return `Blend: ${formatNumber(pct)}% of the way from prudent to base`;
}

const partnerName = (data: ModelData, id: string) => data.partners.find((p) => p.id === id)?.name ?? id;

export function lensWords(lens: PartnerLens, data: ModelData): string {
  if (lens.kind === 'lead') return `${partnerName(data, lens.partner)} acts alone`;
  if (lens.kind === 'exclude') return `${partnerName(data, lens.partner)} is left out`;
  return 'All partners together';
}

/** Where the payment rules come from: the pilots' investment agreements. */
export const PAY_SOURCE = 'EY 2013, 4.3.2 (Greater Manchester’s investment agreements); Inclusion 2013, Community Works (structured investment agreements)';

const percentOf = (share: number) => `${formatNumber(Math.round(share * 100 * 1e6) / 1e6)}%`;

/** Who pays, in words: "Local government pays every cost", "Agreed shares: Department of Health 40%, …". */
export function payWords(settings: Pick<Settings, 'pay' | 'payShares' | 'breakeven' | 'horizon'>, data: Pick<ModelData, 'partners'>): string {
  const name = (id: string) => data.partners.find((p) => p.id === id)?.name ?? id;
  switch (settings.pay.kind) {
    case 'share':
      return 'Each partner pays its share of each theme’s costs';
    case 'lead':
      return `${name(settings.pay.partner)} pays every cost`;
    case 'benefit':
      return 'Each partner pays in proportion to the benefit it receives';
    case 'custom': {
      const agreed = data.partners.filter((p) => (settings.payShares[p.id] ?? 0) > 0).map((p) => `${p.name} ${percentOf(settings.payShares[p.id]!)}`);
      return `Agreed shares of every cost: ${agreed.length ? agreed.join(', ') : 'none yet'}`;
    }
    case 'breakeven':
      return `Central partners pay the smallest share of every cost that lets local partners break even by year ${Math.min(settings.breakeven ?? settings.horizon, settings.horizon)}`;
  }
}

/** Every assumption behind a run, in plain words (print summary, exports). */
export function describeAssumptions(settings: Settings, data: ModelData): AssumptionLine[] {
  // A place's own case: its own words and sources where the national case cites the report.
  const own = !data.published;
  const ownSource = `${data.name}, as entered`;
  const lines: AssumptionLine[] = NUMERIC_SPECS.filter((spec) => !own || spec.key !== 'scenario' || data.scenarios.length > 1).map((spec) => ({
    label: own && spec.key === 'scale' ? 'Take-up' : spec.label,
    value: spec.key === 'scenario' ? scenarioWords(settings.scenario, own) : unitWords(shown(settings[spec.key], spec), spec),
    source: own && (spec.key === 'scenario' || spec.key === 'scale') ? ownSource : spec.source,
  }));
  const themeNames = data.themes.filter((t) => settings.themes.includes(t.id)).map((t) => t.name);
  lines.push({ label: 'Themes included', value: themeNames.length ? themeNames.join('; ') : 'none', source: own ? ownSource : 'EY 2013, 6.1–6.5' });
  lines.push({ label: 'Who takes part (partner lens)', value: lensWords(settings.lens, data), source: own ? ownSource : 'EY 2013, 6.2–6.4 (partner shares)' });
  // The Green Book adjustments only where they are set, so the report's own run reads as before.
  for (const spec of changedSpecs(settings, ADJUSTMENT_SPECS)) lines.push({ label: spec.label, value: unitWords(shown(settings[spec.key], spec), spec), source: spec.source });
  if (settings.after5 !== DEFAULTS.after5) lines.push({ label: 'Years after the fifth', value: AFTER5_WORDS[settings.after5], source: 'HM Treasury Green Book (2022), persistence of benefits' });
  if (settings.pricebase) lines.push({ label: 'Price base', value: settings.pricebase, source: 'HM Treasury, GDP deflators at market prices' });
  // Who pays only where it is not the report's rule, so the report's own run reads as before.
  if (settings.pay.kind !== 'share') lines.push({ label: 'Who pays', value: payWords(settings, data), source: PAY_SOURCE });
  for (const [field, key] of BY_THEME) {
    const spec = [...NUMERIC_SPECS, ...ADJUSTMENT_SPECS].find((s) => s.key === key)!;
    for (const { id, name } of data.themes) {
      const v = settings[field][id];
      if (v === undefined) continue;
      lines.push({ label: `${spec.label}: ${name}`, value: unitWords(shown(v, spec), spec), source: spec.source });
    }
  }
  return lines;
}

const DEFAULTS = defaultSettings();

/** The sliders whose value, as shown, differs from the report's (the drop-off counts only under `decay`). */
const changedSpecs = (settings: Settings, specs: readonly NumericSpec[]) =>
  specs.filter((spec) => (spec.key !== 'dropoff' || settings.after5 === 'decay') && shown(settings[spec.key], spec) !== shown(DEFAULTS[spec.key], spec));

/** How many Green Book settings differ from the report's, a theme's own values each counting once. */
export const greenBookChanges = (settings: Settings): number =>
  changedSpecs(settings, ADJUSTMENT_SPECS).length +
  BY_THEME.slice(2).reduce((n, [field]) => n + Object.keys(settings[field]).length, 0) +
  (settings.after5 !== DEFAULTS.after5 ? 1 : 0) +
  (settings.pricebase ? 1 : 0);

const BY_THEME = [
  ['leakageByTheme', 'leakage'],
  ['delayByTheme', 'delay'],
  ['deadweightByTheme', 'deadweight'],
  ['displacementByTheme', 'displacement'],
  ['attributionByTheme', 'attribution'],
] as const;

export const AFTER5_WORDS: Record<Settings['after5'], string> = {
  ramp: 'Benefits keep building to their full level by year 10',
  hold: 'Benefits stay at their year-5 level',
  decay: 'Benefits fall back from their year-5 level each year',
};

/** A short line saying how settings differ from the report base ("Leakage 20%; delay 1 year"). */
export function describeDifferences(settings: Settings, data: ModelData): string {
  const d = DEFAULTS;
  const parts: string[] = [];
  for (const spec of changedSpecs(settings, [...NUMERIC_SPECS, ...ADJUSTMENT_SPECS])) {
    const name = spec.key === 'scenario' ? 'Scenario' : spec.label.split(' (')[0]!;
    parts.push(spec.key === 'scenario' ? scenarioWords(settings.scenario) : `${name} ${unitWords(shown(settings[spec.key], spec), spec)}`);
  }
  const themes = data.themes.map((t) => t.id).filter((t) => settings.themes.includes(t));
  if (themes.join() !== d.themes.join()) parts.push(`Themes: ${data.themes.filter((t) => themes.includes(t.id)).map((t) => t.shortName).join(', ') || 'none'}`);
  if (settings.lens.kind !== 'all') parts.push(lensWords(settings.lens, data));
  if (settings.after5 !== d.after5) parts.push(`After year 5: ${settings.after5}`);
  if (settings.pricebase) parts.push(`Prices of ${settings.pricebase}`);
  if (settings.pay.kind !== 'share') parts.push(payWords(settings, data));
  const overrides = BY_THEME.reduce((n, [field]) => n + Object.keys(settings[field]).length, 0);
  if (overrides) parts.push(`${overrides} per-theme ${overrides === 1 ? 'setting' : 'settings'}`);
  return parts.length ? parts.join('; ') : 'The report’s base settings';
}

/** Whether a price-base factor or label is set (otherwise money is in the case's own prices). */
export const hasPriceBase = (settings: Pick<Settings, 'uprate' | 'pricebase'>): boolean => settings.uprate !== 1 || settings.pricebase !== '';

/**
 * The prices money is in: the case's first year, or with a price-base factor the year it names
 * ("2025-26 prices (2012-13 prices × 130%)"), or the factor alone where no year is named.
 */
export function pricesWords(settings: Pick<Settings, 'uprate' | 'pricebase'>, data: Pick<ModelData, 'firstYear'>): string {
  const own = `${data.firstYear} prices`;
  if (!hasPriceBase(settings)) return own;
  const factor = `${own} × ${formatNumber(settings.uprate * 100)}%`;
  return settings.pricebase ? `${settings.pricebase} prices (${factor})` : factor;
}

/** Where the numbers come from, for exports and the printed page. */
export const sourceLine = (settings: Settings, data: ModelData): string =>
  `${data.published ? 'Ernst & Young for the Local Government Association (2013), Whole Place Community Budgets: a review of the potential for aggregation' : `${data.name}: the figures and sources entered for this case`}. Money in £, ${pricesWords(settings, data)}.`;
export const CAVEAT_LINE =
  'Not a budget forecast: the national estimates are scaled up from four pilot areas’ own business cases, which were not audited (EY 2013, section 3.5). Treat every number as an indication of scale.';
export const OWN_CASE_CAVEAT = 'Not a budget forecast: model estimates from the figures entered for this case, as reliable as those figures and their sources.';
/** The caveat for the case shown. */
export const caveatFor = (data: Pick<ModelData, 'published'>): string => (data.published ? CAVEAT_LINE : OWN_CASE_CAVEAT);
/** Where a chart's figures come from: the report's sections, or a place's own case. */
export const figuresSource = (data: Pick<ModelData, 'published' | 'name'>, national: string): string => (data.published ? national : `${data.name}, as entered`);
