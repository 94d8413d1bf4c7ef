// @vitest-environment node
// The total and the partners' ledgers come from the themes' inputs added up first (aggregate.ts,
// docs/decisions/0017-sums-first.md). Added in another order, decimals round differently in about
// the twentieth digit: these hold the sums to what each theme's own result gives, and the shortcuts
// to the full working they stand for.
import fc from 'fast-check';
import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate, realisation, tornado, vocabularyOf, type ModelData, type Settings } from '../../src/model/index';
import { normalisedShare } from '../../src/model/shares';
import { netBenefit } from '../../src/model/evaluate';
import { anySettings as settingsOf } from '../fixtures/anySettings';
import { loadRealData } from '../fixtures/model-data';
import { largeCase } from './largeCase';

const ownCase = (): ModelData => largeCase({ themes: 14, years: 12, partners: 7 }, 77);

/** Within 1e-15 of the size of the figures it is made from: rounding, never a different answer. */
const agrees = (a: Decimal, b: Decimal, size: Decimal, what: string) =>
  expect(a.minus(b).abs().toNumber(), `${what}: ${a} against ${b}`).toBeLessThanOrEqual(1e-15 * Math.max(size.abs().toNumber(), 1e-300));

/**
 * The net benefit worked out theme by theme and year by year from the formulas in docs/model.md, in
 * float64, with nothing of the model's but its realisation profile and shares: what the sums must give.
 */
function byTheFormulas(data: ModelData, s: Settings) {
  const out = { npv: 0, size: 0, yearly: Array.from({ length: s.horizon }, () => 0), benefit: {} as Record<string, number> };
  for (const theme of data.themes.filter((t) => s.themes.includes(t.id))) {
    const id = theme.id;
    const delay = s.delayByTheme[id] ?? s.delay;
    const kept = [s.leakageByTheme[id] ?? s.leakage, s.deadweightByTheme[id] ?? s.deadweight, s.displacementByTheme[id] ?? s.displacement, s.attributionByTheme[id] ?? s.attribution, s.obBenefit].reduce((a, x) => a * (1 - x), 1);
    const { prudent, base } = theme.scenarios;
    const cost = (sc: typeof base, t: number) => (t <= sc.costs.values.length ? sc.costs.values[t - 1]! : sc.ongoingCost.value);
    for (let t = 1; t <= s.horizon; t++) {
      const factor = 1 / (1 + s.rate) ** (t - 1);
      const gross = s.scale * s.uprate * ((1 - s.scenario) * prudent.grossBenefit.value * realisation(prudent.profile.values, t - delay, s) + s.scenario * base.grossBenefit.value * realisation(base.profile.values, t - delay, s));
      const costs = s.scale * (1 + s.obCost) * s.uprate * ((1 - s.scenario) * cost(prudent, t) + s.scenario * cost(base, t));
      const benefit = kept * gross * factor;
      out.yearly[t - 1]! += benefit - costs * factor;
      out.npv += benefit - costs * factor;
      out.size += Math.abs(benefit) + Math.abs(costs * factor);
      for (const partner of Object.keys(theme.partnerShares)) out.benefit[partner] = (out.benefit[partner] ?? 0) + normalisedShare(theme, partner).toNumber() * benefit;
    }
  }
  return out;
}

describe.each([
  ['the national case', loadRealData()],
  ['a generated own case', ownCase()],
] as const)('sums first, on %s', (_name, data) => {
  it('the net benefit, each year’s and each partner’s benefit are what the formulas give theme by theme', () => {
    fc.assert(
      fc.property(settingsOf(data), (picked) => {
        const s: Settings = { ...picked, lens: { kind: 'all' } };
        const r = evaluate(data, s);
        const want = byTheFormulas(data, s);
        const close = (got: number, expected: number, what: string) => expect(Math.abs(got - expected), `${what}: ${got} against ${expected}`).toBeLessThanOrEqual(1e-12 * Math.max(want.size, 1e-12));
        close(r.total.npv.toNumber(), want.npv, 'NPV');
        r.total.yearly.forEach((y, i) => close(y.netDiscounted.toNumber(), want.yearly[i]!, `year ${i + 1}`));
        for (const [partner, benefit] of Object.entries(want.benefit)) close(r.total.partners[partner]?.pvBenefit.toNumber() ?? 0, benefit, `${partner} benefit`);
      }),
      { numRuns: 60, seed: 20261209 },
    );
  }, 120_000);

  it('the total and each partner’s ledger are what the themes’ own results add up to', () => {
    fc.assert(
      fc.property(settingsOf(data), (s) => {
        const r = evaluate(data, s);
        const themes = Object.values(r.themes);
        const size = themes.reduce((acc, t) => acc.plus(t.pvBenefit.abs()).plus(t.pvCost.abs()), r.total.pvCost.abs());
        const added = (pick: (t: (typeof themes)[number]) => Decimal) => themes.reduce((acc, t) => acc.plus(pick(t)), size.times(0));
        agrees(r.total.npv, added((t) => t.npv), size, 'NPV');
        agrees(r.total.pvBenefitBeforeLeakage, added((t) => t.pvBenefitBeforeLeakage), size, 'before leakage');
        agrees(r.total.annualNet, added((t) => t.annualNet), size, 'a year once running');
        r.total.yearly.forEach((y, i) => agrees(y.netDiscounted, added((t) => t.yearly[i]!.netDiscounted), size, `year ${i + 1}`));
        for (const [key, ledger] of Object.entries(r.total.partners)) {
          const own = (pick: (l: (typeof ledger)) => Decimal) => added((t) => (t.partners[key] ? pick(t.partners[key]) : size.times(0)));
          agrees(ledger.pvBenefit, own((l) => l.pvBenefit), size, `${key} benefit`);
          agrees(ledger.pvCost, own((l) => l.pvCost), size, `${key} cost`);
          agrees(ledger.annual, own((l) => l.annual), size, `${key} a year`);
          // A ledger's present values (from running sums) are its years', discounted.
          agrees(ledger.cumulativeDiscounted.at(-1)!, ledger.npv, size, `${key} years`);
        }
      }),
      { numRuns: 40, seed: 20261206 },
    );
  }, 120_000);

  it('the net benefit alone (the tornado’s) is the evaluation’s, to the last digit', () => {
    fc.assert(
      fc.property(settingsOf(data), (s) => {
        expect(netBenefit(data, s).toString()).toBe(evaluate(data, s).total.npv.toString());
      }),
      { numRuns: 40, seed: 20261208 },
    );
  });

  it('a theme’s figures read on their own are those of its full result, to the last digit', () => {
    fc.assert(
      fc.property(settingsOf(data), (s) => {
        const quick = evaluate(data, s).themes;
        const full = evaluate(data, s).themes;
        for (const [id, theme] of Object.entries(quick)) {
          // Read the full one's NPV first, so it is made whole; the quick one's shortcuts first.
          const whole = full[id]!;
          expect(whole.npv.isFinite()).toBe(true);
          expect(theme.annualNet.toString()).toBe(whole.annualNet.toString());
          expect(theme.npvByWholeDelayFloat).toEqual(whole.npvByWholeDelayFloat);
          expect(theme.yearly.map((y) => y.netDiscounted.toString())).toEqual(whole.yearly.map((y) => y.netDiscounted.toString()));
        }
      }),
      { numRuns: 40, seed: 20261207 },
    );
  }, 120_000);
});

