/**
 * Figures for the Method page that come from the model or the data rather than from its prose:
 * the report's inconsistencies (from KNOWN_DIFFERENCES), the model's delay switching values that
 * the delay-reading choice refers to, and the settings with their sources. Pure.
 */
import { NUMERIC_SPECS, type GoldenRow, type ModelData, type Results } from '../../model';
import { formatNumber, formatYears } from '../format';
import { themeLabel } from './checkRows';

export interface DifferenceGroup {
  reason: string;
  figures: { id: string; section: string; text: string }[];
}

/**
 * The documented differences, grouped by their reason (several figures share one), each figure
 * named as the report prints it. Ids missing from the golden rows are still listed by id.
 */
export function buildDifferenceGroups(known: Record<string, string>, golden: readonly GoldenRow[], data: ModelData): DifferenceGroup[] {
  const groups = new Map<string, DifferenceGroup>();
  for (const [id, reason] of Object.entries(known)) {
    const row = golden.find((r) => r.id === id);
    const scenario = row?.scenario && row.scenario !== 'prudent-base' ? `, ${row.scenario}` : '';
    const partner = data.partners.find((p) => p.id === id.split('.')[2])?.name;
    const text = row
      ? `${themeLabel(row.theme, data)}: ${row.measure}${partner ? ` (${partner}${scenario})` : scenario ? ` (${scenario.slice(2)})` : ''}`
      : id;
    const group = groups.get(reason) ?? { reason, figures: [] };
    group.figures.push({ id, section: row?.section ?? '', text });
    groups.set(reason, group);
  }
  return [...groups.values()];
}

/** "3.2 years (Health and social care), …": the base scenario's delay switching values per theme. */
export function delaySwitchingText(baseline: Results, data: ModelData): string {
  return Object.entries(baseline.themes)
    .flatMap(([id, r]) => (r && r.switching.delay !== null ? [`${formatYears(r.switching.delay)} for ${themeLabel(id, data).toLowerCase()}`] : []))
    .join(', ');
}

export interface SettingRow {
  label: string;
  range: string;
  defaultText: string;
  source: string;
}

/** Every numeric setting with its range, default and where the default comes from. */
export function buildSettingRows(): SettingRow[] {
  return NUMERIC_SPECS.map((s) => {
    const unit = s.unit === '%' ? '%' : ' years';
    return {
      label: s.label,
      range: `${formatNumber(s.min)}${unit} to ${formatNumber(s.max)}${unit}`,
      defaultText: `${formatNumber(s.default)}${unit}`,
      source: s.source,
    };
  });
}
