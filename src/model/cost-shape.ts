/**
 * What makes a fitted cost stream plausible (docs/decisions/0007-cost-shape.md). The report
 * counts "ongoing and one off investment costs" (EY 2013, 6.1) but never prints them, so the
 * calibration holds every fitted stream to two rules:
 *
 * 1. in each of years 1–5 the cost is at least `runningShare` of the ongoing cost scaled by that
 *    year's realisation: a service that delivers benefits has running costs, so no year in which
 *    benefits arrive is free;
 * 2. the ongoing cost is at least `ongoingShareOfYear5` of the year-5 cost: costs may fall once
 *    the one-off investment ends, but not to nothing while benefits continue.
 *
 * With these round shares every fitted figure still rounds to the report's; with half the year-5
 * cost as the floor for the ongoing cost, it no longer does.
 */
import type { ScenarioInputs } from './types';

export const COST_SHAPE = {
  ongoingShareOfYear5: 0.2,
  runningShare: 0.5,
} as const;

/** Rounding in the data file (six decimals) may break a rule by this much. */
const SLACK = 2e-6;

/** Why a scenario's cost stream breaks the rules, in words; empty when it keeps them. */
export function costShapeProblems(s: ScenarioInputs): string[] {
  const ongoing = s.ongoingCost.value;
  const problems = s.costs.values.flatMap((c, i) =>
    c < COST_SHAPE.runningShare * ongoing * (s.profile.values[i] ?? 0) - SLACK ? [`year ${i + 1} costs less than its running cost`] : [],
  );
  const year5 = s.costs.values[4] ?? 0;
  if (ongoing < COST_SHAPE.ongoingShareOfYear5 * year5 - SLACK) problems.push('the ongoing cost is below the stated share of the year-5 cost');
  return problems;
}
