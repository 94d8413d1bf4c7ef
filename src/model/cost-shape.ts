/**
 * What makes a fitted cost stream plausible (docs/decisions/0007-cost-shape.md): the report never
 * prints its costs (EY 2013, 6.1), so the calibration holds every fitted stream to two rules. Each
 * of years 1–5 costs at least `runningShare` of the ongoing cost times that year's realisation (no
 * year in which benefits arrive is free), and the ongoing cost is at least `ongoingShareOfYear5` of
 * the year-5 cost (costs may fall after the one-off investment, not to nothing). With these round
 * shares every fitted figure still rounds to the report's; with a floor of half, it no longer does.
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
