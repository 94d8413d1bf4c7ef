// @vitest-environment node
import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/model/evaluate';
import { waterfall } from '../../src/model/waterfall';
import { realisation } from '../../src/model/profile';
import { parseSettings } from '../../src/model/settings';
import type { Result, Settings } from '../../src/model/types';
import { loadRealData, randomSettings, seededRandom, settingsWith } from '../fixtures/model-data';

const data = loadRealData();
const run = (query: string) => evaluate(data, parseSettings(query).settings).total;
const close = (a: Decimal, b: Decimal) => expect(a.minus(b).abs().toNumber()).toBeLessThan(1e-12);

/** Every money figure of a result, in one list, to compare two results figure by figure. */
const moneyOf = (r: Result): Decimal[] => [
  r.npv,
  r.pvBenefit,
  r.pvBenefitBeforeLeakage,
  r.pvCost,
  r.annualNet,
  r.addressableSpend,
  ...r.npvByWholeDelay,
  ...r.yearly.flatMap((y) => [y.benefit, y.cost, y.net, y.netDiscounted, y.cumulativeDiscounted]),
  ...Object.values(r.partners).flatMap((p) => [p.annual, p.npv, ...p.yearly]),
];

describe('Green Book adjustments compose with leakage by multiplying what each leaves', () => {
  it('deadweight 20% and displacement 25% give the net benefit of leakage 40%', () => {
    close(run('deadweight=20&displacement=25').npv, run('leakage=40').npv);
  });

  it('each benefit adjustment alone is the same as that much leakage', () => {
    const leak = run('leakage=30');
    for (const name of ['deadweight', 'displacement', 'attribution', 'ob.benefit']) close(run(`${name}=30`).npv, leak.npv);
  });

  it('all five multiply: (1 − ℓ)(1 − d)(1 − s)(1 − a)(1 − ob) of the gross benefit', () => {
    const gross = run('').pvBenefit;
    const r = run('leakage=10&deadweight=20&displacement=30&attribution=40&ob.benefit=50');
    close(r.pvBenefit, gross.times(0.9 * 0.8 * 0.7 * 0.6 * 0.5));
    close(r.pvCost, run('').pvCost);
  });

  it('a theme’s own deadweight applies to that theme only', () => {
    const own = evaluate(data, parseSettings('deadweight.hsc=50').settings);
    const plain = evaluate(data, parseSettings('').settings);
    close(own.themes.hsc!.pvBenefit, plain.themes.hsc!.pvBenefit.times(0.5));
    close(own.themes.fcn!.pvBenefit, plain.themes.fcn!.pvBenefit);
  });
});

describe('optimism bias on costs', () => {
  it('ob.cost=100 doubles the present value of the costs and leaves the benefits', () => {
    const plain = run('');
    const biased = run('ob.cost=100');
    close(biased.pvCost, plain.pvCost.times(2));
    close(biased.pvBenefit, plain.pvBenefit);
  });
});

describe('the price-base factor', () => {
  it('uprate=130 scales every money figure by 1.3 and leaves every share and year as it was', () => {
    for (const query of ['', 'scenario=prudent&leakage=20&delay=1.5&horizon=8', 'lens=lead:DH&themes=hsc,fcn,ws,da,ro']) {
      const plain = run(query);
      const uprated = run(`${query}&uprate=130`);
      const [a, b] = [moneyOf(plain), moneyOf(uprated)];
      expect(b).toHaveLength(a.length);
      a.forEach((v, i) => close(b[i]!, v.times(1.3)));
      expect(uprated.pctOfSpend).toBeCloseTo(plain.pctOfSpend!, 12);
      expect(uprated.paybackYear).toBe(plain.paybackYear);
      for (const [id, p] of Object.entries(plain.partners)) {
        const got = uprated.partners[id as keyof typeof plain.partners]?.pctOfBudget ?? null;
        if (p.pctOfBudget === null) expect(got).toBeNull();
        else expect(got).toBeCloseTo(p.pctOfBudget, 12);
      }
      expect(uprated.switching).toEqual(plain.switching);
    }
  });
});

