// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate, localArea, localProblems, parseSettings, resolveArea, themeDriver, type LocalSettings, type ModelData, type Settings } from '../../src/model';
import { loadRealData, settingsWith, tinyData, tinyTheme } from '../fixtures/model-data';

const data = loadRealData();
const theme = (id: string) => data.themes.find((t) => t.id === id)!;
const local = (patch: Partial<LocalSettings> & { area: string }): LocalSettings => ({ spend: {}, costRule: 'all', ...patch });
const run = (d: ModelData, s: Settings) => localArea(d, s, evaluate(d, s));

describe('areas and drivers', () => {
  it('reads the four pilots’ cohorts as shares of the national cohort', () => {
    const shares = data.areas.map((a) => resolveArea(data, local({ area: a.id })).area!.cohortShare);
    expect(shares).toEqual([614 / 117000, 8090 / 117000, 2220 / 117000, 525 / 117000]);
    expect(resolveArea(data, local({ area: 'manchester' })).area!.name).toBe('Greater Manchester');
  });

  it('says when an area is unknown, and caps a cohort larger than the nation’s', () => {
    expect(resolveArea(data, local({ area: 'narnia' }))).toEqual({ area: null, problems: [expect.stringContaining('“narnia” is not one of the areas')] });
    expect(localProblems(data, { ...defaultSettings(), local: local({ area: 'narnia' }) })).toHaveLength(1);
    expect(localProblems(data, defaultSettings())).toEqual([]);
    const big = resolveArea(data, local({ area: 'custom', cohort: 200000 }));
    expect(big.area!.cohortShare).toBe(1);
    expect(big.problems[0]).toMatch(/A cohort of 200,000 families is more than the national cohort of 117,000/);
  });

  it('uses spend share first, then the theme’s own driver, then the other', () => {
    const area = resolveArea(data, local({ area: 'custom', cohort: 1170, population: 0.02, spend: { ws: 0.03 } })).area!;
    expect(themeDriver(area, theme('fcn'))).toEqual({ driver: 'cohort', share: 0.01 });
    expect(themeDriver(area, theme('hsc'))).toEqual({ driver: 'population', share: 0.02 });
    expect(themeDriver(area, theme('ws'))).toEqual({ driver: 'spend', share: 0.03 });
    const cohortOnly = resolveArea(data, local({ area: 'custom', cohort: 1170 })).area!;
    expect(themeDriver(cohortOnly, theme('hsc'))).toEqual({ driver: 'cohort', share: 0.01 });
    const popOnly = resolveArea(data, local({ area: 'custom', population: 0.05 })).area!;
    expect(themeDriver(popOnly, theme('fcn'))).toEqual({ driver: 'population', share: 0.05 });
    const none = resolveArea(data, local({ area: 'custom' })).area!;
    expect(themeDriver(none, theme('hsc'))).toEqual({ driver: null, share: 0 });
  });
});

describe('local figures', () => {
  it('scales every theme of Greater Manchester by its cohort share', () => {
    const s = parseSettings('area=manchester').settings;
    const national = evaluate(data, s);
    const r = run(data, s)!;
    const k = 8090 / 117000;
    for (const t of r.themes) {
      expect(t.driver).toBe('cohort');
      expect(t.npv.toNumber()).toBeCloseTo(national.themes[t.theme]!.npv.toNumber() * k, 12);
    }
    expect(r.npv.toNumber()).toBeCloseTo(national.total.npv.toNumber() * k, 12);
    const partnerTotal = Object.values(r.benefitByPartner).reduce((a, v) => a + v!.toNumber(), 0);
    expect(partnerTotal).toBeCloseTo(r.pvBenefit.toNumber(), 12);
    // Local government gets under a quarter of the benefit; central departments the rest.
    expect(r.localShare).toBeGreaterThan(0.2);
    expect(r.localShare).toBeLessThan(0.25);
    expect(r.problems).toEqual([]);
  });

  it('works out the local partners’ payback by hand on tiny data, under both cost rules', () => {
    // One theme, DH 60% / LG 40%, benefits 5, 10, 10, 10, 10 and costs 4, 2, 1, 1, 1 at 0%.
    // Cohort 100 of 1,000: a tenth. LG's benefit 0.2, 0.4, 0.4, 0.4, 0.4.
    const d = tinyData([tinyTheme()]);
    const all = run(d, settingsWith({ rate: 0, local: local({ area: 'custom', cohort: 100 }) }, d))!;
    // All costs: 0.4, 0.2, 0.1, 0.1, 0.1 → net −0.2, 0.2, 0.3, … → cumulative −0.2, 0, 0.3: year 3.
    expect(all.position.map((p) => Number(p.cumulativeDiscounted.toFixed(12)))).toEqual([-0.2, 0, 0.3, 0.6, 0.9]);
    expect(all.paybackYear).toBe('2014-15');
    expect(all.localShare).toBeCloseTo(0.4, 15);
    // Costs in proportion to its 40% share: net 0.04 in year 1 already.
    const share = run(d, settingsWith({ rate: 0, local: local({ area: 'custom', cohort: 100, costRule: 'share' }) }, d))!;
    expect(share.position[0]!.net.toNumber()).toBeCloseTo(0.2 - 0.16, 15);
    expect(share.paybackYear).toBe('2012-13');
    expect(share.costRule).toBe('share');
  });

  it('gives local government nothing when another partner leads alone', () => {
    const s: Settings = { ...defaultSettings(), lens: { kind: 'lead', partner: 'DH' }, local: local({ area: 'essex' }) };
    const r = run(data, s)!;
    expect(r.benefitByPartner.LG).toBeUndefined();
    expect(r.localShare).toBe(0);
    expect(r.paybackYear).toBeNull();
  });

  it('asks for a driver when a custom area has none, and shows nothing without an area', () => {
    const r = run(data, { ...defaultSettings(), local: local({ area: 'custom' }) })!;
    expect(r.npv.isZero()).toBe(true);
    expect(r.problems[0]).toMatch(/Enter your area’s troubled-families cohort/);
    expect(run(data, defaultSettings())).toBeNull();
    expect(run(data, { ...defaultSettings(), local: local({ area: 'narnia' }) })).toBeNull();
  });
});

// Bad links (issue 19): the parser cannot know the areas, so the data's list decides.
import { withKnownArea } from '../../src/model';

describe('withKnownArea', () => {
  it('drops an area the data does not know, and reports it with the parameters that came with it', () => {
    const parsed = parseSettings('leakage=20&area=narnia&cohort=500&spend.hsc=1&costs=share');
    const { settings, ignored } = withKnownArea(parsed, data.areas);
    expect(settings).toEqual({ ...defaultSettings(), leakage: 0.2 });
    expect(ignored).toEqual([
      { param: 'area', reason: '"narnia" is not one of the areas (triborough, manchester, essex, westcheshire or custom), so England as a whole is shown' },
      { param: 'cohort', reason: 'applies only with a known area' },
      { param: 'spend.hsc', reason: 'applies only with a known area' },
      { param: 'costs', reason: 'applies only with a known area' },
    ]);
  });

  it('keeps what was already reported and leaves known areas and no area alone', () => {
    const bad = parseSettings('foo=1&area=atlantis');
    expect(withKnownArea(bad, data.areas).ignored.map((i) => i.param)).toEqual(['foo', 'area']);
    for (const query of ['area=manchester&cohort=7', 'area=custom&pop=2', 'leakage=20', '']) {
      const parsed = parseSettings(query);
      expect(withKnownArea(parsed, data.areas)).toBe(parsed);
    }
  });
});
