// Every call from the UI to evaluate and the curves goes through here, memoised on identity.
import {
  defaultSettings,
  vocabularyOf,
  delayCurve,
  evaluate,
  leakageCurve,
  modelSettingsEqual,
  type CurvePoint,
  type GoldenRow,
  type ModelData,
  type Results,
  type ScenarioId,
  type Settings,
} from '../model';
import { memoByIdentity } from './memo';

const BASE = defaultSettings();

/** The settings a link without parameters means for this case: the report's base for the national one, a place's own case as given. */
export const baseSettingsOf: (data: ModelData) => Settings = memoByIdentity((data: ModelData) => (data.published ? BASE : defaultSettings(vocabularyOf(data))), 4);

/** At the case's base (the usual first view) the baseline's: a cold evaluation is the first render's longest step. */
export const selectResults: (data: ModelData, settings: Settings) => Results = memoByIdentity(
  (data: ModelData, settings: Settings) => (modelSettingsEqual(settings, baseSettingsOf(data)) ? selectBaseline(data) : evaluate(data, settings)),
  6,
);

export const selectBaseline: (data: ModelData) => Results = memoByIdentity((data: ModelData) => evaluate(data, baseSettingsOf(data)), 2);

export interface Curves {
  leakage: CurvePoint[];
  delay: CurvePoint[];
}

export const selectCurves: (data: ModelData, settings: Settings) => Curves = memoByIdentity((data: ModelData, settings: Settings) => {
  const total = selectResults(data, settings).total;
  return { leakage: leakageCurve(total), delay: delayCurve(total) };
}, 3);

export const prudentSettings = (): Settings => ({ ...defaultSettings(), scenario: 0 });

const PRUDENT = prudentSettings();

/** Which published scenario the settings reproduce exactly, if any. */
export function matchingReportScenario(settings: Settings): ScenarioId | null {
  if (modelSettingsEqual(settings, BASE)) return 'base';
  if (modelSettingsEqual(settings, PRUDENT)) return 'prudent';
  return null;
}

/** The report's yearly net benefit (discounted): the sum of its three aggregated themes' rows. */
export function publishedYearlyTotals(golden: readonly GoldenRow[], scenario: ScenarioId): (number | null)[] {
  return [1, 2, 3, 4, 5].map((y) => {
    const rows = ['hsc', 'fcn', 'ws'].map((t) => golden.find((r) => r.id === `${t}.net.${scenario}.y${y}`));
    if (rows.some((r) => r === undefined || r.value[0] === undefined)) return null;
    return Math.round(rows.reduce((sum, r) => sum + (r!.value[0] ?? 0), 0) * 1e6) / 1e6;
  });
}
