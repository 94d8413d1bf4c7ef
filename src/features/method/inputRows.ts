/** Input numbers straight from the data files, with their sources: the Method page's table and the explanations' lists. Pure. */
import { SCENARIOS, type ModelData, type PartnerId, type ScenarioId, type Settings, type Theme } from '../../model';
import { formatCount, formatMoney, formatPercent } from '../../lib/format';
import { themeLabel } from './checkRows';

export type SourceKind = 'published' | 'fitted';

export interface InputRow {
  /** Stable key: the JSON path of the figure in the data files. */
  key: string;
  /** Theme, partner or area the figure belongs to. */
  group: string;
  label: string;
  value: string;
  source: string;
  kind: SourceKind;
}

/** A source starting "fitted" ("fitted, not printed in the report: …") marks a value the report never printed. */
export const sourceKind = (source: string): SourceKind => (/^fitted\b/i.test(source.trim()) ? 'fitted' : 'published');

function inputRow(key: string, group: string, label: string, value: string, source: string): InputRow {
  return { key, group, label, value, source, kind: sourceKind(source) };
}

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  published: 'Printed in the report',
  fitted: 'Fitted to the report’s figures',
};

/** Decimal places stored in a data value, between 1 and 3, so £56.7bn stays £56.7bn and a fitted £3.945753bn shows as £3.946bn. */
const storedDigits = (value: number) => Math.min(3, Math.max(1, String(value).split('.')[1]?.length ?? 0));

const formatBn = (value: number): string => formatMoney(value, { unit: 'bn', digits: storedDigits(value) });

type ScenarioField = 'profile' | 'grossBenefit' | 'costs' | 'ongoingCost';
type ThemeField = ScenarioField | 'addressableSpend' | 'partnerShares';

/** Labels for a case that gives `n` years (the report's five). */
const fieldLabel = (field: ScenarioField, n: number): string =>
  ({
    profile: `Share of the full benefit realised, years 1–${n}`,
    grossBenefit: 'Gross benefit a year once fully realised',
    costs: `Investment costs, years 1–${n} (not discounted)`,
    ongoingCost: `Ongoing cost a year once running (from year ${n + 1})`,
  })[field];

function scenarioRow(theme: Theme, scenario: ScenarioId, field: ScenarioField, withScenario: boolean): InputRow {
  const years = theme.scenarios.base.profile.values.length;
  const label = withScenario ? `${fieldLabel(field, years)} (${scenario})` : fieldLabel(field, years);
  const input = theme.scenarios[scenario][field];
  const format = (v: number) => (field === 'profile' ? formatPercent(v) : formatBn(v));
  const value = 'values' in input ? input.values.map(format).join(', ') : formatBn(input.value);
  return inputRow(`${theme.id}.scenarios.${scenario}.${field}`, theme.name, label, value, input.source);
}

function shareRows(theme: Theme, data: ModelData, only?: PartnerId): InputRow[] {
  return Object.entries(theme.partnerShares).flatMap(([id, share]) => {
    if (!share || (only && id !== only)) return [];
    const partner = data.partners.find((p) => p.id === id)?.name ?? id;
    const range = share.range ? ` (${formatPercent(share.range[0], 0)} to ${formatPercent(share.range[1], 0)} across the pilots’ cases)` : '';
    const label = `${partner}’s share of the benefit`;
    return [inputRow(`${theme.id}.partnerShares.${id}`, theme.name, label, `${formatPercent(share.value, 0)}${range}`, share.source)];
  });
}

/** The annex's printed 5-year total of the pilot each scenario follows, where it follows one. */
function pilotRows(theme: Theme): InputRow[] {
  return SCENARIOS.flatMap((sc) => {
    const pilot = theme.scenarios[sc].pilot;
    if (!pilot) return [];
    const label = `Net benefit over 5 years, not discounted, of the pilot the ${sc} scenario follows`;
    const { value, source } = pilot.fiveYearTotal;
    return [inputRow(`${theme.id}.scenarios.${sc}.pilot`, theme.name, label, formatBn(value), source)];
  });
}

