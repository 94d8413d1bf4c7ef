/**
 * Which of the published figures the model was fitted to: inputs shown back, figures the
 * calibration fits to, and the rest, the honest test (docs/decisions/0009-fit-classes.md).
 */
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

/** Measures read straight from the report. `total.spend` is the sum of three of them. */
const INPUT_MEASURES = new Set(['spend', 'profile', 'share', 'range', 'cohort']);

/**
 * Measures the calibration fits to. Each pins something no other figure does: the yearly rows
 * pin the costs, the net annual benefit the ongoing cost, the leakage value the size of the
 * benefit, and the 5-year total the rounding of the yearly rows (which add to 3.2 against a
 * printed 3.1 for work and skills). The annex pilots' yearly rows (their measure is the pilot's
 * id in the case file) stand in for the same figures there.
 */
const FITTED_MEASURES = new Set(['netAnnual', 'npv', 'net', 'switchLeakage']);

/**
 * The case also names derived figures the calibration fits to (`published.fittedFigures`: printed
 * more finely than the figures above allow, so they narrow the fit) and published shares it may
 * move within their rounding (`published.fittedShares`: fitted inputs, not echoes). Why each of the
 * 2013 report's is there: docs/decisions/0009-fit-classes.md.
 */
export const fittedShares = (data: Pick<ModelData, 'published'>): ReadonlySet<string> => new Set(data.published?.fittedShares);

/** The class of one published figure of a case. */
export function fitClass(row: GoldenRow, data: Pick<ModelData, 'published' | 'themes'>): FitClass {
  const measure = row.id.split('.')[1] ?? '';
  if (data.published?.fittedShares.includes(row.id)) return 'fitted';
  if (INPUT_MEASURES.has(measure)) return 'input';
  if (knownDifferences(data)[row.id]) return 'notFitted';
  const fitted = FITTED_MEASURES.has(measure) || annexPilots(data).some((p) => p.pilot === measure) || data.published?.fittedFigures.includes(row.id);
  return fitted ? 'fitted' : 'notFitted';
}
