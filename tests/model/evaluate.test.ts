// @vitest-environment node
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { evaluate, includedThemes } from '../../src/model/evaluate';
import { normalisedShare } from '../../src/model/shares';
import { PARTNER_IDS, type Result, type Results, type Settings } from '../../src/model/types';
import { NO_SWITCHING, loadRealData, randomSettings, seededRandom, settingsWith, tinyData, tinyTheme } from '../fixtures/model-data';

const n = (d: Decimal | undefined) => (d === undefined ? Number.NaN : d.toNumber());

// A theme's result and a ledger keep their figures behind getters (worked out when read), which
// Object.entries does not list: these name them, so every figure is read.
const RESULT_FIGURES = ['npv', 'pvBenefit', 'pvBenefitBeforeLeakage', 'pvCost', 'npvByWholeDelay', 'npvWithoutDelay', 'npvByWholeDelayFloat', 'annualNet', 'addressableSpend', 'pctOfSpend', 'switching', 'yearly', 'partners'] as const;
const LEDGER_FIGURES = ['annual', 'share', 'pctOfBudget', 'pvBenefit', 'pvCost', 'npv', 'roi', 'benefit', 'cost', 'yearly', 'cumulativeDiscounted'] as const;
const figuresOf = (value: object): [string, unknown][] => {
  const named = 'npvByWholeDelayFloat' in value ? RESULT_FIGURES : 'cumulativeDiscounted' in value ? LEDGER_FIGURES : [];
  const own = Object.entries(value);
  return [...own, ...named.filter((k) => !own.some(([key]) => key === k)).map((k): [string, unknown] => [k, (value as Record<string, unknown>)[k]])];
};

/** Every number and Decimal anywhere in the results, with where it is. */
function everyNumber(value: unknown, path = 'results', out: [string, number][] = []): [string, number][] {
  if (Decimal.isDecimal(value)) out.push([path, (value as Decimal).toNumber()]);
  else if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => everyNumber(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of figuresOf(value)) everyNumber(v, `${path}.${k}`, out);
  return out;
}

const themeResults = (r: Results): Result[] => Object.values(r.themes).filter((x): x is Result => x !== undefined);