describe('switching values of the adjustments', () => {
  const random = seededRandom(2013);
  const cases: Settings[] = Array.from({ length: 200 }, (_, i) => randomSettings(random, { nonEmptyThemes: true, greenBook: i % 2 === 1 }));

  it.each(['leakage', 'deadweight', 'displacement', 'attribution', 'obBenefit'] as const)('at the %s switching value the net benefit is zero', (key) => {
    let found = 0;
    for (const s of cases) {
      const v = evaluate(data, s).total.switching[key];
      if (v === null) continue;
      found++;
      // The same value on every theme, as the switching value assumes.
      const byTheme = key === 'leakage' || key === 'obBenefit' ? {} : { [`${key}ByTheme`]: {} };
      const at = evaluate(data, { ...s, [key]: v, ...(key === 'leakage' ? { leakageByTheme: {} } : byTheme) }).total.npv;
      expect(Math.abs(at.toNumber())).toBeLessThan(1e-9);
    }
    expect(found).toBeGreaterThan(10);
  });

  it('at the optimism bias on costs switching value the net benefit is zero', () => {
    let found = 0;
    for (const s of cases) {
      const v = evaluate(data, s).total.switching.obCost;
      if (v === null) continue;
      found++;
      expect(Math.abs(evaluate(data, { ...s, obCost: v }).total.npv.toNumber())).toBeLessThan(1e-9);
    }
    expect(found).toBeGreaterThan(10);
  });

  it('none where the costs already outweigh the benefits with no adjustment', () => {
    const r = evaluate(data, settingsWith({ leakage: 1 })).total;
    expect(r.switching.deadweight).toBeNull();
    expect(r.switching.obCost).toBeNull();
  });
});

describe('realisation after year 5', () => {
  const profile = [0.2, 0.4, 0.6, 0.8, 0.9];

  it('ramp goes straight to the long-run level by year 10, hold stays, decay drops by a share each year', () => {
    expect(realisation(profile, 10, { after5: 'ramp', dropoff: 0 })).toBeCloseTo(1, 12);
    expect(realisation(profile, 7, { after5: 'ramp', dropoff: 0 })).toBeCloseTo(0.94, 12);
    expect(realisation(profile, 8, { after5: 'hold', dropoff: 0.3 })).toBeCloseTo(0.9, 12);
    expect(realisation(profile, 7, { after5: 'decay', dropoff: 0.1 })).toBeCloseTo(0.9 * 0.81, 12);
    expect(realisation(profile, 6.5, { after5: 'decay', dropoff: 0.1 })).toBeCloseTo((0.9 * 0.9 + 0.9 * 0.81) / 2, 12);
  });

  it('leaves a five-year appraisal as it is, whatever the rule', () => {
    const plain = run('');
    for (const query of ['after5=hold', 'after5=decay&dropoff=50']) close(run(query).npv, plain.npv);
  });

  it('changes a ten-year appraisal: ramp above hold above decay', () => {
    const [ramp, hold, decay] = ['', 'after5=hold', 'after5=decay&dropoff=20'].map((q) => run(`horizon=10&${q}`).pvBenefit);
    expect(ramp!.gt(hold!)).toBe(true);
    expect(hold!.gt(decay!)).toBe(true);
  });
});

describe('the breakdown from gross to net', () => {
  it('shows each adjustment that is set, in the formula’s order, and adds up to the net benefit', () => {
    const s = parseSettings('uprate=120&leakage=10&deadweight=20&attribution=5&ob.benefit=10&delay=1&ob.cost=50').settings;
    const steps = waterfall(data, s);
    expect(steps.map((st) => st.id)).toEqual(['gross', 'uprate', 'scale', 'lens', 'leakage', 'deadweight', 'attribution', 'obBenefit', 'delay', 'investment', 'ongoing', 'obCost', 'npv']);
    const total = evaluate(data, s).total;
    close(steps.at(-2)!.level, total.npv);
    close(steps.at(-1)!.value, total.npv);
    // Each benefit step takes its share of what the steps before it left.
    const level = (id: string) => steps.find((st) => st.id === id)!.level;
    close(level('deadweight'), level('leakage').times(0.8));
    close(level('obBenefit').minus(level('attribution')), level('attribution').times(-0.1));
    close(steps.find((st) => st.id === 'obCost')!.value, total.pvCost.div(1.5).times(-0.5));
  });

  it('reads as before for the report’s own settings', () => {
    expect(waterfall(data, parseSettings('leakage=20').settings).map((st) => st.id)).toEqual(['gross', 'scale', 'lens', 'leakage', 'delay', 'investment', 'ongoing', 'npv']);
  });
});
