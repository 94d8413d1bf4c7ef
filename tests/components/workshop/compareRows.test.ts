import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate } from '../../../src/model';
import { buildCompareFigures, buildComparePartners, buildCompareProfile, compareExtents, compareOptions, resolveSide, runningEnds } from '../../../src/components/workshop/compareRows';
import { partnerText, rowText } from '../../../src/components/workshop/compareFormat';
import { buildHeadlineFigures } from '../../../src/components/headlineFigures';
import { PRESETS } from '../../../src/state';
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
    expect(rowText(npv).diff.text).toMatch(/^▲ £\d/);
    const payback = rows.find((r) => r.id === 'payback')!;
    expect(rowText(payback).a).toBe(a.total.paybackYear ?? 'not yet');
    const pct = rows.find((r) => r.id === 'pctOfSpend')!;
    expect(rowText(pct).diff.text).toMatch(/^\+\d+(\.\d)? points$/);
    expect(rowText({ ...pct, diff: 0 }).diff.text).toBe('no change');
    expect(rowText({ ...payback, diff: 2 }).diff).toEqual({ text: '2 years later', spoken: '2 years later' });
  });

  it('gives a headroom exactly as the headline card does: none once the net benefit is gone', () => {
    const leaky = { ...base, leakage: 0.8, delay: 1 };
    const r = evaluate(data, leaky);
    expect(r.total.npv.toNumber()).toBeLessThan(0);
    // The model still finds where the net benefit would cross zero, but that is no headroom.
    expect(r.total.switching.leakage).not.toBeNull();
    const rows = buildCompareFigures(r, b, leaky, base);
    const cards = buildHeadlineFigures(r, b, leaky, base);
    const baseCards = buildHeadlineFigures(b, b, base, base);
    for (const [id, card] of [['leakage', 'leakageHeadroom'], ['delay', 'delayHeadroom']] as const) {
      const row = rows.find((x) => x.id === id)!;
      expect(row.a).toBeNull();
      expect(row.diff).toBeNull();
      expect(rowText(row).a).toBe(cards.find((c) => c.id === card)!.value);
      expect(rowText(row).a).toBe('none');
      expect(rowText(row).b).toBe(baseCards.find((c) => c.id === card)!.value);
    }
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

  it('says where each running total ends, in its own year when the horizons differ', () => {
    const long = { ...base, horizon: 10 };
    const same = runningEnds(buildCompareProfile(a, b));
    expect(same).toMatch(/^By 2016-17 A reaches £9\.\dbn and B £20\.6bn\.$/);
    const mixed = runningEnds(buildCompareProfile(evaluate(data, long), b));
    expect(mixed).toMatch(/^A reaches £\d+\.\dbn by 2021-22, and B £20\.6bn by 2016-17\.$/);
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

describe('comparison rows as text, for every pair of presets', () => {
  const runs = PRESETS.map((p) => {
    const settings = p.settings();
    return { id: p.id, settings, results: evaluate(data, settings) };
  });
  const pairs = runs.flatMap((x) => runs.filter((y) => y !== x).map((y) => [x, y] as const));
  const unitOf = (text: string) => /(bn|m)$/.exec(text)?.[1];
  const placesOf = (text: string) => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  /** The number in a difference as shown ("▲ £27m" → "£27m", "−1.0 points" → "1.0"). */
  const amountOf = (text: string) => /£?[\d,.]+(bn|m)?/.exec(text)?.[0];

  it('gives A, B and the difference of a row one unit or one precision, and reads aloud what is shown', () => {
    for (const [x, y] of pairs) {
      for (const r of buildCompareFigures(x.results, y.results, x.settings, y.settings)) {
        const where = `${x.id} v ${y.id}, ${r.id}`;
        const a = rowText(r).a;
        const b = rowText(r).b;
        const d = rowText(r).diff;
        const texts = d.text === 'no change' ? [a, b] : [a, b, d.text];
        if (r.kind === 'money') expect(new Set(texts.map(unitOf)).size, `${where}: ${texts.join(' | ')}`).toBe(1);
        if (r.kind === 'percent' || r.kind === 'years') expect(new Set(texts.map(placesOf)).size, `${where}: ${texts.join(' | ')}`).toBe(1);
        expect(d.text, where).not.toMatch(/(^|[^\d.])1 (points|years)/);
        expect(d.spoken, where).not.toMatch(/(^|[^\d.])1 (percentage points|years)/);
        if (d.text === 'no change') expect(a, where).toBe(b);
        else if (r.kind === 'percent' || r.kind === 'years') expect(a, where).not.toBe(b);
        else if (r.kind !== 'year') expect(d.spoken, where).toContain(amountOf(d.text));
      }
    }
  });

  it('gives each partner’s A, B and difference one unit', () => {
    for (const [x, y] of pairs) {
      for (const p of buildComparePartners(x.results, y.results, x.settings, y.settings, data)) {
        const t = partnerText(p);
        // "£0" (nothing at all) has no unit of its own.
        const texts = (t.diff.text === 'no change' ? [t.a, t.b] : [t.a, t.b, t.diff.text]).filter((text) => text !== '£0');
        expect(new Set(texts.map(unitOf)).size, `${x.id} v ${y.id}, ${p.key}: ${texts.join(' | ')}`).toBeLessThanOrEqual(1);
        expect(t.a, `${x.id} v ${y.id}, ${p.key}`).not.toMatch(/£0\.0\dbn/);
        if (t.diff.text !== 'no change') expect(t.diff.spoken).toContain(amountOf(t.diff.text));
      }
    }
  });
});
