/**
 * The report never prints its costs (EY 2013, 6.1), so fitted costs keep two rules
 * (docs/decisions/0007-cost-shape.md): no year with benefits is free, and costs may fall after the
 * investment, not to nothing. With these shares every fitted figure still rounds to the report's (with half, not).
 */
import type { ScenarioInputs } from './types';

export const COST_SHAPE = {
  ongoingShareOfYear5: 0.2,
  runningShare: 0.5,
} as const;

/** The data file's six-decimal rounding may break a rule by this much. */
const SLACK = 2e-6;

/** Why a scenario's cost stream breaks the rules, in words. */
export function costShapeProblems(s: ScenarioInputs): string[] {
  const ongoing = s.ongoingCost.value;
  const problems = s.costs.values.flatMap((c, i) =>
    c < COST_SHAPE.runningShare * ongoing * (s.profile.values[i] ?? 0) - SLACK ? [`year ${i + 1} costs less than its running cost`] : [],
  );
  const year5 = s.costs.values[4] ?? 0;
  if (ongoing < COST_SHAPE.ongoingShareOfYear5 * year5 - SLACK) problems.push('the ongoing cost is below the stated share of the year-5 cost');
  return problems;
}
