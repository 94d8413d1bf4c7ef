// Which published figures the model was fitted to (docs/decisions/0009-fit-classes.md).
import type { GoldenRow } from './golden';
import { annexPilots } from './annex';
import { knownDifferences } from './known-differences';
import type { ModelData } from './types';

export type FitClass = 'input' | 'fitted' | 'notFitted';
export const FIT_CLASSES: readonly FitClass[] = ['input', 'fitted', 'notFitted'];

export const FIT_CLASS_TEXT: Record<FitClass, { name: string; reason: string }> = {
  input: {
    name: 'Inputs shown back',
    reason: 'read from the report into the model (spend, realisation profiles, partner shares, cohorts) and shown back: they can only fail through a copying error.',
  },
  fitted: {
    name: 'Figures the calibration fits to',
    reason: 'the costs and full benefits the report never printed are chosen so that these come out right, so a match shows the fit holds at the report’s rounding.',
  },
  notFitted: {
    name: 'Figures the model was not fitted to',
    reason: 'worked out from the inputs and the fitted values without being used to choose them: the honest test of the model.',
  },
};

/** Read straight from the report (`total.spend` is the sum of three). */
const INPUT_MEASURES = new Set(['spend', 'profile', 'share', 'range', 'cohort']);

/**
 * The calibration fits to these, each pinning what no other figure does: the yearly rows the costs,
 * the net annual benefit the ongoing cost, the leakage value the benefit, the 5-year total the
 * rows' rounding. The annex pilots' yearly rows (measure: the pilot's id) stand in for them there.
 */
const FITTED_MEASURES = new Set(['netAnnual', 'npv', 'net', 'switchLeakage']);

/**
 * A case also names derived figures printed finely enough to narrow the fit (`fittedFigures`) and
 * shares the fit may move within their rounding (`fittedShares`: fitted inputs, not echoes).
 */
export const fittedShares = (data: Pick<ModelData, 'published'>): ReadonlySet<string> => new Set(data.published?.fittedShares);

export function fitClass(row: GoldenRow, data: Pick<ModelData, 'published' | 'themes'>): FitClass {
  const measure = row.id.split('.')[1] ?? '';
  if (data.published?.fittedShares.includes(row.id)) return 'fitted';
  if (INPUT_MEASURES.has(measure)) return 'input';
  if (knownDifferences(data)[row.id]) return 'notFitted';
  const fitted = FITTED_MEASURES.has(measure) || annexPilots(data).some((p) => p.pilot === measure) || data.published?.fittedFigures.includes(row.id);
  return fitted ? 'fitted' : 'notFitted';
}
