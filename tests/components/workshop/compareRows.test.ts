import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate } from '../../../src/model';
import { buildCompareFigures, buildComparePartners, buildCompareProfile, compareExtents, compareOptions, resolveSide } from '../../../src/components/workshop/compareRows';
import { diffText, figureText } from '../../../src/components/workshop/compareFormat';
import { loadData } from '../helpers';

const data = loadData();
const base = defaultSettings();
const prudent = { ...base, scenario: 0 };

describe('resolving the two sides', () => {
  it('gives the current settings, a preset or a saved scenario, with stable objects', () => {
    const saved = [{ id: 's1', name: 'Mine', query: 'leakage=10&v=1', savedAt: '2025-01-01T00:00:00Z' }];
    expect(resolveSide('current', base, saved)).toEqual({ ref: 'current', label: 'Current settings', settings: base });
    const p = resolveSide('preset:prudent', base, saved);
    expect(p.label).toBe('Preset: Report prudent');
    expect(resolveSide('preset:prudent', base, saved).settings).toBe(p.settings);
    const s = resolveSide('saved:s1', base, saved);
    expect(s.label).toBe('Saved: Mine');
    expect(s.settings.leakage).toBe(0.1);
    expect(resolveSide('saved:s1', base, saved).settings).toBe(s.settings);
    expect(resolveSide('saved:gone', base, saved).ref).toBe('current');
    expect(compareOptions(saved).map((g) => g.group)).toEqual(['Now', 'Presets', 'Saved scenarios']);
    expect(compareOptions([]).map((g) => g.group)).toEqual(['Now', 'Presets']);
  });
});

describe('comparison rows', () => {
  const a = evaluate(data, prudent);
  const b = evaluate(data, base);

  it('puts the headline figures side by side with B − A', () => {
    const rows = buildCompareFigures(a, b, prudent, base);
    const npv = rows.find((r) => r.id === 'npv')!;
    expect(npv.label).toBe('5-year net benefit');
    expect(npv.diff).toBeCloseTo(b.total.npv.toNumber() - a.total.npv.toNumber(), 9);
    expect(diffText(npv).text).toMatch(/^▲ £\d/);
    const payback = rows.find((r) => r.id === 'payback')!;
    expect(figureText(payback, 'a')).toBe(a.total.paybackYear ?? 'not yet');
    const pct = rows.find((r) => r.id === 'pctOfSpend')!;
    expect(diffText(pct).text).toMatch(/^\+\d+(\.\d)? points$/);
    expect(diffText({ ...pct, diff: 0 }).text).toBe('no change');
    expect(diffText({ ...payback, diff: 2 })).toEqual({ text: '2 years later', spoken: '2 years later' });
  });

  it('overlays profiles by year, even with different horizons', () => {
    const long = { ...base, horizon: 7 };
    const rows = buildCompareProfile(evaluate(data, prudent), evaluate(data, long));
    expect(rows).toHaveLength(7);
    expect(rows[6]).toMatchObject({ a: null, aRunning: null });
    expect(rows[6]?.b).not.toBeNull();
    const e = compareExtents(rows);
    expect(e.running.hi).toBeGreaterThan(0);
  });

  it('gives each partner both amounts and the difference', () => {
    const lead = { ...base, lens: { kind: 'lead' as const, partner: 'DH' as const } };
    const rows = buildComparePartners(b, evaluate(data, lead), base, lead, data);
    const dh = rows.find((r) => r.key === 'DH')!;
    expect(dh.diff).toBeCloseTo(dh.b - dh.a, 12);
    expect(rows.find((r) => r.key === 'LG')?.b).toBe(0);
    expect(rows.reduce((s, r) => s + r.a, 0)).toBeCloseTo(b.total.annualNet.toNumber(), 6);
  });
});
