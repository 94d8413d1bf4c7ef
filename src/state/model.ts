/**
 * The one adapter between the UI and the model: every call to evaluate and the sensitivity
 * curves goes through here, memoised on the identity of the data and the settings.
 */
import {
  defaultSettings,
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

/**
 * Results for the user's settings. At the report's base (the usual first view) they are the
 * baseline's, worked out once: a cold first evaluation is the longest step of the first render.
 */
export const selectResults: (data: ModelData, settings: Settings) => Results = memoByIdentity(
  (data: ModelData, settings: Settings) => (modelSettingsEqual(settings, BASE) ? selectBaseline(data) : evaluate(data, settings)),
  6,
);

/** Results at the report's base scenario (all defaults), kept beside the user's run. */
export const selectBaseline: (data: ModelData) => Results = memoByIdentity((data: ModelData) => evaluate(data, BASE), 2);

export interface Curves {
  leakage: CurvePoint[];
  delay: CurvePoint[];
}

/** Net benefit against uniform leakage (0–100%) and delay (0–5 years) for the sensitivity chart. */
export const selectCurves: (data: ModelData, settings: Settings) => Curves = memoByIdentity((data: ModelData, settings: Settings) => {
  const total = selectResults(data, settings).total;
  return { leakage: leakageCurve(total), delay: delayCurve(total) };
}, 3);

/** The report's prudent settings: the defaults with scenario 0. */
export const prudentSettings = (): Settings => ({ ...defaultSettings(), scenario: 0 });

const PRUDENT = prudentSettings();

/** Which published scenario the settings reproduce exactly, if any. */
export function matchingReportScenario(settings: Settings): ScenarioId | null {
  if (modelSettingsEqual(settings, BASE)) return 'base';
  if (modelSettingsEqual(settings, PRUDENT)) return 'prudent';
  return null;
}

/**
 * The report's published yearly net benefit (discounted) for a scenario: the sum of the
 * health and social care, complex families and work and skills rows, one value per year.
 */
export function publishedYearlyTotals(golden: readonly GoldenRow[], scenario: ScenarioId): (number | null)[] {
  const years = [1, 2, 3, 4, 5];
  return years.map((y) => {
    const rows = ['hsc', 'fcn', 'ws'].map((t) => golden.find((r) => r.id === `${t}.net.${scenario}.y${y}`));
    if (rows.some((r) => r === undefined || r.value[0] === undefined)) return null;
    return Math.round(rows.reduce((sum, r) => sum + (r!.value[0] ?? 0), 0) * 1e6) / 1e6;
  });
}
