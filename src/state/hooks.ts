import { createContext, useContext, useEffect } from 'react';
import type { CaseDoc, Results, Settings } from '../model';
import type { AppData } from './data';
import { selectBaseline, selectResults } from './model';
import { chartsDrawn, slotAnimates, useChartSettings, type ChartSlot } from './chartPace';
import { useSettingsStore } from './store';
import { useCaseStore } from './case';
import { isForCase, type SavedScenario } from './savedCodec';
import { useSavedStore } from './saved';
import { memoByIdentity } from './memo';

const forCase = memoByIdentity((saved: readonly SavedScenario[], shown: CaseDoc | null) => saved.filter((s) => isForCase(s, shown)), 4);

/** The saved scenarios of the case shown: the ones a comparison or the deal room's rounds can set beside it. */
export function useCaseScenarios(): readonly SavedScenario[] {
  const saved = useSavedStore((s) => s.scenarios);
  const shown = useCaseStore((s) => s.active);
  return forCase(saved, shown);
}

export const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('The data files have not been loaded yet (useAppData outside AppDataContext).');
  return value;
}

/** For parts that need not follow a moving slider (links, printouts, presets): a step re-renders less. */
export const useSettledSettings = (): Settings => useSettingsStore((s) => s.settled);

/** Updates on every slider step. */
export const useSettings = (): Settings => useSettingsStore((s) => s.settings);

/** For the headline, which must keep up with the slider. */
export function useResults(): Results {
  const { data } = useAppData();
  return selectResults(data, useSettings());
}

/** One slot of charts, paced so a dragged slider never waits for them (chartPace.ts). Reports back once drawn. */
export function useChartResults(slot: ChartSlot): { settings: Settings; results: Results; animate: boolean } {
  const { data } = useAppData();
  const settings = useChartSettings(slot);
  useEffect(() => chartsDrawn(slot, settings), [slot, settings]);
  return { settings, results: selectResults(data, settings), animate: slotAnimates(slot) };
}

export function useBaseline(): Results {
  return selectBaseline(useAppData().data);
}
