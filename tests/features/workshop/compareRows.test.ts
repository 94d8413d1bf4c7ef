import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate } from '../../../src/model';
import { buildCompareFigures, buildComparePartners, buildCompareProfile, compareExtents, compareOptions, differenceOrder, resolveSide, runningEnds } from '../../../src/features/workshop/compareRows';
import { partnerText, rowText } from '../../../src/features/workshop/compareTables';
import { buildHeadlineFigures } from '../../../src/lib/headlineFigures';
import { PRESETS } from '../../../src/state';
import { formatMoney } from '../../../src/lib/format';
import { loadData } from '../../helpers';

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

  it('puts the headline figures side by side, the difference current minus the other', () => {
    const rows = buildCompareFigures(a, b, prudent, base);
    const npv = rows.find((r) => r.id === 'npv')!;
    expect(npv.label).toBe('5-year net benefit');
    // A (prudent) minus B (base): down.
    expect(rowText(npv, 'a-b').diff.text).toMatch(/^▼ £\d/);
    expect(rowText(npv, 'b-a').diff.text).toMatch(/^▲ £\d/);
    const payback = rows.find((r) => r.id === 'payback')!;
    expect(rowText(payback).a).toBe(a.total.paybackYear ?? 'not yet');
    const pct = rows.find((r) => r.id === 'pctOfSpend')!;
    expect(rowText(pct, 'b-a').diff.text).toMatch(/^\+\d+(\.\d)? points$/);
  });

  it('orients the difference from the current settings, wherever they sit', () => {
    const side = (ref: 'current' | 'preset:base') => ({ ref, label: ref, settings: base });
    expect(differenceOrder(side('current'), side('preset:base'))).toBe('a-b');
    expect(differenceOrder(side('preset:base'), side('current'))).toBe('b-a');
    expect(differenceOrder(side('preset:base'), side('preset:base'))).toBe('a-b');
  });

  it('gives the difference the same sign, arrow and text as the headline’s “vs report base”', () => {
    const current = { ...base, leakage: 0.2, delay: 1 };
    const r = evaluate(data, current);
    const cards = buildHeadlineFigures(r, b, current, base);
    const rows = buildCompareFigures(r, b, current, base);
    const order = differenceOrder({ ref: 'current', label: '', settings: current }, { ref: 'preset:base', label: '', settings: base });
    for (const id of ['npv', 'annual'] as const) {
      const card = cards.find((c) => c.id === id)!;
      const t = rowText(rows.find((x) => x.id === id)!, order);
      expect(t.a).toBe(card.value);
      expect(t.diff.text).toBe(`${card.comparison.arrow} ${card.comparison.text.replace(' vs report base', '')}`);
    }
  });

  it('gives a break-even exactly as the headline card does', () => {
    const leaky = { ...base, leakage: 0.8, delay: 1 };
    const r = evaluate(data, leaky);
    expect(r.total.npv.toNumber()).toBeLessThan(0);
    const rows = buildCompareFigures(r, b, leaky, base);
    const cards = buildHeadlineFigures(r, b, leaky, base);
    const baseCards = buildHeadlineFigures(b, b, base, base);
    for (const [id, card, label] of [
      ['leakage', 'leakageHeadroom', 'Break-even leakage'],
      ['delay', 'delayHeadroom', 'Break-even delay'],
    ] as const) {
      const row = rows.find((x) => x.id === id)!;
      expect(row.label).toBe(label);
      expect(rowText(row).a).toBe(cards.find((c) => c.id === card)!.value);
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

  it('gives each partner both figures of the partner chart', () => {
    const lead = { ...base, lens: { kind: 'lead' as const, partner: 'DH' as const } };
    const l = evaluate(data, lead);
    const rows = buildComparePartners(b, l, base, lead, data);
    const dh = rows.find((r) => r.key === 'DH')!;
    expect(dh.a).toBeCloseTo(b.total.partners.DH!.npv.toNumber(), 12);
    expect(dh.annualB).toBeCloseTo(l.total.partners.DH!.annual.toNumber(), 12);
    expect(rows.find((r) => r.key === 'LG')?.b).toBe(0);
    expect(rows.reduce((s, r) => s + r.a, 0)).toBeCloseTo(b.total.npv.toNumber(), 6);
    expect(rows.reduce((s, r) => s + r.annualA, 0)).toBeCloseTo(b.total.annualNet.toNumber(), 6);
  });
});

describe('comparison rows as text, for every pair of presets', () => {
  const runs = PRESETS.map((p) => {
    const settings = p.settings();
    return { id: p.id, settings, results: evaluate(data, settings) };
  });
  const pairs = runs.flatMap((x) => runs.filter((y) => y !== x).map((y) => [x, y] as const));
  /** The number in a difference as shown ("▲ £27m" → "£27m", "−1.0 points" → "1.0"). */
  const amountOf = (text: string) => /£?[\d,.]+(bn|m)?/.exec(text)?.[0];

  it('formats A and B as the headline does, and never says "no change" beside two different figures', () => {
    for (const [x, y] of pairs) {
      for (const r of buildCompareFigures(x.results, y.results, x.settings, y.settings)) {
        const where = `${x.id} v ${y.id}, ${r.id}`;
        const { a, b, diff: d } = rowText(r);
        expect(d.text, where).not.toMatch(/(^|[^\d.])1 (points|years)/);
        expect(d.spoken, where).not.toMatch(/(^|[^\d.])1 (percentage points|years)/);
        if (d.text === 'no change' || d.text === 'same year') expect(a, where).toBe(b);
        else if (d.text !== '–') expect(a, where).not.toBe(b);
        if (r.kind === 'money') {
          expect(a, where).toBe(formatMoney(r.a as number));
          if (d.text !== 'no change') expect(d.spoken, where).toContain(amountOf(d.text));
          // The difference is in £bn whenever a figure is.
          if (d.text !== 'no change' && (a.endsWith('bn') || b.endsWith('bn'))) expect(d.text, where).toMatch(/bn$|£\dm$/);
        }
      }
    }
  });

  it('gives each partner’s figures as the partner chart does', () => {
    for (const [x, y] of pairs) {
      for (const p of buildComparePartners(x.results, y.results, x.settings, y.settings, data)) {
        const t = partnerText(p);
        expect(t.npv.a).toBe(formatMoney(p.a));
        expect(t.annual.b).toBe(formatMoney(p.annualB));
        if (t.npv.diff.text !== 'no change') expect(t.npv.diff.spoken).toContain(amountOf(t.npv.diff.text));
        else expect(t.npv.a).toBe(t.npv.b);
      }
    }
  });
});

describe('a third and fourth scenario', () => {
  const ra = evaluate(data, base);
  const rb = evaluate(data, prudent);
  const rc = evaluate(data, { ...base, leakage: 0.5 });
  it('join the profile rows and the partner rows, A and B unchanged', () => {
    const two = buildCompareProfile(ra, rb);
    const three = buildCompareProfile(ra, rb, { c: rc });
    expect(three.map((r) => ({ ...r, c: undefined, cRunning: undefined }))).toEqual(two.map((r) => ({ ...r, c: undefined, cRunning: undefined })));
    expect(three[0]!.c).toBeCloseTo(rc.total.yearly[0]!.netDiscounted.toNumber(), 12);
    expect(three.at(-1)!.cRunning).toBeCloseTo(rc.total.npv.toNumber(), 12);
    expect(three[0]!.d).toBeUndefined();
    const partners = buildComparePartners(ra, rb, base, prudent, data, { c: { results: rc, settings: { ...base, leakage: 0.5 } } });
    expect(partners.find((p) => p.key === 'DH')!.c).toBeCloseTo(rc.total.partners.DH!.npv.toNumber(), 12);
    expect(partners.find((p) => p.key === 'DH')!.d).toBeUndefined();
    // The chart's scale takes C in too: five years late, it is a loss A and B never show.
    const late = buildCompareProfile(ra, rb, { c: evaluate(data, { ...base, delay: 5 }) });
    const cLow = Math.min(...late.map((r) => r.cRunning ?? 0));
    expect(cLow).toBeLessThan(Math.min(...late.map((r) => Math.min(r.aRunning ?? 0, r.bRunning ?? 0))));
    expect(compareExtents(late).running.lo).toBe(cLow);
  });
});
