// @vitest-environment node
// `npm run evaluate` with the deal room's parameters, run as a user runs it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/evaluate.ts', ...args], { encoding: 'utf8' })) as {
  partners: Record<string, { pvBenefit: number; pvCost: number; npv: number; paybackYear: string | null; roi: number | null }>;
  total: { pvCost: number };
  deal: { rule: string; gap: number; breakevenYear: number; centralShare: number; centralContribution: number };
};

describe('npm run evaluate: who pays', () => {
  it('reports each partner’s contribution, return and payback, and the break-even solver', () => {
    const out = run('pay=breakeven&breakeven=3');
    expect(out.deal).toMatchObject({ rule: 'breakeven', gap: 0, breakevenYear: 3 });
    expect(out.deal.centralShare).toBeGreaterThan(0);
    expect(out.deal.centralShare).toBeLessThan(1);
    expect(out.deal.centralContribution).toBeCloseTo(out.deal.centralShare * out.total.pvCost, 12);
    const paid = Object.values(out.partners).reduce((a, p) => a + p.pvCost, 0);
    expect(paid).toBeCloseTo(out.total.pvCost, 12);
    for (const p of Object.values(out.partners)) {
      expect(p.npv).toBeCloseTo(p.pvBenefit - p.pvCost, 12);
      if (p.pvCost > 0) expect(p.roi).toBeCloseTo(p.npv / p.pvCost, 12);
    }
    expect(out.partners.LG?.paybackYear).toBe('2014-15');
  }, 30_000);

  it('reads the rule and agreed shares as flags, and reports a shortfall', () => {
    const out = run('--pay', 'custom', '--pay.DH', '40', '--pay.LG=30');
    expect(out.deal.rule).toBe('custom');
    expect(out.deal.gap).toBeCloseTo(0.3, 12);
    expect(out.partners.DH?.pvCost).toBeCloseTo(0.4 * out.total.pvCost, 12);
    expect(out.partners.DWP?.pvCost).toBe(0);
    expect(out.partners.DWP?.roi).toBeNull();
  }, 30_000);
});