/** Which published scenarios a blend uses: prudent at 0, base at 1, both in between. */
export function scenariosInUse(settings: Pick<Settings, 'scenario'>): ScenarioId[] {
  if (settings.scenario <= 0) return ['prudent'];
  if (settings.scenario >= 1) return ['base'];
  return [...SCENARIOS];
}

/** The scenario setting in words: "base scenario", "a blend: 40% prudent, 60% base". */
export function scenarioWords(settings: Pick<Settings, 'scenario'>): string {
  const [only, blended] = scenariosInUse(settings);
  if (!blended) return `the ${only} scenario`;
  return `a blend of ${formatPercent(1 - settings.scenario, 0)} prudent and ${formatPercent(settings.scenario, 0)} base`;
}

/** Are the prudent and base values of a field the same (so one row will do)? */
function sameInBoth(theme: Theme, field: ScenarioField): boolean {
  const both = SCENARIOS.map((sc) => theme.scenarios[sc][field]).map((x) => [x.source, 'values' in x ? x.values : [x.value]]);
  return JSON.stringify(both[0]) === JSON.stringify(both[1]);
}

export function themeInputRows(theme: Theme, data: ModelData, fields: readonly ThemeField[], scenarios: readonly ScenarioId[] = SCENARIOS, partner?: PartnerId): InputRow[] {
  return fields.flatMap((field): InputRow[] => {
    if (field === 'addressableSpend') {
      const { value, source } = theme.addressableSpend;
      return [inputRow(`${theme.id}.addressableSpend`, theme.name, 'Addressable spend a year', formatBn(value), source)];
    }
    if (field === 'partnerShares') return shareRows(theme, data, partner);
    const list = scenarios.length > 1 && sameInBoth(theme, field) ? [scenarios[0]!] : scenarios;
    return list.map((sc) => scenarioRow(theme, sc, field, list.length > 1 || scenarios.length === 1));
  });
}

/** Every input number in the data files, with its source, in file order. */
export function buildInputTable(data: ModelData): InputRow[] {
  const themes = data.themes.flatMap((t) => [...themeInputRows(t, data, ['addressableSpend', 'profile', 'grossBenefit', 'costs', 'ongoingCost', 'partnerShares']), ...pilotRows(t)]);
  const partners = data.partners.flatMap((p): InputRow[] => [
    ...(p.budget ? [inputRow(`partners.${p.id}.budget`, p.name, `Department budget (${p.budget.kind})`, formatBn(p.budget.value), p.budget.source)] : []),
    ...Object.entries(p.budgetByTheme ?? {}).flatMap(([themeId, b]) => {
      const label = `Budget used for ${themeLabel(themeId, data)}`;
      return b ? [inputRow(`partners.${p.id}.budgetByTheme.${themeId}`, p.name, label, formatBn(b.value), b.source)] : [];
    }),
  ]);
  const cohort = 'Troubled-families cohort (families)';
  const cohorts = [
    inputRow('areas.nationalCohort', 'England', cohort, formatCount(data.nationalCohort.value), data.nationalCohort.source),
    ...data.areas.map((a) => inputRow(`areas.${a.id}.cohort`, a.name, cohort, formatCount(a.cohort.value), a.cohort.source)),
  ];
  return [...themes, ...partners, ...cohorts];
}

/** The inputs behind a figure: the fields asked for, of the themes switched on, for the scenarios the blend uses. */
export const inputsBehind = (data: ModelData, s: Settings, fields: readonly ThemeField[], partner?: PartnerId): InputRow[] =>
  themesOn(data, s).flatMap((t) => themeInputRows(t, data, fields, scenariosInUse(s), partner));

export const themesOn = (data: ModelData, settings: Pick<Settings, 'themes'>): Theme[] => data.themes.filter((t) => settings.themes.includes(t.id));
