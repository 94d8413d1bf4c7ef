import { describe, expect, it } from 'vitest';
import { buildSensitivityRows, sensitivityMarks } from '../../../src/features/charts/sensitivityRows';
import { defaultSettings, delayCurve, evaluate, leakageCurve } from '../../../src/model';
import { selectCurves } from '../../../src/state';
import { loadData } from '../../helpers';

const data = loadData();

describe('sensitivity rows', () => {
  it('turns the model curves into display units', () => {
    const settings = defaultSettings();
    const curves = selectCurves(data, settings);
    const leak = buildSensitivityRows(curves, 'leakage');
    const delay = buildSensitivityRows(curves, 'delay');
    expect(leak[0]!.x).toBe(0);
    expect(leak.at(-1)!.x).toBe(100);
    expect(delay.at(-1)!.x).toBe(5);
    const total = evaluate(data, settings).total;
    expect(leak.map((r) => r.npv)).toEqual(leakageCurve(total).map((p) => p.npv));
    expect(delay.map((r) => r.npv)).toEqual(delayCurve(total).map((p) => p.npv));
    expect(leak[0]!.npv).toBeCloseTo(evaluate(data, settings).total.npv.toNumber(), 9);
  });

  it('marks the current setting and the zero crossing from the switching values', () => {
    const settings = { ...defaultSettings(), leakage: 0.2, delay: 1 };
    const results = evaluate(data, settings);
    const leak = sensitivityMarks(results, settings, 'leakage');
    expect(leak.current).toBeCloseTo(20, 9);
    expect(leak.zero).toBeCloseTo(results.total.switching.leakage! * 100, 9);
    const delay = sensitivityMarks(results, settings, 'delay');
    expect(delay).toEqual({ current: 1, zero: results.total.switching.delay });
    // The curve really is near zero at the marked crossing.
    const curve = buildSensitivityRows(selectCurves(data, settings), 'leakage');
    const below = curve.filter((r) => r.x <= leak.zero!).at(-1)!;
    const above = curve.find((r) => r.x > leak.zero!)!;
    expect(below.npv).toBeGreaterThanOrEqual(0);
    expect(above.npv).toBeLessThanOrEqual(0);
  });
});
