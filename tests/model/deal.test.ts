// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../src/model/evaluate';
import { PARTNER_IDS, type PartnerAllocation, type PayRule, type Result, type Settings } from '../../src/model/types';
import { loadRealData, randomSettings, seededRandom, settingsWith, tinyData, tinyTheme } from '../fixtures/model-data';

// Who pays (docs/model.md, "Who pays"). The tiny case at a 0% rate: health and care, benefits
// 5, 10, 10, 10, 10 (45), costs 4, 2, 1, 1, 1 (9); DH has 60% of it, LG (the local partner) 40%.

const hsc = tinyTheme({ shares: { DH: 0.6, LG: 0.4 } });
// A second theme all DWP's, whose costs fall in year 1: benefits 45, costs 10.
const ws = tinyTheme({ id: 'ws', shares: { DWP: 1 }, scenario: { costs: [10, 0, 0, 0, 0], ongoing: 0 } });
const one = tinyData([hsc]);
const two = tinyData([hsc, ws]);
const run = (data = one, over: Partial<Settings> = {}) => evaluate(data, settingsWith({ rate: 0, ...over }, data));
const n = (v: { toNumber(): number } | undefined) => v?.toNumber();
const figures = (p: PartnerAllocation | undefined) => p && { pvBenefit: n(p.pvBenefit), pvCost: n(p.pvCost), npv: n(p.npv), roi: p.roi, paybackYear: p.paybackYear };

