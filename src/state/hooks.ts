import { createContext, useContext, useEffect } from 'react';
import type { Results, Settings } from '../model';
import type { AppData } from './data';
import { selectBaseline, selectResults } from './model';
import { chartsDrawn, slotAnimates, useChartSettings, type ChartSlot } from './chartPace';
import { useSettingsStore } from './store';

/** The loaded, validated data files, provided once the app has loaded them. */
export const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('The data files have not been loaded yet (useAppData outside AppDataContext).');
  return value;
}

/**
 * The settings as of the last finished change: they skip the steps of a moving slider. For parts
 * of the page that need not follow the slider (links, printouts, which preset matches), so a
 * slider step re-renders only the slider, the headline and the charts.
 */
export const useSettledSettings = (): Settings => useSettingsStore((s) => s.settled);

/** The current settings (updates on every slider step). */
export const useSettings = (): Settings => useSettingsStore((s) => s.settings);

/** Results for the current settings: used by the headline, which must keep up with the slider. */
export function useResults(): Results {
  const { data } = useAppData();
  return selectResults(data, useSettings());
}

/**
 * Settings and results for one slot of charts, which may lag behind the sliders: paced so that a
 * dragged slider never waits for the charts (see chartPace.ts). Reports back once drawn.
 */
export function useChartResults(slot: ChartSlot): { settings: Settings; results: Results; animate: boolean } {
  const { data } = useAppData();
  const settings = useChartSettings(slot);
  useEffect(() => chartsDrawn(slot, settings), [slot, settings]);
  return { settings, results: selectResults(data, settings), animate: slotAnimates(slot) };
}

export function useBaseline(): Results {
  return selectBaseline(useAppData().data);
}
