import { create } from 'zustand';
import { combine } from 'zustand/middleware';
import {
  LINK_SPECS,
  PARTNER_IDS,
  defaultSettings,
  parseSettings,
  withKnownArea,
  type Area,
  type Ignored,
  type NumericSpec,
  type PartnerId,
  type PartnerLens,
  type Settings,
  type ThemeId,
} from '../model';
import { PRESETS, type PresetId } from './presets';
import { resetTables } from './ui';

/**
 * How a settings change should reach the address bar:
 * 'live' while a slider is dragged or a number typed (one history entry, updated in place),
 * 'commit' when a change is finished (new history entry), 'external' when it came from the
 * address bar itself (back/forward or first load: the address bar is left alone).
 */
export type ChangeKind = 'live' | 'commit' | 'external';

/** What goes with the settings but is not one: both change only as the settings do. */
export interface SettingsNotes {
  /** Partner chosen in the lens select, kept while "all partners" is selected. */
  lensPartner: PartnerId;
  /** Link parameters that were ignored, with reasons (cleared when dismissed). */
  ignored: Ignored[];
}

export const specFor = (key: NumericSpec['key']): NumericSpec => LINK_SPECS[key];

/** A setting's value in display units, rounded so floating-point noise never shows. */
export const toDisplay = (value: number, spec: NumericSpec): number => Math.round(value * spec.divisor * 1e6) / 1e6;

/** Whether a setting takes only whole numbers (the horizon counts whole years). */
export const wholeNumbersOnly = (spec: NumericSpec): boolean => spec.whole === true;

/** Whether a typed display-unit value can be used as it is: in range, and whole where it must be. */
export const acceptsDisplay = (displayValue: number, spec: NumericSpec): boolean =>
  Number.isFinite(displayValue) && displayValue >= spec.min && displayValue <= spec.max && (!wholeNumbersOnly(spec) || Number.isInteger(displayValue));

/** A display-unit value clamped to the control's range (whole years for the horizon), in model units. */
export function fromDisplay(displayValue: number, spec: NumericSpec): number {
  let v = Math.min(spec.max, Math.max(spec.min, displayValue));
  if (wholeNumbersOnly(spec)) v = Math.round(v);
  return Math.round((v / spec.divisor) * 1e9) / 1e9;
}

/** The assumptions of `next` with the uncertainty and area choices of `current` carried over. */
function keepExtras(next: Settings, current: Settings): Settings {
  const { uncertainty, local } = current;
  return { ...next, ...(uncertainty ? { uncertainty } : {}), ...(local ? { local } : {}) };
}

export const initialState = () => {
  const settings = defaultSettings();
  return {
    settings,
    /** The settings as of the last finished change: the steps of a moving slider are skipped. */
    settled: settings,
    /** How the last change came: 'live' is the one flag for "a slider (or typed value) is moving". */
    change: { kind: 'external' as ChangeKind, seq: 0 },
    ui: { lensPartner: 'DH', ignored: [] } as SettingsNotes,
    /** The areas in the data once loaded (null before): a link naming another is reported. */
    knownAreas: null as readonly Pick<Area, 'id'>[] | null,
  };
};

export const useSettingsStore = create(
  combine(initialState(), (set, get) => {
  const versions = new WeakMap<Settings, number>();
  let latestVersion = 0;
  /** Sets new settings (and what goes with them) as a change of the given kind. */
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

  return {
    /**
     * A number for each settings object the store has held, growing with each change (0 for
     * others). The headline and each chart show the number of the settings they drew
     * (`data-settings-version`), so bench/interaction.mjs can tell when the page has caught up.
     */
    versionOf: (settings: Settings): number => versions.get(settings) ?? 0,
    setSettings: (next: Settings | ((current: Settings) => Settings), kind: ChangeKind = 'commit') => {
      const value = typeof next === 'function' ? next(get().settings) : next;
      update(value, kind);
    },
    /** Sets a numeric setting from a value in display units (%, years), clamped to its range. */
    setNumeric: (key: NumericSpec['key'], displayValue: number, kind: ChangeKind = 'commit') => {
      if (!Number.isFinite(displayValue)) return;
      update({ ...get().settings, [key]: fromDisplay(displayValue, specFor(key)) }, kind);
    },
    resetNumeric: (key: NumericSpec['key']) => update({ ...get().settings, [key]: defaultSettings()[key] }, 'commit'),
    // Resetting the assumptions or applying a preset keeps the uncertainty and area choices.
    resetAll: () => update(keepExtras(defaultSettings(), get().settings), 'commit'),
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
      if (!(PARTNER_IDS as readonly string[]).includes(partner)) return;
      patchUi({ lensPartner: partner });
      const lens = get().settings.lens;
      if (lens.kind !== 'all') update({ ...get().settings, lens: { kind: lens.kind, partner } }, 'commit');
    },
    /** Per-theme leakage or delay in display units; undefined removes the override. */
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
      if (!preset) return;
      const settings = keepExtras(preset.settings(), get().settings);
      update(settings, 'commit', settings.lens.kind === 'all' ? {} : { lensPartner: settings.lens.partner });
    },
    /** Marks the end of a drag or of typing: the address bar gets its history entry. */
    commit: () => set((state) => ({ settled: state.settings, change: { kind: 'commit', seq: state.change.seq + 1 } })),
    dismissIgnored: () => patchUi({ ignored: [] }),
    /** Records the data's areas and drops (and reports) an unknown area already loaded from a link. */
    setKnownAreas: (areas: readonly Pick<Area, 'id'>[]) => {
      const { settings: current, ui } = get();
      set({ knownAreas: areas });
      const checked = withKnownArea({ settings: current, ignored: ui.ignored }, areas);
      if (checked.settings !== current) update(checked.settings, 'external', { ignored: checked.ignored });
    },
    /** Replaces the settings with those in a query string, recording what was ignored. */
    loadFromQuery: (query: string, kind: ChangeKind = 'external') => {
      const parsed = parseSettings(query);
      const known = get().knownAreas;
      const { settings, ignored } = known ? withKnownArea(parsed, known) : parsed;
      const lensPartner = settings.lens.kind === 'all' ? get().ui.lensPartner : settings.lens.partner;
      update(settings, kind, { ignored, lensPartner });
    },
  };
  }),
);

export type StoreState = ReturnType<typeof useSettingsStore.getState>;

export const settingsVersion = (settings: Settings): number => useSettingsStore.getState().versionOf(settings);

/** Puts the settings, and the tables and measure shown with them, back to their first state (tests, "Reset settings"). */
export const resetStore = () => {
  useSettingsStore.setState(initialState());
  resetTables();
};
