// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/model/evaluate';
import { money } from '../../src/model/money';
import { addByDelay, delaySwitch, shareSwitch } from '../../src/model/switching';
import type { Settings } from '../../src/model/types';
import { NO_SWITCHING, loadRealData, randomSettings, seededRandom, settingsWith, tinyData, tinyTheme } from '../fixtures/model-data';

describe('shareSwitch', () => {
  it.each<[number, number, number | null]>([
    [45, 9, 0.8],
    [10, 5, 0.5],
    [10, 0, 1],
    [4, 3, 0.25],
    [10, 10, null], // no surplus
    [10, 12, null], // in deficit
    [0, 0, null], // no benefit
    [0, 5, null],
    [-1, -5, null], // negative benefit: nothing to leak
  ])('PV benefit %f, PV cost %f → %s', (pvb, pvc, expected) => {
    const got = shareSwitch(money(pvb), money(pvc));
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 14);
  });

  it('is the leakage that makes (1 − ℓ)·PV(benefit) − PV(cost) zero', () => {
    const rng = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const pvb = money(rng() * 50 + 0.001);
      const pvc = pvb.times(rng());
      const l = shareSwitch(pvb, pvc);
      if (l === null) throw new Error('expected a switching value');
      expect(l).toBeGreaterThanOrEqual(0);
      expect(l).toBeLessThanOrEqual(1);
      expect(money(1).minus(l).times(pvb).minus(pvc).abs().toNumber()).toBeLessThan(1e-12);
    }
  });
});

describe('delaySwitch', () => {
  const ds = (values: number[]) => delaySwitch(values.map((v) => money(v)));

  it.each<[string, number[], number | null]>([
    ['root between 3 and 4', [36, 26, 16, 6, -4, -14], 3.6],
    ['root between 0 and 1', [1, -3, -5], 0.25],
    ['root exactly at a whole year', [10, 5, 0, -5], 2],
    ['root at the last delay looked at', [2, 1, -1], 1.5],
    ['the first bracket holding a root wins', [3, 1, -1, 5, -10], 1.5],
    ['not positive at zero delay', [0, -1, -2], null],
    ['negative at zero delay', [-3, -4], null],
    ['never reaches zero', [5, 4, 3, 2, 1, 0.5], null],
    ['only one delay looked at', [5], null],
    ['nothing looked at', [], null],
  ])('%s', (_name, values, expected) => {
    const got = ds(values);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 14);
  });
});

describe('the NPV at each whole delay, and addByDelay', () => {
  // Benefits 5, 10, 10, 10, 10 at no delay; costs 4, 2, 1, 1, 1 (9 in all).
  const data = tinyData();
  const theme = data.themes[0]!;
  const byDelay = (s: Settings) => evaluate(data, s).themes[theme.id]!.npvByWholeDelay.map((v) => v.toNumber());

  it('gives the NPV at delays 0, 1, …, horizon (0% rate, worked out by hand)', () => {
    // 10·Σ realisation − 9: 45−9, 35−9, 25−9, 15−9, 5−9, 0−9.
    expect(byDelay(settingsWith({ rate: 0 }, data))).toEqual([36, 26, 16, 6, -4, -9]);
  });

  it('replaces any delay in the settings, keeping leakage', () => {
    expect(byDelay(settingsWith({ rate: 0, delay: 2, delayByTheme: { hsc: 3 }, leakage: 0.5 }, data))).toEqual([13.5, 8.5, 3.5, -1.5, -6.5, -9]);
  });

  it('matches evaluate at each whole-year delay, at any rate and horizon', () => {
    for (const [rate, horizon] of [[0.035, 5], [0.1, 7], [0, 10]] as const) {
      const s = settingsWith({ rate, horizon }, data);
      byDelay(s).forEach((v, delay) => {
        expect(v).toBeCloseTo(evaluate(data, { ...s, delay }).total.npv.toNumber(), 12);
      });
    }
  });

  it('adds themes delay by delay', () => {
    const a = [1, 2, 3].map((v) => money(v));
    const b = [10, 20, 30].map((v) => money(v));
    expect(addByDelay([a, b]).map((v) => v.toNumber())).toEqual([11, 22, 33]);
    expect(addByDelay([a]).map((v) => v.toNumber())).toEqual([1, 2, 3]);
    expect(addByDelay([])).toEqual([]);
  });
});

