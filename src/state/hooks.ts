import { useDeferredValue } from 'react';
import type { Results, Settings } from '../model';
import { useAppData } from './context';
import { selectBaseline, selectResults } from './model';
import { useSettingsStore } from './store';

/** The current settings (updates on every slider step). */
export const useSettings = (): Settings => useSettingsStore((s) => s.settings);

/** Results for the current settings: used by the headline, which must keep up with the slider. */
export function useResults(): Results {
  const { data } = useAppData();
  return selectResults(data, useSettings());
}

/**
 * Settings and results that may lag behind while React catches up: the charts use these so a
 * dragged slider never waits for them. `stale` is true while they lag.
 */
export function useDeferredResults(): { settings: Settings; results: Results; stale: boolean } {
  const { data } = useAppData();
  const settings = useSettings();
  const deferred = useDeferredValue(settings);
  return { settings: deferred, results: selectResults(data, deferred), stale: deferred !== settings };
}

export function useBaseline(): Results {
  return selectBaseline(useAppData().data);
}
