import { create } from 'zustand';
import { combine } from 'zustand/middleware';
import {
  LINK_SPECS,
  NATIONAL_VOCABULARY,
  defaultSettings,
  numericFor,
  serialiseSettings,
  parseSettings,
  withKnownArea,
  type Area,
  type Ignored,
  type LinkVocabulary,
  type NumericSpec,
  type PartnerId,
  type PartnerLens,
  type Settings,
  type ThemeId,
} from '../model';
import { PRESETS, presetApplies, type PresetId } from './presets';
import { resetTables } from './ui';

/** How a change reaches the address bar: 'live' (one entry, updated in place), 'commit' (a new entry), 'external' (none). */
export type ChangeKind = 'live' | 'commit' | 'external';

export interface SettingsNotes {
  /** Kept while "all partners" is selected. */
  lensPartner: PartnerId;
  /** Link parameters that were ignored (cleared when dismissed). */
  ignored: Ignored[];
}

/** A slider's spec for the case shown (the horizon runs to a long case's years). */
export const specFor = (key: NumericSpec['key']): NumericSpec => numericFor(LINK_SPECS[key], useSettingsStore.getState().vocabulary);

/** Rounded so floating-point noise never shows. */
export const toDisplay = (value: number, spec: NumericSpec): number => Math.round(value * spec.divisor * 1e6) / 1e6;

export const wholeNumbersOnly = (spec: NumericSpec): boolean => spec.whole === true;

export const acceptsDisplay = (displayValue: number, spec: NumericSpec): boolean =>
  Number.isFinite(displayValue) && displayValue >= spec.min && displayValue <= spec.max && (!wholeNumbersOnly(spec) || Number.isInteger(displayValue));

/** A display-unit value clamped to the control's range, in model units. */
export function fromDisplay(displayValue: number, spec: NumericSpec): number {
  let v = Math.min(spec.max, Math.max(spec.min, displayValue));
  if (wholeNumbersOnly(spec)) v = Math.round(v);
  return Math.round((v / spec.divisor) * 1e9) / 1e9;
}

/** Resetting the assumptions or applying a preset keeps the uncertainty and area choices. */
function keepExtras(next: Settings, current: Settings): Settings {
  const { uncertainty, local } = current;
  return { ...next, ...(uncertainty ? { uncertainty } : {}), ...(local ? { local } : {}) };
}

export const initialState = () => {
  const settings = defaultSettings();
  return {
    settings,
    /** As of the last finished change: the steps of a moving slider are skipped. */
    settled: settings,
    /** 'live' is the one flag for "a slider (or typed value) is moving". */
    change: { kind: 'external' as ChangeKind, seq: 0 },
    ui: { lensPartner: 'DH', ignored: [] } as SettingsNotes,
    /** Null until the data loads; a link naming another area is then reported. */
    knownAreas: null as readonly Pick<Area, 'id'>[] | null,
    /** What links are read against: the case shown. */
    vocabulary: NATIONAL_VOCABULARY as LinkVocabulary,
  };
};