describe('evaluate: a one-theme hand-made data set', () => {
  // Profile 0.5, 1, 1, 1, 1; gross 10; costs 4, 2, 1, 1, 1; ongoing 1; spend 90; DH 60%, LG 40%.
  const data = tinyData();
  const at = (o: Partial<Settings>) => evaluate(data, settingsWith(o, data));

  it('at a 0% rate over 5 years', () => {
    const r = at({ rate: 0 }).total;
    expect(n(r.npv)).toBe(36);
    expect(n(r.pvBenefit)).toBe(45);
    expect(n(r.pvCost)).toBe(9);
    expect(n(r.annualNet)).toBe(9);
    expect(n(r.addressableSpend)).toBe(90);
    expect(r.pctOfSpend).toBeCloseTo(0.1, 15);
    expect(r.paybackYear).toBe('2012-13');
    expect(r.yearly.map((y) => [y.year, y.index, n(y.benefit), n(y.cost), n(y.net), n(y.netDiscounted), n(y.cumulativeDiscounted)])).toEqual([
      ['2012-13', 1, 5, 4, 1, 1, 1],
      ['2013-14', 2, 10, 2, 8, 8, 9],
      ['2014-15', 3, 10, 1, 9, 9, 18],
      ['2015-16', 4, 10, 1, 9, 9, 27],
      ['2016-17', 5, 10, 1, 9, 9, 36],
    ]);
  });

  it('at the default 3.5% rate', () => {
    const f = [1, 1 / 1.035, 1 / 1.035 ** 2, 1 / 1.035 ** 3, 1 / 1.035 ** 4];
    const net = [1, 8, 9, 9, 9];
    const r = at({}).total;
    expect(n(r.npv)).toBeCloseTo(net.reduce((a, v, i) => a + v * (f[i] ?? 0), 0), 12);
    expect(n(r.pvBenefit)).toBeCloseTo([5, 10, 10, 10, 10].reduce((a, v, i) => a + v * (f[i] ?? 0), 0), 12);
    r.yearly.forEach((y, i) => expect(n(y.netDiscounted)).toBeCloseTo((net[i] ?? 0) * (f[i] ?? 0), 12));
  });

  it('applies leakage to benefits only', () => {
    const r = at({ rate: 0, leakage: 0.2 }).total;
    expect(r.yearly.map((y) => n(y.benefit))).toEqual([4, 8, 8, 8, 8]);
    expect(r.yearly.map((y) => n(y.cost))).toEqual([4, 2, 1, 1, 1]);
    expect(n(r.npv)).toBeCloseTo(36 - 9, 14);
    expect(n(r.annualNet)).toBeCloseTo(8 - 1, 14);
  });

  it('a theme’s own leakage and delay replace the general ones', () => {
    const r = at({ rate: 0, leakage: 0.9, leakageByTheme: { hsc: 0.2 }, delay: 3, delayByTheme: { hsc: 1 } }).total;
    // Benefits 0, 5, 10, 10, 10 × 0.8.
    expect(r.yearly.map((y) => n(y.benefit))).toEqual([0, 4, 8, 8, 8]);
    expect(n(r.npv)).toBeCloseTo(28 - 9, 14);
  });

  it('delays benefits but not costs; the steady state is unchanged', () => {
    const r = at({ rate: 0, delay: 1.5 }).total;
    // Realisation at 0 … 3.5 years: 0, 0.25, 0.75, 1, 1.
    expect(r.yearly.map((y) => n(y.benefit))).toEqual([0, 2.5, 7.5, 10, 10]);
    expect(r.yearly.map((y) => n(y.cost))).toEqual([4, 2, 1, 1, 1]);
    expect(n(r.npv)).toBeCloseTo(30 - 9, 14);
    expect(n(r.annualNet)).toBe(9);
    // Cumulative: −4, −3.5, 3 → pays back in the third year.
    expect(r.paybackYear).toBe('2014-15');
  });

  it.each<[Settings['lens'], number]>([
    [{ kind: 'all' }, 1],
    [{ kind: 'lead', partner: 'DH' }, 0.6],
    [{ kind: 'lead', partner: 'LG' }, 0.4],
    [{ kind: 'exclude', partner: 'DH' }, 0.4],
    [{ kind: 'exclude', partner: 'HO' }, 1],
  ])('lens %j counts %f of the benefits and all of the costs', (lens, m) => {
    const r = at({ rate: 0, lens }).total;
    expect(n(r.pvBenefit)).toBeCloseTo(45 * m, 13);
    expect(n(r.pvCost)).toBe(9);
    expect(n(r.annualNet)).toBeCloseTo(10 * m - 1, 13);
  });

  it('leaves the theme out when the lead partner has no share in it: no benefits and no costs', () => {
    // Before issue 19 the partner carried the theme's whole cost for no benefit (−9 here).
    const r = at({ rate: 0, lens: { kind: 'lead', partner: 'HO' } }).total;
    expect(n(r.pvBenefit)).toBe(0);
    expect(n(r.pvCost)).toBe(0);
    expect(n(r.npv)).toBe(0);
    expect(n(r.annualNet)).toBe(0);
    expect(r.yearly.map((y) => n(y.cost))).toEqual([0, 0, 0, 0, 0]);
  });

  it('goes on to a 10-year horizon with ongoing costs and full realisation', () => {
    const d = tinyData([tinyTheme({ scenario: { profile: [0.1, 0.2, 0.3, 0.4, 0.5], costs: [2, 2, 2, 2, 2], ongoing: 0.5 } })]);
    const r = evaluate(d, settingsWith({ rate: 0, horizon: 10 }, d)).total;
    expect(r.yearly).toHaveLength(10);
    expect(r.yearly.map((y) => y.year)).toEqual(['2012-13', '2013-14', '2014-15', '2015-16', '2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22']);
    r.yearly.forEach((y, i) => expect(n(y.benefit)).toBeCloseTo(i + 1, 13));
    expect(r.yearly.map((y) => n(y.cost))).toEqual([2, 2, 2, 2, 2, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(n(r.npv)).toBeCloseTo(55 - 12.5, 13);
    // Cumulative net: −1, −1, 0, 2, 5 → first above zero in year 4.
    expect(r.paybackYear).toBe('2015-16');
  });

  it('has no payback year when the cumulative net never gets above zero', () => {
    const d = tinyData([tinyTheme({ scenario: { costs: [50, 1, 1, 1, 1] } })]);
    expect(evaluate(d, settingsWith({ rate: 0 }, d)).total.paybackYear).toBeNull();
  });

  it('blends scenarios', () => {
    const d = tinyData([tinyTheme({ prudent: { gross: 6, ongoing: 2 }, base: { gross: 10, ongoing: 1 } })]);
    const r = evaluate(d, settingsWith({ rate: 0, scenario: 0.25 }, d)).total;
    // Gross 0.75·6 + 0.25·10 = 7; ongoing 1.75.
    expect(n(r.annualNet)).toBeCloseTo(7 - 1.75, 14);
    expect(n(r.pvBenefit)).toBeCloseTo(7 * 4.5, 14);
  });

  it('has no percentage of spend when nothing is addressable', () => {
    const d = tinyData([tinyTheme({ spend: 0 })]);
    expect(evaluate(d, settingsWith({}, d)).total.pctOfSpend).toBeNull();
  });

  it('gives zero totals and no switching values with no themes chosen', () => {
    const r = at({ themes: [] });
    expect(r.themes).toEqual({});
    expect(n(r.total.npv)).toBe(0);
    expect(n(r.total.annualNet)).toBe(0);
    expect(r.total.pctOfSpend).toBeNull();
    expect(r.total.paybackYear).toBeNull();
    expect(r.total.switching).toEqual(NO_SWITCHING);
    expect(r.total.partners).toEqual({});
    expect(r.total.yearly).toHaveLength(5);
  });

  it('ignores chosen themes the data does not have', () => {
    const r = at({ themes: ['hsc', 'da', 'ro'] });
    expect(Object.keys(r.themes)).toEqual(['hsc']);
  });
});

describe('evaluate: two hand-made themes', () => {
  const data = tinyData([
    tinyTheme({ id: 'ws', spend: 10, scenario: { gross: 2, costs: [1, 1, 1, 1, 1], ongoing: 1 }, shares: { DWP: 1 } }),
    tinyTheme({ id: 'hsc' }),
  ]);

  it('lists the included themes in the data file’s order', () => {
    expect(includedThemes(data, settingsWith({ themes: ['hsc', 'ws'] })).map((t) => t.id)).toEqual(['ws', 'hsc']);
    expect(includedThemes(data, settingsWith({ themes: ['hsc'] })).map((t) => t.id)).toEqual(['hsc']);
    expect(includedThemes(data, settingsWith({ themes: [] }))).toEqual([]);
  });

  it('adds the themes into the total', () => {
    const r = evaluate(data, settingsWith({ rate: 0 }, data));
    expect(n(r.themes.hsc?.npv)).toBe(36);
    expect(n(r.themes.ws?.npv)).toBe(9 - 5);
    expect(n(r.total.npv)).toBe(40);
    expect(n(r.total.annualNet)).toBe(9 + 1);
    expect(n(r.total.addressableSpend)).toBe(100);
    expect(r.total.pctOfSpend).toBeCloseTo(0.1, 15);
    expect(r.total.yearly.map((y) => n(y.net))).toEqual([1 + 0, 8 + 1, 9 + 1, 9 + 1, 9 + 1]);
  });

  it('applies per-theme settings to their theme only', () => {
    const r = evaluate(data, settingsWith({ rate: 0, leakage: 0.5, leakageByTheme: { ws: 0 } }, data));
    expect(n(r.themes.ws?.npv)).toBe(4);
    expect(n(r.themes.hsc?.npv)).toBeCloseTo(22.5 - 9, 14);
  });
});

describe('evaluate: the report’s base case (default settings, real data)', () => {
  const data = loadRealData();
  const r = evaluate(data, settingsWith());

  it('total 5-year net benefit ≈ £20.6bn', () => {
    expect(Math.abs(n(r.total.npv) - 20.6)).toBeLessThanOrEqual(0.05);
  });

  it('health and social care ≈ £12.0bn', () => {
    expect(Math.abs(n(r.themes.hsc?.npv) - 12.0)).toBeLessThanOrEqual(0.05);
  });

  it('health and social care leakage switching value ≈ 69%', () => {
    expect(Math.abs((r.themes.hsc?.switching.leakage ?? Number.NaN) - 0.69)).toBeLessThanOrEqual(0.005);
  });

  it('covers the three aggregated themes only, with 5 years from 2012-13', () => {
    expect(Object.keys(r.themes).sort()).toEqual(['fcn', 'hsc', 'ws']);
    expect(r.total.yearly.map((y) => y.year)).toEqual(['2012-13', '2013-14', '2014-15', '2015-16', '2016-17']);
  });
});

describe('evaluate: invariants on the real data (seeded random settings)', () => {
  const data = loadRealData();
  const rng = seededRandom(8675309);
  const samples = Array.from({ length: 30 }, () => randomSettings(rng, { nonEmptyThemes: true }));

  it('produces no NaN or Infinity anywhere', () => {
    for (const s of [...samples, settingsWith({ themes: [] }), settingsWith({ scale: 0 }), settingsWith({ leakage: 1, delay: 5, horizon: 10, rate: 0.1 })]) {
      const r = evaluate(data, s);
      const numbers = everyNumber(r);
      expect(numbers.length).toBeGreaterThan(10);
      // Each theme's figures are read too, and its ledgers' years.
      for (const id of s.themes) expect(numbers.some(([path]) => path === `results.themes.${id}.npv`)).toBe(true);
      if (s.themes.length) expect(numbers.some(([path]) => /^results\.themes\.\w+\.partners\.\w+\.cumulativeDiscounted\[0\]$/.test(path))).toBe(true);
      for (const [path, v] of numbers) expect(Number.isFinite(v), `${path} = ${v} for ${JSON.stringify(s)}`).toBe(true);
    }
  });

  it('is consistent within itself: NPV = PV benefit − PV cost = Σ discounted nets = final cumulative', () => {
    for (const s of samples) {
      const r = evaluate(data, s);
      for (const res of [r.total, ...themeResults(r)]) {
        expect(res.yearly).toHaveLength(s.horizon);
        expect(res.npv.minus(res.pvBenefit.minus(res.pvCost)).abs().toNumber()).toBeLessThan(1e-12);
        const sum = res.yearly.reduce((a, y) => a.plus(y.netDiscounted), new Decimal(0));
        expect(sum.minus(res.npv).abs().toNumber()).toBeLessThan(1e-12);
        expect(res.yearly.at(-1)?.cumulativeDiscounted.minus(res.npv).abs().toNumber()).toBeLessThan(1e-12);
        for (const y of res.yearly) expect(y.net.minus(y.benefit.minus(y.cost)).abs().toNumber()).toBeLessThan(1e-12);
      }
    }
  });

  it('total is the sum of the themes', () => {
    for (const s of samples) {
      const r = evaluate(data, s);
      const themes = themeResults(r);
      expect(themes).toHaveLength(includedThemes(data, s).length);
      const add = (pick: (x: Result) => Decimal) => themes.reduce((a, t) => a.plus(pick(t)), new Decimal(0));
      for (const pick of [(x: Result) => x.npv, (x: Result) => x.pvBenefit, (x: Result) => x.pvCost, (x: Result) => x.annualNet, (x: Result) => x.addressableSpend]) {
        expect(add(pick).minus(pick(r.total)).abs().toNumber()).toBeLessThan(1e-12);
      }
      r.total.yearly.forEach((y, i) => {
        const benefit = themes.reduce((a, t) => a.plus(t.yearly[i]?.benefit ?? Number.NaN), new Decimal(0));
        expect(benefit.minus(y.benefit).abs().toNumber()).toBeLessThan(1e-12);
      });
    }
  });

  it('NPV falls as leakage rises', () => {
    for (const s of samples.slice(0, 15)) {
      const npvs = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((leakage) => n(evaluate(data, { ...s, leakage, leakageByTheme: {} }).total.npv));
      for (let i = 1; i < npvs.length; i++) expect(npvs[i], JSON.stringify(s)).toBeLessThanOrEqual((npvs[i - 1] ?? Number.NaN) + 1e-12);
      // Strictly lower at 100% leakage whenever there was any benefit to lose.
      if (evaluate(data, { ...s, leakage: 0, leakageByTheme: {} }).total.pvBenefit.gt(1e-9)) {
        expect(npvs.at(-1)).toBeLessThan(npvs[0] ?? Number.NaN);
      }
    }
  });

  it('NPV falls as one theme’s own leakage rises', () => {
    for (const s of samples.slice(0, 10)) {
      const id = s.themes[0];
      if (!id) continue;
      const npvs = [0, 0.3, 0.6, 1].map((l) => n(evaluate(data, { ...s, leakageByTheme: { ...s.leakageByTheme, [id]: l } }).total.npv));
      for (let i = 1; i < npvs.length; i++) expect(npvs[i]).toBeLessThanOrEqual((npvs[i - 1] ?? Number.NaN) + 1e-12);
    }
  });

  it('NPV falls as delay rises', () => {
    for (const s of samples.slice(0, 15)) {
      const npvs = [0, 0.25, 0.5, 1, 1.75, 2.5, 3, 4, 5].map((delay) => n(evaluate(data, { ...s, delay, delayByTheme: {} }).total.npv));
      for (let i = 1; i < npvs.length; i++) expect(npvs[i], JSON.stringify(s)).toBeLessThanOrEqual((npvs[i - 1] ?? Number.NaN) + 1e-12);
    }
  });

  it('scales linearly with take-up: results at scale k are k × results at scale 1', () => {
    for (const s of samples.slice(0, 12)) {
      const one = evaluate(data, { ...s, scale: 1 });
      for (const k of [0, 0.37, s.scale]) {
        const r = evaluate(data, { ...s, scale: k });
        const pairs: [Result, Result][] = [[r.total, one.total], ...themeResults(r).map((t, i): [Result, Result] => [t, themeResults(one)[i] as Result])];
        for (const [a, b] of pairs) {
          const close = (x: Decimal | undefined, y: Decimal | undefined) =>
            expect(Math.abs(n(x) - k * n(y)), JSON.stringify({ k, s })).toBeLessThan(1e-12);
          close(a.npv, b.npv);
          close(a.pvBenefit, b.pvBenefit);
          close(a.pvCost, b.pvCost);
          close(a.annualNet, b.annualNet);
          a.yearly.forEach((y, i) => {
            close(y.benefit, b.yearly[i]?.benefit);
            close(y.cost, b.yearly[i]?.cost);
            close(y.cumulativeDiscounted, b.yearly[i]?.cumulativeDiscounted);
          });
          for (const key of Object.keys(b.partners) as (keyof Result['partners'])[]) {
            close(a.partners[key]?.annual, b.partners[key]?.annual);
            close(a.partners[key]?.npv, b.partners[key]?.npv);
          }
          expect(n(a.addressableSpend)).toBe(n(b.addressableSpend));
          if (k > 0) {
            expect(a.switching.leakage ?? -1).toBeCloseTo(b.switching.leakage ?? -1, 12);
            expect(a.switching.delay ?? -1).toBeCloseTo(b.switching.delay ?? -1, 12);
            expect(a.paybackYear).toBe(b.paybackYear);
          }
        }
      }
    }
  });

  it('at a 0% discount rate NPV is the plain sum of yearly nets', () => {
    for (const s of samples) {
      const r = evaluate(data, { ...s, rate: 0 });
      for (const res of [r.total, ...themeResults(r)]) {
        const plain = res.yearly.reduce((a, y) => a + n(y.net), 0);
        expect(Math.abs(n(res.npv) - plain)).toBeLessThan(1e-9);
        for (const y of res.yearly) expect(n(y.netDiscounted)).toBe(n(y.net));
      }
    }
  });

  it('is linear in the scenario blend', () => {
    for (const s of samples.slice(0, 10)) {
      const at = (scenario: number) => evaluate(data, { ...s, scenario }).total;
      const p = at(0);
      const b = at(1);
      const w = at(s.scenario);
      expect(Math.abs(n(w.npv) - ((1 - s.scenario) * n(p.npv) + s.scenario * n(b.npv)))).toBeLessThan(1e-12);
      expect(Math.abs(n(w.annualNet) - ((1 - s.scenario) * n(p.annualNet) + s.scenario * n(b.annualNet)))).toBeLessThan(1e-12);
    }
  });

  it('a longer horizon adds years without changing the earlier ones', () => {
    for (const s of samples.slice(0, 8)) {
      const short = evaluate(data, { ...s, horizon: 5 }).total;
      const long = evaluate(data, { ...s, horizon: 10 }).total;
      short.yearly.forEach((y, i) => {
        expect(n(long.yearly[i]?.net)).toBe(n(y.net));
        expect(n(long.yearly[i]?.cumulativeDiscounted)).toBeCloseTo(n(y.cumulativeDiscounted), 12);
      });
      const extra = long.yearly.slice(5).reduce((a, y) => a + n(y.netDiscounted), 0);
      expect(n(long.npv)).toBeCloseTo(n(short.npv) + extra, 10);
    }
  });

  it('lead:P and exclude:P split the benefits of all partners together; costs stay where P has a share', () => {
    const s = settingsWith({ themes: ['hsc', 'fcn', 'ws', 'da', 'ro'] });
    const all = evaluate(data, s);
    for (const partner of PARTNER_IDS) {
      const lead = evaluate(data, { ...s, lens: { kind: 'lead', partner } });
      const excl = evaluate(data, { ...s, lens: { kind: 'exclude', partner } });
      expect(n(lead.total.pvBenefit) + n(excl.total.pvBenefit)).toBeCloseTo(n(all.total.pvBenefit), 10);
      // A lead partner runs only the themes it has a share in (docs/decisions/0010-lead-without-share.md).
      const run = data.themes.filter((t) => !normalisedShare(t, partner).isZero());
      expect(n(lead.total.pvCost)).toBeCloseTo(run.reduce((a, t) => a + n(all.themes[t.id]?.pvCost), 0), 10);
      expect(n(excl.total.pvCost)).toBe(n(all.total.pvCost));
      for (const t of data.themes) {
        const share = normalisedShare(t, partner).toNumber();
        expect(n(lead.themes[t.id]?.pvBenefit)).toBeCloseTo(share * n(all.themes[t.id]?.pvBenefit), 10);
      }
    }
  });

  it('is pure: the same inputs give the same results and nothing is changed', () => {
    const s = samples[0] as Settings;
    const dataCopy = structuredClone(data);
    const settingsCopy = structuredClone(s);
    const a = JSON.stringify(everyNumber(evaluate(data, s)));
    const b = JSON.stringify(everyNumber(evaluate(data, s)));
    expect(a).toBe(b);
    expect(data).toEqual(dataCopy);
    expect(s).toEqual(settingsCopy);
  });
});
