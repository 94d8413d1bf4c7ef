// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COST_SHAPE, costShapeProblems, defaultSettings, evaluate, type Settings } from '../../src/model/index';
import { loadRealData, tinyTheme } from '../fixtures/model-data';

const data = loadRealData();

describe('fitted cost streams a finance officer would recognise (issue 19)', () => {
  it.each(data.themes.flatMap((t) => (['prudent', 'base'] as const).map((sc) => [`${t.id} ${sc}`, t.scenarios[sc]] as const)))(
    '%s keeps the cost-shape rules',
    (_label, scenario) => {
      expect(costShapeProblems(scenario)).toEqual([]);
    },
  );

  it.each(data.themes.map((t) => [t.id] as const))('%s: no year 1–10 is free while benefits arrive, and year 6 keeps at least the stated share of year 5', (id) => {
    for (const scenario of [0, 1]) {
      const s: Settings = { ...defaultSettings(), themes: [id], scenario, horizon: 10 };
      const years = evaluate(data, s).total.yearly;
      for (const y of years) if (y.benefit.gt(0)) expect(y.cost.toNumber(), `${id} ${scenario} ${y.year}`).toBeGreaterThan(0);
      const [y5, y6] = [years[4]!.cost.toNumber(), years[5]!.cost.toNumber()];
      expect(y6, `${id} scenario ${scenario}`).toBeGreaterThanOrEqual(COST_SHAPE.ongoingShareOfYear5 * y5 - 1e-5);
    }
  });

  it('names each broken rule', () => {
    const scenario = tinyTheme({ scenario: { profile: [0.5, 1, 1, 1, 1], costs: [1, 0, 1, 1, 2], ongoing: 0.1 } }).scenarios.base;
    expect(costShapeProblems(scenario)).toEqual(['year 2 costs less than its running cost', 'the ongoing cost is below the stated share of the year-5 cost']);
  });
});
