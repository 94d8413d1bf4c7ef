import { NATIONAL_VOCABULARY, defaultSettings, modelSettingsEqual, type LinkVocabulary, type Settings } from '../model';
import { memoByIdentity } from './memo';

export type PresetId = 'base' | 'prudent' | 'health-led' | 'dwp-excluded' | 'half-leak' | 'two-years-late' | 'green-book-prudent';

export interface Preset {
  id: PresetId;
  label: string;
  description: string;
  /** From the settings a link without parameters means for the case shown (the national one by default). */
  settings: (v?: LinkVocabulary) => Settings;
  /** What the case needs for the preset to mean anything: partners it names, a prudent scenario. */
  needs?: { partner?: string; prudent?: boolean };
  /** Its name and description for a place's own case, where they differ ("Report base" is the case as given). */
  own?: { label: string; description: string };
}

/** An illustrative prudent set of Green Book adjustments, not published rates: the reasons are in docs/decisions/0014. */
export const GREEN_BOOK_PRUDENT = { deadweight: 0.2, displacement: 0.1, attribution: 0.1, obCost: 0.4, obBenefit: 0.1, after5: 'hold' } as const;

const from = (patch: Partial<Settings>) => (v: LinkVocabulary = NATIONAL_VOCABULARY): Settings => ({ ...defaultSettings(v), ...patch });

/** One-click starting points. Each starts from the case's defaults (the report's base) so it is exactly reproducible. */
export const PRESETS: readonly Preset[] = [
  { id: 'base', label: 'Report base', description: 'The report’s base scenario, all settings at their defaults.', settings: from({}), own: { label: 'As given', description: 'The case as entered, every setting at its default.' } },
  { id: 'prudent', label: 'Report prudent', description: 'The report’s prudent scenario.', settings: from({ scenario: 0 }), needs: { prudent: true }, own: { label: 'Prudent', description: 'The case’s prudent scenario.' } },
  {
    id: 'health-led',
    label: 'Health-led',
    description: 'The Department of Health acts alone: it bears the costs and keeps its share of the savings.',
    settings: from({ lens: { kind: 'lead', partner: 'DH' } }),
    needs: { partner: 'DH' },
  },
  {
    id: 'dwp-excluded',
    label: 'DWP excluded',
    description: 'Everyone except the Department for Work and Pensions takes part.',
    settings: from({ lens: { kind: 'exclude', partner: 'DWP' } }),
    needs: { partner: 'DWP' },
  },
  { id: 'half-leak', label: 'Half the benefits leak', description: 'Leakage of 50%: half the gross benefit is lost or cannot be cashed.', settings: from({ leakage: 0.5 }) },
  { id: 'two-years-late', label: 'Two years late', description: 'Benefits arrive two years later than planned; costs do not move.', settings: from({ delay: 2 }) },
  {
    id: 'green-book-prudent',
    label: 'Green Book prudent',
    description: 'Deadweight 20%, displacement 10%, attribution 10%, optimism bias 40% on costs and 10% on benefits, benefits held at their year-5 level (decision 0014).',
    settings: from(GREEN_BOOK_PRUDENT),
  },
];

/** A preset's name and description for the case shown. */
export const presetWords = (p: Preset, v: LinkVocabulary): { label: string; description: string } => (v === NATIONAL_VOCABULARY || !p.own ? p : p.own);

/** Whether a preset means anything for the case shown (a place's own case has no DH, perhaps no prudent scenario). */
export const presetApplies = (p: Preset, v: LinkVocabulary): boolean =>
  (!p.needs?.partner || v.partners.includes(p.needs.partner)) && (!p.needs?.prudent || v.hasPrudent);

/** Each preset's settings for a case, made once, so comparing against them reuses their cached links. */
const presetSettings = memoByIdentity((v: LinkVocabulary): readonly (readonly [PresetId, Settings])[] => PRESETS.filter((p) => presetApplies(p, v)).map((p) => [p.id, p.settings(v)] as const), 4);

/** The preset the settings match exactly, if any (the uncertainty and area choices aside). */
export const activePreset = memoByIdentity(
  (settings: Settings, v: LinkVocabulary = NATIONAL_VOCABULARY): PresetId | null => presetSettings(v).find(([, s]) => modelSettingsEqual(settings, s))?.[0] ?? null,
);
