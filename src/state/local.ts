import { defaultLocal, localArea, type LocalResult, type LocalSettings, type ModelData, type Settings } from '../model';
import { memoByIdentity } from './memo';
import { selectResults } from './model';
import { useSettingsStore, type ChangeKind } from './store';

export const selectLocal: (data: ModelData, settings: Settings) => LocalResult | null = memoByIdentity(
  (data: ModelData, settings: Settings) => localArea(data, settings, selectResults(data, settings)),
  4,
);

/** Settings with the local choice replaced; null goes back to England as a whole. */
export function withLocal(settings: Settings, local: LocalSettings | null): Settings {
  const rest = { ...settings };
  delete rest.local;
  return local ? { ...rest, local } : rest;
}

// Another area keeps the population, spend and cost rule entered; a pilot drops an entered cohort
// (it has its own); '' means England.
export function withArea(settings: Settings, area: string): Settings {
  if (!area) return withLocal(settings, null);
  const current = settings.local ?? defaultLocal(area);
  const { cohort, ...rest } = current;
  return withLocal(settings, { ...rest, area, ...(area === 'custom' && cohort !== undefined ? { cohort } : {}) });
}

/** Settings with part of the local choice changed (undefined removes an optional value). */
export function withLocalPatch(settings: Settings, patch: Partial<LocalSettings>): Settings {
  const next: LocalSettings = { ...(settings.local ?? defaultLocal('custom')), ...patch };
  for (const key of ['cohort', 'population'] as const) if (next[key] === undefined) delete next[key];
  return withLocal(settings, next);
}

export const setArea = (area: string) => useSettingsStore.getState().setSettings((s) => withArea(s, area), 'commit');
export const setLocalPatch = (patch: Partial<LocalSettings>, kind: ChangeKind = 'commit') =>
  useSettingsStore.getState().setSettings((s) => withLocalPatch(s, patch), kind);
