// The state layer's public surface: the settings store, memoised selectors over the model,
// address-bar sync, presets and data loading.
export {
  useSettingsStore,
  resetStore,
  initialState,
  specFor,
  toDisplay,
  fromDisplay,
  acceptsDisplay,
  wholeNumbersOnly,
  type StoreState,
  type UiState,
  type ChartId,
  type ChangeKind,
} from './store';
export { selectResults, selectBaseline, selectCurves, matchingReportScenario, publishedYearlyTotals, prudentSettings, type Curves } from './model';
export { PRESETS, activePreset, type Preset, type PresetId } from './presets';
export { urlFor, shareLink, startUrlSync, copyText } from './url';
export { loadAppData, dataBaseUrl, type AppData, type LoadOutcome } from './data';
export { memoByIdentity } from './memo';
export { settingsVersion } from './version';
export { CHART_SLOTS, useChartsHeld, useChartsStale, useChartsStaleMark, useSlowMachine, type ChartSlot } from './chartPace';
export { AppDataContext, useAppData } from './context';
export { useSettings, useSettledSettings, useResults, useChartResults, useBaseline } from './hooks';
export {
  useWorkshopStore,
  resetWorkshopStore,
  usePresenter,
  type CompareRef,
  type WorkshopState,
} from './workshop';
export {
  useSavedStore,
  resetSavedStore,
  readStoredText,
  MAX_SCENARIOS,
  IMPORT_MAX_BYTES,
  settingsOf,
  exportText,
  parseImport,
  planImport,
  applyImport,
  checkImportSize,
  checkName,
  NAME_MAX,
  SAVED_KEY,
  SET_ASIDE_PREFIX,
  type SavedScenario,
  type SavedNotice,
  type ImportItem,
  type ClashChoice,
} from './saved';
