// The one door into the model: the app, the scripts and the tests import from here only. It
// re-exports what they use; the model's own parts import each other directly.
export * from './types';
export { money } from './money';
export { DATA_FILES, parseModelData, prepareDataSchemas, type DataFiles } from './schema';
export {
  NUMERIC_SPECS,
  ADJUSTMENT_SPECS,
  isFinancialYear,
  LINK_SPECS,
  findParam,
  AGGREGATED_THEMES,
  defaultSettings,
  defaultUncertainty,
  uncertaintyOf,
  defaultLocal,
  rangeSpec,
  parseSettings,
  serialiseSettings,
  settingsEqual,
  modelSettingsEqual,
  type NumericSpec,
  type Ignored,
} from './settings';
export { summariseIgnored, timesText, moreText, paramLabel, ignoredReport } from './ignored';
export { evaluate } from './evaluate';
export { delayFor } from './flows';
export { npvFloatAt } from './switching';
export { lensShare } from './streams';
export { realisation } from './profile';
export { parseGoldenCsv, type GoldenRow } from './golden';
export { fidelityTable, summariseFidelity, memoisedRun, modelFigures, type FidelityRow, type FidelitySummary } from './fidelity';
export { knownDifferences } from './known-differences';
export { toJson } from './json';
export { leakageCurve, delayCurve, type CurvePoint } from './sensitivity';
export { waterfall } from './waterfall';
export { mulberry32, uniformAt, triangularAt, type Random } from './rng';
export { quantileSorted, quantiles, shareAbove, mean, histogram, niceStep, sortedCopy } from './percentiles';
export { outcomePartners, centralDraw, createSampler, compileFloatModel, createRunner, runMonteCarlo, type Draw } from './montecarlo';
export type { McSummary, McRunner } from './montecarlo';
export { tornado, tornadoSummary, rangedPartners as tornadoPartners, type TornadoLeftOut, type TornadoSummary } from './tornado';
export { localArea, localProblems, resolveArea, themeDriver, withKnownArea, type LocalDriver, type LocalResult } from './local';
export { annexPilots } from './annex';
export { COST_SHAPE, costShapeProblems } from './cost-shape';
export { FIT_CLASS_TEXT, fittedShares, fitClass, type FitClass } from './fit-classes';
export { parseCase, caseYears, CASE_YEARS } from './schema';
export {
  CASE_FORMAT,
  CASE_FORMAT_VERSION,
  CASE_LIMITS,
  MONEY_UNITS,
  NO_SOURCE,
  caseDocOf,
  caseFileOf,
  caseJson,
  caseModel,
  checkCase,
  describeProblems,
  docYears,
  figureSource,
  figureValue,
  idFromName,
  readCaseText,
  withValue,
  type CaseCheck,
  type CaseDoc,
  type CasePartner,
  type CaseProblem,
  type CaseScenario,
  type CaseTheme,
  type Figure,
  type MoneyUnit,
  type ShareFigure,
} from './caseFile';
export { vocabularyOf, numericFor, NATIONAL_VOCABULARY, type LinkVocabulary } from './settings';
export { cohortProblems, cohortTheme, type CohortInputs, type CohortProblem, type CohortField } from './cohort';