describe('switching values of a hand-made theme, through evaluate', () => {
  // Benefits 5, 10, 10, 10, 10; costs 4, 2, 1, 1, 1.
  const data = tinyData();
  const sw = (o: Partial<Settings>) => evaluate(data, settingsWith(o, data)).total.switching;

  it('at a 0% rate: leakage 1 − 9/45 = 0.8, delay 3 + 6/10 = 3.6', () => {
    const v = sw({ rate: 0 });
    expect(v.leakage).toBeCloseTo(0.8, 14);
    expect(v.delay).toBeCloseTo(3.6, 14);
  });

  it('at a 10% rate, worked out by hand', () => {
    const f = [1, 1 / 1.1, 1 / 1.21, 1 / 1.331, 1 / 1.4641];
    const pv = (xs: number[]) => xs.reduce((a, x, i) => a + x * (f[i] ?? 0), 0);
    const pvb = pv([5, 10, 10, 10, 10]);
    const pvc = pv([4, 2, 1, 1, 1]);
    const npv3 = pv([0, 0, 0, 5, 10]) - pvc;
    const npv4 = pv([0, 0, 0, 0, 5]) - pvc;
    const v = sw({ rate: 0.1 });
    expect(v.leakage).toBeCloseTo(1 - pvc / pvb, 12);
    expect(v.delay).toBeCloseTo(3 + npv3 / (npv3 - npv4), 12);
  });

  it('leakage already applied changes the delay switching value but not the leakage one', () => {
    const v = sw({ rate: 0, leakage: 0.5 });
    // NPV(d) = 5·Σp − 9: 13.5, 8.5, 3.5, −1.5 → 2 + 3.5/5.
    expect(v.delay).toBeCloseTo(2.7, 14);
    expect(v.leakage).toBeCloseTo(0.8, 14);
  });

  it('per-theme delays do not change the switching delay (it replaces every theme’s delay)', () => {
    const v = sw({ rate: 0, delayByTheme: { hsc: 2 } });
    expect(v.delay).toBeCloseTo(3.6, 14);
    // The leakage switching value uses the benefits as delayed: 10·2.5 = 25 against 9.
    expect(v.leakage).toBeCloseTo(1 - 9 / 25, 14);
  });

  it('is null for a programme that never pays back', () => {
    const d = tinyData([tinyTheme({ scenario: { costs: [40, 20, 10, 10, 10] } })]);
    expect(evaluate(d, settingsWith({ rate: 0 }, d)).total.switching).toEqual(NO_SWITCHING);
  });

  it('with no costs every last penny may leak: leakage switching value 1', () => {
    const d = tinyData([tinyTheme({ scenario: { costs: [0, 0, 0, 0, 0], ongoing: 0 } })]);
    expect(evaluate(d, settingsWith({ rate: 0 }, d)).total.switching.leakage).toBe(1);
  });

  it('with costs only in year 1 the delay switching value is found in the last bracket', () => {
    // Costs 1 in year 1 only: NPV(d) = 10·Σp − 1 → 44, 34, 24, 14, 4, −1 → 4 + 4/5.
    const d = tinyData([tinyTheme({ scenario: { costs: [1, 0, 0, 0, 0], ongoing: 0 } })]);
    expect(evaluate(d, settingsWith({ rate: 0 }, d)).total.switching.delay).toBeCloseTo(4.8, 14);
  });

  it('is null for both with no themes', () => {
    expect(sw({ themes: [] })).toEqual(NO_SWITCHING);
  });

  it('is the same at any take-up above zero', () => {
    const at1 = sw({ rate: 0.035 });
    for (const scale of [0.01, 0.3, 0.77]) {
      const v = sw({ rate: 0.035, scale });
      expect(v.leakage).toBeCloseTo(at1.leakage ?? Number.NaN, 12);
      expect(v.delay).toBeCloseTo(at1.delay ?? Number.NaN, 12);
    }
  });

  it('combines two themes: the total switches where the summed NPV does', () => {
    const two = tinyData([tinyTheme(), tinyTheme({ id: 'ws', scenario: { gross: 2, costs: [1, 1, 1, 1, 1], ongoing: 1 } })]);
    const v = evaluate(two, settingsWith({ rate: 0 }, two)).total.switching;
    // PV benefit 45 + 9 = 54, PV cost 9 + 5 = 14.
    expect(v.leakage).toBeCloseTo(1 - 14 / 54, 14);
    // NPV by delay: hsc 36, 26, 16, 6, −4; ws 2·[4.5, 3.5, 2.5, 1.5, 0.5] − 5 = 4, 2, 0, −2, −4 → 40, 28, 16, 4, −8.
    expect(v.delay).toBeCloseTo(3 + 4 / 12, 14);
  });
});

