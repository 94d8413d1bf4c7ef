import { defaultSettings, modelSettingsEqual, type Settings } from '../model';
import { memoByIdentity } from './memo';
import { prudentSettings } from './model';

export type PresetId = 'base' | 'prudent' | 'health-led' | 'dwp-excluded' | 'half-leak' | 'two-years-late' | 'green-book-prudent';

export interface Preset {
  id: PresetId;
  label: string;
  description: string;
  settings: () => Settings;
}

/** An illustrative prudent set of Green Book adjustments, not published rates: the reasons are in docs/decisions/0014. */
export const GREEN_BOOK_PRUDENT = { deadweight: 0.2, displacement: 0.1, attribution: 0.1, obCost: 0.4, obBenefit: 0.1, after5: 'hold' } as const;

/** One-click starting points. Each starts from the report's base so it is exactly reproducible. */
export const PRESETS: readonly Preset[] = [
  { id: 'base', label: 'Report base', description: 'The report’s base scenario, all settings at their defaults.', settings: defaultSettings },
  { id: 'prudent', label: 'Report prudent', description: 'The report’s prudent scenario.', settings: prudentSettings },
  {
    id: 'health-led',
    label: 'Health-led',
    description: 'The Department of Health acts alone: it bears the costs and keeps its share of the savings.',
    settings: () => ({ ...defaultSettings(), lens: { kind: 'lead', partner: 'DH' } }),
  },
  {
    id: 'dwp-excluded',
    label: 'DWP excluded',
    description: 'Everyone except the Department for Work and Pensions takes part.',
    settings: () => ({ ...defaultSettings(), lens: { kind: 'exclude', partner: 'DWP' } }),
  },
  { id: 'half-leak', label: 'Half the benefits leak', description: 'Leakage of 50%: half the gross benefit is lost or cannot be cashed.', settings: () => ({ ...defaultSettings(), leakage: 0.5 }) },
  { id: 'two-years-late', label: 'Two years late', description: 'Benefits arrive two years later than planned; costs do not move.', settings: () => ({ ...defaultSettings(), delay: 2 }) },
  {
    id: 'green-book-prudent',
    label: 'Green Book prudent',
    description: 'Deadweight 20%, displacement 10%, attribution 10%, optimism bias 40% on costs and 10% on benefits, benefits held at their year-5 level (decision 0014).',
    settings: () => ({ ...defaultSettings(), ...GREEN_BOOK_PRUDENT }),
  },
];

/** The preset the settings match exactly, if any (the uncertainty and area choices aside). */
export const activePreset = memoByIdentity((settings: Settings): PresetId | null => PRESET_SETTINGS.find(([, s]) => modelSettingsEqual(settings, s))?.[0] ?? null);

/** Each preset's settings made once, so comparing against them reuses their cached links. */
const PRESET_SETTINGS: readonly (readonly [PresetId, Settings])[] = PRESETS.map((p) => [p.id, p.settings()] as const);
