import { describe, expect, it } from 'vitest';
import { defaultSettings, delayCurve, evaluate, waterfall, type Settings } from '../../src/model';
import { loadData } from '../helpers';

const data = loadData();

describe('the cost of a delay: one convention for the breakdown and the robustness chart', () => {
  const cases: Partial<Settings>[] = [
    { delay: 1 },
    { leakage: 0.2, delay: 1 },
    { leakage: 0.5, delay: 2, scale: 0.6 },
    { scenario: 0, delay: 1.5, lens: { kind: 'exclude', partner: 'DWP' }, rate: 0.05 },
    { delay: 3, horizon: 8, lens: { kind: 'lead', partner: 'DH' } },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('the breakdown’s delay step is the fall along the delay curve: %s', (_, patch) => {
    const s = { ...defaultSettings(), ...patch };
    const total = evaluate(data, s).total;
    const step = waterfall(data, s).find((st) => st.id === 'delay')!.value.toNumber();
    const curve = delayCurve(total, 20, 5);
    const atZero = curve[0]!.npv;
    // The curve's points are every quarter year: read the one at the delay set.
    const atDelay = curve.find((p) => Math.abs(p.x - s.delay) < 1e-9)!.npv;
    expect(step).toBeCloseTo(-(atZero - atDelay), 9);
    expect(step).toBeCloseTo(total.npv.toNumber() - total.npvByWholeDelay[0]!.toNumber(), 9);
  });

  it('applies delay after take-up, the partner lens and leakage, all at today’s value', () => {
    const s = { ...defaultSettings(), leakage: 0.2, delay: 1 };
    expect(waterfall(data, s).map((st) => st.id)).toEqual(['gross', 'scale', 'lens', 'leakage', 'delay', 'investment', 'ongoing', 'npv']);
    const steps = waterfall(data, s);
    const sum = steps.slice(0, -1).reduce((a, st) => a + st.value.toNumber(), 0);
    expect(sum).toBeCloseTo(evaluate(data, s).total.npv.toNumber(), 9);
  });
});

describe('the breakdown names the case’s own first year', () => {
  it('says which year is not discounted from the case, not from the 2013 report', () => {
    const npvStep = (firstYear: string) => waterfall({ ...data, firstYear }, defaultSettings()).find((st) => st.id === 'npv')!.basis;
    expect(npvStep(data.firstYear)).toContain('year 1, 2012-13, not discounted');
    expect(npvStep('2025-26')).toContain('year 1, 2025-26, not discounted');
  });
});
