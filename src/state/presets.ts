import { defaultSettings, modelSettingsEqual, type Settings } from '../model';
import { memoByIdentity } from './memo';
import { prudentSettings } from './model';

export type PresetId = 'base' | 'prudent' | 'health-led' | 'dwp-excluded' | 'half-leak' | 'two-years-late';

export interface Preset {
  id: PresetId;
  label: string;
  description: string;
  settings: () => Settings;
}

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
];

/** The preset the settings match exactly, if any (the uncertainty and area choices aside). */
export const activePreset = memoByIdentity((settings: Settings): PresetId | null => PRESET_SETTINGS.find(([, s]) => modelSettingsEqual(settings, s))?.[0] ?? null);

/** Each preset's settings made once, so comparing against them reuses their cached links. */
const PRESET_SETTINGS: readonly (readonly [PresetId, Settings])[] = PRESETS.map((p) => [p.id, p.settings()] as const);
