// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate, tornadoPartners, tornado, tornadoSummary, type ModelData, type Settings } from '../../src/model';
import { loadRealData, settingsWith, tinyData, tinyTheme } from '../fixtures/model-data';

const data = loadRealData();
const npv = (d: ModelData, s: Settings) => evaluate(d, s).total.npv;

describe('tornado', () => {
  it('moves each assumption across its documented range, largest swing first; settings with no range are left out', () => {
    const s = defaultSettings();
    const t = tornado(data, s);
    expect(t.base.eq(npv(data, s))).toBe(true);
    const ids = t.rows.map((r) => r.id);
    // No range set for take-up, leakage or delay: not swung across the whole slider, but left out and said so.
    expect(new Set(ids)).toEqual(new Set(['scenario', 'theme.hsc', 'theme.fcn', 'theme.ws', 'partner.DH', 'partner.LG', 'partner.DWP', 'partner.HO', 'partner.MoJ', 'partner.DfE']));
    expect(t.leftOut).toEqual(['scale', 'leakage', 'delay', 'rate']);
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i - 1]!.swing.gte(t.rows[i]!.swing)).toBe(true);
    const row = (id: string) => t.rows.find((r) => r.id === id)!;
    expect(row('scenario').low.npv.eq(npv(data, { ...s, scenario: 0 }))).toBe(true);
    for (const r of t.rows) expect(r.swing.eq(r.high.npv.minus(r.low.npv).abs())).toBe(true);
  });

  it('lists every partner, those with no published range with no swing', () => {
    const lead = tornado(data, { ...defaultSettings(), lens: { kind: 'lead', partner: 'DWP' } });
    const partners = lead.rows.filter((r) => r.input.kind === 'partner');
    expect(partners.map((r) => r.id).sort()).toEqual(['partner.DH', 'partner.DWP', 'partner.DfE', 'partner.HO', 'partner.LG', 'partner.MoJ']);
    // Justice and Education, under 10% of every theme, were left out before.
    expect(partners.find((r) => r.id === 'partner.MoJ')!.input).toEqual({ kind: 'partner', partner: 'MoJ', themes: ['fcn', 'ws'] });
    // The annex case publishes no ranges: every partner is still listed, with no swing.
    const annex = tornado(data, { ...defaultSettings(), themes: ['da'], lens: { kind: 'lead', partner: 'HO' } });
    const listed = annex.rows.filter((r) => r.input.kind === 'partner');
    expect(listed).toHaveLength(6);
    for (const r of listed) {
      expect(r.input).toMatchObject({ themes: [] });
      expect(r.swing.isZero()).toBe(true);
    }
  });

  it('uses the user’s ranges for take-up, leakage and delay', () => {
    const s: Settings = { ...defaultSettings(), uncertainty: { seed: 1, draws: 100, distribution: 'uniform', ranges: { leakage: [0.1, 0.4], delay: [0, 2], scale: [0.5, 1] } } };
    const t = tornado(data, s);
    const row = (id: string) => t.rows.find((r) => r.id === id)!;
    expect(row('leakage').low.npv.eq(npv(data, { ...s, leakage: 0.1 }))).toBe(true);
    expect(row('leakage').input).toEqual({ kind: 'setting', key: 'leakage', fromUserRange: true });
    expect(row('delay').high.npv.eq(npv(data, { ...s, delay: 2 }))).toBe(true);
    expect(row('scale').low.value).toBe(0.5);
    expect(t.rows.some((r) => r.id === 'rate')).toBe(false);
    expect(t.leftOut).toEqual(['rate']);
  });

  it('splits the scenario swing exactly into the themes’ swings (the total is their sum)', () => {
    const s = { ...defaultSettings(), leakage: 0.2, delay: 0.5 };
    const t = tornado(data, s);
    const themeSwings = t.rows.filter((r) => r.input.kind === 'theme').reduce((a, r) => a.plus(r.high.npv.minus(r.low.npv)), t.base.minus(t.base));
    const scenario = t.rows.find((r) => r.id === 'scenario')!;
    expect(themeSwings.minus(scenario.high.npv.minus(scenario.low.npv)).abs().toNumber()).toBeLessThan(1e-15);
    // One theme at prudent equals the whole model with that theme's own figures swapped.
    const hsc = t.rows.find((r) => r.id === 'theme.hsc')!;
    const expected = npv(data, s).minus(evaluate(data, s).themes.hsc!.npv).plus(evaluate(data, { ...s, scenario: 0 }).themes.hsc!.npv);
    expect(hsc.low.npv.eq(expected)).toBe(true);
  });

  it('moves the total with partner shares only when one partner leads or is left out', () => {
    const all = tornado(data, defaultSettings());
    for (const r of all.rows.filter((x) => x.input.kind === 'partner')) expect(r.swing.isZero()).toBe(true);
    const lead = tornado(data, { ...defaultSettings(), lens: { kind: 'lead', partner: 'DWP' } });
    const dwp = lead.rows.find((r) => r.id === 'partner.DWP')!;
    expect(dwp.swing.gt(0)).toBe(true);
    expect(dwp.input).toEqual({ kind: 'partner', partner: 'DWP', themes: ['fcn', 'ws'] });
    // Hand check on tiny data: DH leads alone; its share moves across 0.5–0.8 (LG stays at 0.4).
    const theme = tinyTheme({ shares: { DH: 0.6, LG: 0.4 } });
    theme.partnerShares.DH!.range = [0.5, 0.8];
    const d = tinyData([theme]);
    const s = settingsWith({ rate: 0, lens: { kind: 'lead', partner: 'DH' } }, d);
    const row = tornado(d, s).rows.find((r) => r.id === 'partner.DH')!;
    // Benefits 45 before the lens, costs 9: DH keeps 0.5/0.9 or 0.8/1.2 of the benefit.
    expect(row.low.npv.toNumber()).toBeCloseTo((45 * 0.5) / 0.9 - 9, 12);
    expect(row.high.npv.toNumber()).toBeCloseTo((45 * 0.8) / 1.2 - 9, 12);
  });

  it('gives every partner the themes where its share has a published range', () => {
    const themes = data.themes.filter((t) => ['hsc', 'fcn', 'ws'].includes(t.id));
    const ranged = Object.fromEntries(tornadoPartners(themes, data.partners).map((p) => [p.partner, p.themes]));
    expect(Object.keys(ranged)).toEqual(['DH', 'LG', 'DWP', 'HO', 'MoJ', 'DfE']);
    expect(ranged.DWP).toEqual(['fcn', 'ws']);
    expect(tornadoPartners(data.themes.filter((t) => t.id === 'da'), data.partners).every((p) => p.themes.length === 0)).toBe(true); // no ranges in the annex cases
  });

  it('has a plain-number form for the worker', () => {
    const t = tornado(data, defaultSettings());
    const plain = tornadoSummary(t);
    expect(plain.base).toBe(t.base.toNumber());
    expect(plain.rows[0]!.swing).toBe(t.rows[0]!.swing.toNumber());
    expect(plain.leftOut).toEqual(t.leftOut);
    expect(structuredClone(plain)).toEqual(plain);
  });
});