describe('what is kept between steps', () => {
  it('a theme changed under the same id (as the tornado changes a partner’s share) is added up afresh', () => {
    const data = ownCase();
    const s: Settings = { ...defaultSettings(vocabularyOf(data)), lens: { kind: 'lead', partner: 'P01' } };
    const before = evaluate(data, s).total.npv;
    // The second theme, not the first: the sums are kept by the group's first theme.
    const second = data.themes[1]!;
    const shares = Object.fromEntries(Object.entries(second.partnerShares).map(([id, share]) => [id, { ...share, value: id === 'P01' ? 0.9 : 0.01 }]));
    const changed: ModelData = { ...data, themes: data.themes.map((t) => (t === second ? { ...second, partnerShares: { ...second.partnerShares, ...shares, P01: { value: 0.9, source: 'test' } } } : t)) };
    const after = evaluate(changed, s).total.npv;
    expect(after.eq(before)).toBe(false);
    expect(evaluate(data, s).total.npv.toString()).toBe(before.toString());
  });

  it('the drop-off moves the figures only where the horizon runs past a profile', () => {
    const national = loadRealData();
    const decay = (horizon: number, dropoff: number) => evaluate(national, { ...defaultSettings(), after5: 'decay', horizon, dropoff }).total.npv.toString();
    expect(decay(10, 0.3)).not.toBe(decay(10, 0.1));
    expect(decay(5, 0.3)).toBe(decay(5, 0.1));
    // Evaluated in the other order too: what was kept for one drop-off is not read for another.
    expect(decay(10, 0.1)).not.toBe(decay(10, 0.3));
  });

  it('the same settings give the same figures whatever was evaluated before', () => {
    const data = ownCase();
    const v = vocabularyOf(data);
    const s: Settings = { ...defaultSettings(v), leakage: 0.3, delay: 1.25, rate: 0.05, scale: 0.7 };
    const fresh = evaluate(data, s);
    for (const other of [{ leakage: 0.1 }, { rate: 0.02 }, { scale: 0.2 }, { delay: 3 }, { horizon: 7 }]) evaluate(data, { ...s, ...other });
    const again = evaluate(data, s);
    expect(again.total.npv.toString()).toBe(fresh.total.npv.toString());
    for (const [key, ledger] of Object.entries(fresh.total.partners)) expect(again.total.partners[key]!.npv.toString()).toBe(ledger.npv.toString());
  });
});

describe('the tornado’s partner rows', () => {
  it('swap the themes a share is in into the total: the net benefit evaluated outright, to rounding', () => {
    const data = ownCase();
    const s: Settings = { ...defaultSettings(vocabularyOf(data)), lens: { kind: 'exclude', partner: 'P02' }, leakage: 0.2 };
    for (const row of tornado(data, s).rows) {
      if (row.input.kind !== 'partner' || row.input.themes.length === 0) continue;
      const { partner, themes } = row.input;
      for (const [end, at] of [[0, row.low], [1, row.high]] as const) {
        const outright: ModelData = {
          ...data,
          themes: data.themes.map((t) => {
            const share = t.partnerShares[partner];
            return themes.includes(t.id) && share?.range ? { ...t, partnerShares: { ...t.partnerShares, [partner]: { ...share, value: share.range[end] } } } : t;
          }),
        };
        const npv = evaluate(outright, s).total.npv;
        expect(Math.abs(at.npv.minus(npv).toNumber())).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(npv.toNumber())));
      }
    }
  });
});