export const useSettingsStore = create(
  combine(initialState(), (set, get) => {
  const versions = new WeakMap<Settings, number>();
  let latestVersion = 0;
  const update = (settings: Settings, kind: ChangeKind, ui: Partial<SettingsNotes> = {}) => {
    if (!versions.has(settings)) versions.set(settings, ++latestVersion);
    set((state) => ({
      settings,
      settled: kind === 'live' ? state.settled : settings,
      change: { kind, seq: state.change.seq + 1 },
      // A slider step carries no notes: keep the object, so nothing reading it sees a change.
      ui: Object.keys(ui).length === 0 ? state.ui : { ...state.ui, ...ui },
    }));
  };
  const patchUi = (patch: Partial<SettingsNotes>) => set((state) => ({ ui: { ...state.ui, ...patch } }));
  const loadFromQuery = (query: string, kind: ChangeKind = 'external') => {
    const parsed = parseSettings(query, get().vocabulary);
    const known = get().knownAreas;
    const { settings, ignored } = known ? withKnownArea(parsed, known) : parsed;
    const lensPartner = settings.lens.kind === 'all' ? get().ui.lensPartner : settings.lens.partner;
    update(settings, kind, { ignored, lensPartner });
  };

  return {
    /** Grows with each change; shown as `data-settings-version` so bench/interaction.mjs sees the page catch up. */
    versionOf: (settings: Settings): number => versions.get(settings) ?? 0,
    setSettings: (next: Settings | ((current: Settings) => Settings), kind: ChangeKind = 'commit') => {
      const value = typeof next === 'function' ? next(get().settings) : next;
      update(value, kind);
    },
    /** From a value in display units (%, years), clamped to its range. */
    setNumeric: (key: NumericSpec['key'], displayValue: number, kind: ChangeKind = 'commit') => {
      if (!Number.isFinite(displayValue)) return;
      update({ ...get().settings, [key]: fromDisplay(displayValue, specFor(key)) }, kind);
    },
    resetNumeric: (key: NumericSpec['key']) => update({ ...get().settings, [key]: defaultSettings(get().vocabulary)[key] }, 'commit'),
    resetAll: () => update(keepExtras(defaultSettings(get().vocabulary), get().settings), 'commit'),
    setThemeIncluded: (theme: ThemeId, included: boolean) => {
      const current = get().settings;
      const themes = included ? [...new Set([...current.themes, theme])] : current.themes.filter((t) => t !== theme);
      update({ ...current, themes }, 'commit');
    },
    setLensKind: (kind: PartnerLens['kind']) => {
      const partner = get().ui.lensPartner;
      update({ ...get().settings, lens: kind === 'all' ? { kind } : { kind, partner } }, 'commit');
    },
    setLensPartner: (partner: PartnerId) => {
      if (!get().vocabulary.partners.includes(partner)) return;
      patchUi({ lensPartner: partner });
      const lens = get().settings.lens;
      if (lens.kind !== 'all') update({ ...get().settings, lens: { kind: lens.kind, partner } }, 'commit');
    },
    /** In display units; undefined removes the override. */
    setThemeOverride: (which: 'leakage' | 'delay', theme: ThemeId, displayValue: number | undefined, kind: ChangeKind = 'commit') => {
      const current = get().settings;
      const field = which === 'leakage' ? 'leakageByTheme' : 'delayByTheme';
      const byTheme = { ...current[field] };
      if (displayValue === undefined) delete byTheme[theme];
      else if (Number.isFinite(displayValue)) byTheme[theme] = fromDisplay(displayValue, specFor(which));
      else return;
      update({ ...current, [field]: byTheme }, kind);
    },
    applyPreset: (id: PresetId) => {
      const preset = PRESETS.find((p) => p.id === id);
      if (!preset || !presetApplies(preset, get().vocabulary)) return;
      const settings = keepExtras(preset.settings(get().vocabulary), get().settings);
      update(settings, 'commit', settings.lens.kind === 'all' ? {} : { lensPartner: settings.lens.partner });
    },
    /** The end of a drag or of typing: the address bar gets its history entry. */
    commit: () => set((state) => ({ settled: state.settings, change: { kind: 'commit', seq: state.change.seq + 1 } })),
    dismissIgnored: () => patchUi({ ignored: [] }),
    /** Also drops (and reports) an unknown area already loaded from a link. */
    setKnownAreas: (areas: readonly Pick<Area, 'id'>[]) => {
      const { settings: current, ui } = get();
      set({ knownAreas: areas });
      const checked = withKnownArea({ settings: current, ignored: ui.ignored }, areas);
      if (checked.settings !== current) update(checked.settings, 'external', { ignored: checked.ignored });
    },
    /** Another case shown: the settings are read again against it (`query`: the link's, else the current settings'). */
    setVocabulary: (vocabulary: LinkVocabulary, query?: string, kind: ChangeKind = 'external') => {
      const lensPartner = vocabulary.partners.includes(get().ui.lensPartner) ? get().ui.lensPartner : (vocabulary.partners[0] ?? '');
      set({ vocabulary, ui: { ...get().ui, lensPartner } });
      loadFromQuery(query ?? serialiseSettings(get().settings), kind);
    },
    loadFromQuery,
  };
  }),
);

export type StoreState = ReturnType<typeof useSettingsStore.getState>;

export const settingsVersion = (settings: Settings): number => useSettingsStore.getState().versionOf(settings);

/** With the tables and measure shown with them (tests, "Reset settings"). */
export const resetStore = () => {
  useSettingsStore.setState(initialState());
  resetTables();
};
