// The one door into the model: the app, the scripts and the tests import from here only.
export * from './types';
export { Money, money, toNumber } from './money';
export { parseModelData, SUPPORTED_DATA_VERSION, type DataFiles, type LoadResult } from './schema';
export {
  NUMERIC_SPECS,
  AGGREGATED_THEMES,
  LINK_VERSION,
  defaultSettings,
  parseSettings,
  serialiseSettings,
  settingsEqual,
  type NumericSpec,
  type Ignored,
  type ParsedSettings,
} from './settings';
export { evaluate, includedThemes } from './evaluate';
export { discountFactors } from './discount';
export { realisation, MAX_HORIZON } from './profile';
export { financialYear } from './years';
export { parseGoldenCsv, type GoldenRow } from './golden';
export { fidelityTable, summariseFidelity, memoisedRun, modelFigures, type FidelityRow, type FidelitySummary } from './fidelity';
export { KNOWN_DIFFERENCES } from './known-differences';
export { toJson, type ResultsJson } from './json';
export { leakageCurve, delayCurve, type CurvePoint } from './sensitivity';
export { waterfall, type WaterfallStep } from './waterfall';
