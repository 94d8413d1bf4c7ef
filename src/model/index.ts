// The one door into the model: the app, the scripts and the tests import from here only.
export * from './types';
export { Money, money, toNumber } from './money';
export { DATA_FILES, parseModelData, prepareDataSchemas, SUPPORTED_DATA_VERSION, type DataFiles, type LoadResult } from './schema';
export {
  NUMERIC_SPECS,
  LINK_SPECS,
  findParam,
  AGGREGATED_THEMES,
  LINK_VERSION,
  LINK_DECIMALS,
  defaultSettings,
  parseSettings,
  serialiseSettings,
  settingsEqual,
  type NumericSpec,
  type Ignored,
  type ParsedSettings,
} from './settings';
export { MAX_IGNORED_LINES, summariseIgnored, timesText, moreText, paramLabel, ignoredReport, type IgnoredLine, type IgnoredSummary } from './ignored';
export { evaluate, includedThemes } from './evaluate';
export { discountFactors } from './discount';
export { realisation, MAX_HORIZON } from './profile';
export { financialYear } from './years';
export { parseGoldenCsv, type GoldenRow } from './golden';
export { fidelityTable, summariseFidelity, memoisedRun, modelFigures, type FidelityRow, type FidelitySummary } from './fidelity';
export { knownDifferences } from './known-differences';
export { toJson, type ResultsJson } from './json';
export { leakageCurve, delayCurve, type CurvePoint } from './sensitivity';
export { waterfall, type WaterfallStep } from './waterfall';
export {
  defaultUncertainty,
  uncertaintyOf,
  defaultLocal,
  rangeSpec,
  modelSettingsEqual,
} from './settings';
export { mulberry32, uniformAt, triangularAt, type Random } from './rng';
export { quantileSorted, quantiles, shareAbove, mean, histogram, niceStep, sortedCopy, type HistogramBin } from './percentiles';
export {
  outcomePartners,
  YEAR_BANDS,
  centralDraw,
  createSampler,
  compileFloatModel,
  drawData,
  evaluateDrawDecimal,
  createRunner,
  runMonteCarlo,
  rangedPartners,
  type Draw,
  type DrawOutcome,
  type DecimalOutcome,
  type FloatModel,
  type OutcomePartner,
  type YearBand,
  type NpvSummary,
  type PartnerChance,
  type McSummary,
  type McRunner,
} from './montecarlo';
export { tornado, tornadoSummary, rangedPartners as tornadoPartners, type TornadoLeftOut, type Tornado, type TornadoRow, type TornadoEnd, type TornadoInput, type TornadoSummary } from './tornado';
export {
  localArea,
  localProblems,
  resolveArea,
  themeDriver,
  withKnownArea,
  type LocalDriver,
  type LocalResult,
  type LocalTheme,
  type LocalPositionYear,
  type ResolvedArea,
} from './local';
export { annexPilots, pilotScenario, type AnnexPilotCase } from './annex';
export { COST_SHAPE, costShapeProblems } from './cost-shape';
export { FIT_CLASSES, FIT_CLASS_TEXT, fittedShares, fitClass, type FitClass } from './fit-classes';
export { themeSitsOut } from './streams';
