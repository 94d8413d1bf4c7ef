/** The Method page's parts that come from the model or the data rather than its prose. Pure. */
import { PAY_SOURCE } from '../../lib/describe';
import {
  ADJUSTMENT_SPECS,
  AGGREGATED_THEMES,
  LINK_SPECS,
  NUMERIC_SPECS,
  RANGE_KEYS,
  defaultUncertainty,
  rangeSpec,
  type GoldenRow,
  type ModelData,
  type RangeKey,
  type Results,
} from '../../model';
import { capitalise, formatCount, formatNumber, formatYears } from '../../lib/format';
import { themeLabel } from './checkRows';

export interface DifferenceGroup {
  reason: string;
  figures: { id: string; section: string; text: string }[];
}

/** The documented differences grouped by reason, each figure named as the report prints it (or by id if it has no row). */
export function buildDifferenceGroups(known: Record<string, string>, golden: readonly GoldenRow[], data: ModelData): DifferenceGroup[] {
  const groups = new Map<string, DifferenceGroup>();
  for (const [id, reason] of Object.entries(known)) {
    const row = golden.find((r) => r.id === id);
    const partner = data.partners.find((p) => p.id === id.split('.')[2])?.name;
    const extras = [partner, row?.scenario === 'prudent-base' ? '' : row?.scenario].filter(Boolean).join(', ');
    const text = row ? `${themeLabel(row.theme, data)}: ${row.measure}${extras ? ` (${extras})` : ''}` : id;
    const group = groups.get(reason) ?? { reason, figures: [] };
    group.figures.push({ id, section: row?.section ?? '', text });
    groups.set(reason, group);
  }
  return [...groups.values()];
}

/** "3.2 years for health and social care, …": the base scenario's delay switching values per theme. */
export function delaySwitchingText(baseline: Results, data: ModelData): string {
  return Object.entries(baseline.themes)
    .flatMap(([id, r]) => (r && r.switching.delay !== null ? [`${formatYears(r.switching.delay)} for ${themeLabel(id, data).toLowerCase()}`] : []))
    .join(', ');
}

export interface SettingRow {
  /** Where the setting lives on the page; the table starts a new block when it changes. */
  group: string;
  label: string;
  range: string;
  defaultText: string;
  source: string;
}

const RANGE_NAME: Record<RangeKey, string> = {
  scale: 'take-up',
  leakage: 'leakage',
  delay: 'delay',
  deadweight: 'deadweight',
  displacement: 'displacement',
  attribution: 'attribution',
  obBenefit: 'optimism bias on benefits',
  obCost: 'optimism bias on costs',
};
const EXPLORER_ONLY = 'The explorer’s own addition; the report has no such setting.';

type Setting = [label: string, range: string, defaultText: string, source: string];
const block = (group: string, rows: Setting[]): SettingRow[] =>
  rows.map(([label, range, defaultText, source]) => ({ group, label, range, defaultText, source }));

/** Every setting a link can carry, with its range, default and source, in the order and words of the page. */
export function buildSettingRows(data: ModelData): SettingRow[] {
  const units = (unit: string) => (unit === '%' ? '%' : ' years');
  const numeric = (spec: (typeof NUMERIC_SPECS)[number]): Setting => {
    const unit = units(spec.unit);
    return [spec.label, `${formatNumber(spec.min)}${unit} to ${formatNumber(spec.max)}${unit}`, `${formatNumber(spec.default)}${unit}`, spec.source];
  };
  // Semicolons: theme names have their own "and".
  const themeNames = (ids: readonly string[]) => data.themes.filter((t) => ids.includes(t.id)).map((t) => t.name.toLowerCase()).join('; ');
  const uncertainty = defaultUncertainty();
  const rangeText = (key: RangeKey) => {
    const s = rangeSpec(key);
    return `${RANGE_NAME[key]} ${formatNumber(s.min)} to ${formatNumber(s.max)}${units(s.unit)}`;
  };
  const { draws, seed, cohort, distribution } = LINK_SPECS;
  return [
    ...block('Main settings', NUMERIC_SPECS.map(numeric)),
    ...block('Themes and partners', [
      [
        'Themes included',
        `Any of: ${themeNames(data.themes.map((t) => t.id))}`,
        capitalise(themeNames(AGGREGATED_THEMES)),
        'EY 2013, 3.2 (the three themes aggregated nationally); 8.1 (crime and justice, indicative only)',
      ],
      [
        'Who takes part (partner lens)',
        'All partners together; one partner acts alone; leave one partner out',
        'All partners together',
        'EY 2013, 6.2.2 scenario 4 (one partner leads and keeps only its own benefits); 6.4.2 scenario 4 (one partner’s benefits removed)',
      ],
      [
        'Leakage and delay for each theme',
        'The same as the overall leakage and delay',
        'The overall setting',
        `${EXPLORER_ONLY} The report tests leakage and delay one theme at a time (6.2.2, 6.3.2, 6.4.2).`,
      ],
    ]),
    ...block('Green Book adjustments', [
      ...ADJUSTMENT_SPECS.map(numeric),
      ['Years after the fifth', 'Ramp to the long-run level by year 10; hold the year-5 level; fall back by the drop-off each year', 'Ramp', 'EY 2013, 3.4 (full benefits take longer); HM Treasury Green Book (2022), persistence of benefits'],
      ['Price base label', 'A financial year, such as 2025-26', 'None: the case’s own prices', LINK_SPECS.uprate.source],
    ]),
    ...block('The deal room', [
      [
        'Who pays the costs',
        'Each partner its share of each theme; one partner; in proportion to benefit; shares the room agrees; central partners close the local gap',
        'Each partner its share of each theme',
        PAY_SOURCE,
      ],
      ['Agreed shares', '0% to 100% for each partner, meant to add to 100%', 'None', EXPLORER_ONLY],
      ['Break-even year for the local partners', `Year 1 to the horizon’s last`, 'The horizon’s last', EXPLORER_ONLY],
    ]),
    ...block('How sure can we be?', [
      ['Draw each range', distribution.values.map(capitalise).join(' or '), capitalise(uncertainty.distribution), EXPLORER_ONLY],
      ['Number of draws', `${formatCount(draws.min)} to ${formatCount(draws.max)}`, formatCount(uncertainty.draws), EXPLORER_ONLY],
      ['Seed', `A whole number, ${seed.min} to ${formatCount(seed.max)}`, `${uncertainty.seed} (the report’s year)`, EXPLORER_ONLY],
      [
        'Ranges',
        `Within the setting’s own range: ${RANGE_KEYS.map(rangeText).join('; ')}`,
        'None: each stays at its current setting',
        EXPLORER_ONLY,
      ],
    ]),
    ...block('Your area', [
      [
        'Area',
        `One of the four pilots (${data.areas.map((a) => a.name).join('; ')}) or your own area`,
        'England as a whole',
        'EY 2013, 2.2 (the four pilots)',
      ],
      [
        'Troubled-families cohort',
        `${cohort.min} to ${formatCount(cohort.max)} families`,
        `A pilot’s own cohort; none for your own area (England: ${formatCount(data.nationalCohort.value)})`,
        data.nationalCohort.source,
      ],
      ['Share of England’s population, and of each theme’s spend', 'More than 0% up to 100%', 'None given', EXPLORER_ONLY],
      [
        'Who pays the local costs?',
        'Local government pays all; or each partner in proportion to its share of the benefit',
        'Local government pays all',
        EXPLORER_ONLY,
      ],
    ]),
  ];
}