describe('switching values on the real data', () => {
  const data = loadRealData();

  it('make the NPV zero: evaluate at the leakage switching value (seeded random settings)', () => {
    const rng = seededRandom(1001);
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      const s = randomSettings(rng, { nonEmptyThemes: true });
      const results = evaluate(data, s);
      const targets = [{ sw: results.total.switching.leakage, themes: s.themes }];
      for (const id of s.themes) targets.push({ sw: results.themes[id]?.switching.leakage ?? null, themes: [id] });
      for (const { sw, themes } of targets) {
        if (sw === null) continue;
        const at = evaluate(data, { ...s, themes, leakage: sw, leakageByTheme: {} }).total.npv.toNumber();
        expect(Math.abs(at), `${JSON.stringify(s)} themes ${themes.join()}`).toBeLessThan(1e-9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('make the NPV zero: evaluate at the delay switching value (seeded random settings)', () => {
    const rng = seededRandom(2002);
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      const s = randomSettings(rng, { nonEmptyThemes: true });
      const results = evaluate(data, s);
      const targets = [{ sw: results.total.switching.delay, themes: s.themes }];
      for (const id of s.themes) targets.push({ sw: results.themes[id]?.switching.delay ?? null, themes: [id] });
      for (const { sw, themes } of targets) {
        if (sw === null) continue;
        expect(sw).toBeGreaterThanOrEqual(0);
        expect(sw).toBeLessThanOrEqual(s.horizon);
        const at = evaluate(data, { ...s, themes, delay: sw, delayByTheme: {} }).total.npv.toNumber();
        expect(Math.abs(at), `${JSON.stringify(s)} themes ${themes.join()}`).toBeLessThan(1e-9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('a leakage just below the switching value leaves a surplus, just above a deficit', () => {
    const s = settingsWith();
    const sw = evaluate(data, s).total.switching.leakage;
    if (sw === null) throw new Error('expected a leakage switching value for the defaults');
    expect(evaluate(data, { ...s, leakage: sw - 0.01 }).total.npv.toNumber()).toBeGreaterThan(0);
    expect(evaluate(data, { ...s, leakage: sw + 0.01 }).total.npv.toNumber()).toBeLessThan(0);
  });

  it('a delay just below the switching value leaves a surplus, just above a deficit', () => {
    const s = settingsWith();
    const sw = evaluate(data, s).total.switching.delay;
    if (sw === null) throw new Error('expected a delay switching value for the defaults');
    expect(evaluate(data, { ...s, delay: sw - 0.05 }).total.npv.toNumber()).toBeGreaterThan(0);
    expect(evaluate(data, { ...s, delay: sw + 0.05 }).total.npv.toNumber()).toBeLessThan(0);
  });

  it('NPV is a straight line in delay between whole years (what makes interpolation exact)', () => {
    const rng = seededRandom(77);
    for (let i = 0; i < 10; i++) {
      const s = { ...randomSettings(rng, { nonEmptyThemes: true }), delayByTheme: {} };
      const npv = (delay: number) => evaluate(data, { ...s, delay }).total.npv.toNumber();
      const k = Math.floor(rng() * 5);
      const t = rng();
      const expected = npv(k) * (1 - t) + npv(k + 1) * t;
      expect(Math.abs(npv(k + t) - expected)).toBeLessThan(1e-9);
    }
  });
});