describe('who pays (hand-computed)', () => {
  it('by default each partner pays its share of each theme’s costs, as before', () => {
    const r = run(two).total.partners;
    expect(figures(r.DH)).toEqual({ pvBenefit: 27, pvCost: 5.4, npv: 21.6, roi: 4, paybackYear: '2012-13' });
    expect(figures(r.LG)).toEqual({ pvBenefit: 18, pvCost: 3.6, npv: 14.4, roi: 4, paybackYear: '2012-13' });
    expect(figures(r.DWP)).toEqual({ pvBenefit: 45, pvCost: 10, npv: 35, roi: 3.5, paybackYear: '2013-14' });
  });

  it('lead:LG: the council pays every cost; the others put nothing in', () => {
    const r = run(one, { pay: { kind: 'lead', partner: 'LG' } }).total.partners;
    expect(figures(r.LG)).toEqual({ pvBenefit: 18, pvCost: 9, npv: 9, roi: 1, paybackYear: '2013-14' });
    expect(r.LG?.cost.map(n)).toEqual([4, 2, 1, 1, 1]);
    expect(r.LG?.cumulativeDiscounted.map(n)).toEqual([-2, 0, 3, 6, 9]);
    expect(figures(r.DH)).toEqual({ pvBenefit: 27, pvCost: 0, npv: 27, roi: null, paybackYear: null });
  });

  it('benefit: each pays in proportion to the present value of its benefit, so each gets the same return', () => {
    // Benefit 27 : 18 : 45 of 90, so 30%, 20% and 50% of the 19 of costs.
    const r = run(two, { pay: { kind: 'benefit' } }).total.partners;
    expect(n(r.DH?.pvCost)).toBeCloseTo(5.7, 12);
    expect(n(r.LG?.pvCost)).toBeCloseTo(3.8, 12);
    expect(n(r.DWP?.pvCost)).toBeCloseTo(9.5, 12);
    expect(n(r.DH?.npv)).toBeCloseTo(21.3, 12);
    for (const id of ['DH', 'LG', 'DWP']) expect(r[id]?.roi).toBeCloseTo(71 / 19, 12);
  });

  it('custom: the agreed shares, and the part nobody has agreed to pay is reported, not guessed', () => {
    const results = run(one, { pay: { kind: 'custom' }, payShares: { DH: 0.5, LG: 0.3 } });
    expect(n(results.total.partners.DH?.pvCost)).toBeCloseTo(4.5, 12);
    expect(n(results.total.partners.LG?.pvCost)).toBeCloseTo(2.7, 12);
    expect(results.deal.gap).toBeCloseTo(0.2, 12);
    expect(results.deal.notes.join(' ')).toMatch(/less than 100%/);
  });

  it('breakeven: the smallest central share of the costs that lets the council break even by the year asked', () => {
    // To year 1 the council's benefit is 2 against costs of 4: central partners must pay half of
    // every cost; later years need less (6 of 6 by year 2), so half it is.
    const r = run(one, { pay: { kind: 'breakeven' }, breakeven: 1 });
    expect(r.deal.centralShare).toBe(0.5);
    expect(n(r.deal.centralContribution)).toBe(4.5);
    expect(r.total.partners.DH?.cost.map(n)).toEqual([2, 1, 0.5, 0.5, 0.5]);
    expect(r.total.partners.LG?.cumulativeDiscounted.map(n)).toEqual([0, 3, 6.5, 10, 13.5]);
    expect(r.total.partners.LG?.paybackYear).toBe('2012-13');
    // Central partners with no benefit here put nothing in.
    expect(n(r.total.partners.DWP?.pvCost)).toBe(0);
    // By year 2 the council's 6 of benefit meets its 6 of costs: no top-up is needed.
    expect(run(one, { pay: { kind: 'breakeven' }, breakeven: 2 }).deal.centralShare).toBe(0);
  });

  it('breakeven: a council that receives nothing needs every cost paid for it', () => {
    const r = run(one, { pay: { kind: 'breakeven' }, lens: { kind: 'exclude', partner: 'LG' } });
    expect(r.deal.centralShare).toBe(1);
    expect(n(r.total.partners.LG?.pvCost)).toBe(0);
  });

  it('a year beyond the horizon is the horizon’s last, and says so', () => {
    const r = run(one, { breakeven: 8 });
    expect(r.deal.breakevenYear).toBe(5);
    expect(r.deal.notes.join(' ')).toMatch(/beyond the 5-year horizon/);
  });

  it('a rule that cannot apply falls back to shares and says why', () => {
    const noLocal = tinyData([hsc], tinyData().partners.map((p) => ({ ...p, kind: 'central' as const })));
    const r = evaluate(noLocal, settingsWith({ rate: 0, pay: { kind: 'breakeven' } }, noLocal));
    expect(r.deal.rule).toEqual({ kind: 'share' });
    expect(r.deal.notes.join(' ')).toMatch(/needs at least one local and one central partner/);
    expect(figures(r.total.partners.LG)).toEqual(figures(run(one).total.partners.LG));
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over the national case and random settings.

const data = loadRealData();
const rules: fc.Arbitrary<PayRule> = fc.oneof(
  fc.constantFrom<PayRule>({ kind: 'share' }, { kind: 'benefit' }, { kind: 'breakeven' }),
  fc.constantFrom(...PARTNER_IDS).map((partner): PayRule => ({ kind: 'lead', partner })),
);
const dealSettings = fc.record({ seed: fc.integer({ min: 1, max: 2 ** 31 }), pay: rules, breakeven: fc.option(fc.integer({ min: 1, max: 10 })) }).map(({ seed, pay, breakeven }) => ({
  ...randomSettings(seededRandom(seed), { nonEmptyThemes: true, greenBook: seed % 2 === 0 }),
  pay,
  breakeven,
}));
const partnersOf = (r: Result) => Object.values(r.partners).filter((p): p is PartnerAllocation => p !== undefined);
const close = (a: number, b: number, scale: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(scale)));

describe('who pays: properties', () => {
  it('contributions add up to the total cost, every year, under every rule', () => {
    fc.assert(
      fc.property(dealSettings, (s) => {
        const { total } = evaluate(data, s);
        total.yearly.forEach((y, i) => close(partnersOf(total).reduce((a, p) => a + n(p.cost[i])!, 0), n(y.cost)!, n(y.cost)!));
      }),
      { numRuns: 150 },
    );
  });

  it('custom: contributions and the reported gap add up to the total cost', () => {
    fc.assert(
      fc.property(dealSettings, fc.dictionary(fc.constantFrom(...PARTNER_IDS), fc.integer({ min: 0, max: 100 })), (s, percents) => {
        const payShares = Object.fromEntries(Object.entries(percents).map(([id, v]) => [id, v / 100]));
        const { total, deal } = evaluate(data, { ...s, pay: { kind: 'custom' }, payShares });
        const paid = partnersOf(total).reduce((a, p) => a + n(p.pvCost)!, 0);
        close(paid + deal.gap * n(total.pvCost)!, n(total.pvCost)!, n(total.pvCost)!);
      }),
      { numRuns: 100 },
    );
  });

  it('benefit: each partner’s net present value is its share of the benefit times the total', () => {
    fc.assert(
      fc.property(dealSettings, (s) => {
        const { total } = evaluate(data, { ...s, pay: { kind: 'benefit' } });
        const benefit = n(total.pvBenefit)!;
        if (benefit <= 0) return;
        for (const [id, p] of Object.entries(total.partners)) {
          if (!p || id === 'unallocated') continue;
          close(n(p.npv)!, (n(p.pvBenefit)! / benefit) * n(total.npv)!, benefit);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lead: that partner carries every cost', () => {
    fc.assert(
      fc.property(dealSettings, fc.constantFrom(...PARTNER_IDS), (s, partner) => {
        const { total } = evaluate(data, { ...s, pay: { kind: 'lead', partner } });
        close(n(total.partners[partner]?.pvCost)!, n(total.pvCost)!, n(total.pvCost)!);
        for (const p of partnersOf(total)) if (p !== total.partners[partner]) expect(n(p.pvCost)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('breakeven: the council’s running total is not below zero from the year asked to the horizon, and any smaller central share leaves it short', () => {
    fc.assert(
      fc.property(dealSettings, (s) => {
        const results = evaluate(data, { ...s, pay: { kind: 'breakeven' } });
        const from = results.deal.breakevenYear - 1;
        const scale = n(results.total.pvCost)! + n(results.total.pvBenefit)!;
        const lowest = (r: Result) => Math.min(...r.partners.LG!.cumulativeDiscounted.slice(from).map((v) => v.toNumber()));
        expect(lowest(results.total)).toBeGreaterThanOrEqual(-1e-12 * scale);
        const share = results.deal.centralShare ?? 0;
        close(n(results.deal.centralContribution)!, share * n(results.total.pvCost)!, scale);
        if (share <= 1e-9) return;
        // The central partners paying 0.1% less of every cost: some year from the one asked is below zero.
        const less = evaluate(data, { ...s, pay: { kind: 'custom' }, payShares: { DH: share * 0.999, LG: 1 - share * 0.999 } });
        expect(lowest(less.total)).toBeLessThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
