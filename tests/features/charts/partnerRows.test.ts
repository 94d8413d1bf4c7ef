import { describe, expect, it } from 'vitest';
import { buildPartnerRows, partnerAxis, partnerChartRows, whisker } from '../../../src/features/charts/partnerRows';
import { defaultSettings, evaluate, type PartnerId, type Settings } from '../../../src/model';
import { loadData } from '../../helpers';

const data = loadData();
const run = (settings: Settings) => ({ settings, results: evaluate(data, settings) });

describe('buildPartnerRows', () => {
  it('lists every partner and adds up to the total annual net benefit', () => {
    const { settings, results } = run(defaultSettings());
    const rows = buildPartnerRows(results, data, settings);
    expect(rows.slice(0, 6).map((r) => r.key)).toEqual(['DH', 'LG', 'DWP', 'HO', 'MoJ', 'DfE']);
    const sum = rows.reduce((a, r) => a + r.annual, 0);
    expect(sum).toBeCloseTo(results.total.annualNet.toNumber(), 9);
    const dh = rows.find((r) => r.key === 'DH')!;
    expect(dh.annual).toBeCloseTo(results.total.partners.DH!.annual.toNumber(), 12);
    expect(dh.pctOfBudget).toBe(results.total.partners.DH!.pctOfBudget);
    expect(dh.budget).toEqual({ value: 111.6, kind: 'DEL' });
  });

  it('shows the unallocated remainder only when it is not zero', () => {
    const { settings, results } = run(defaultSettings());
    const rows = buildPartnerRows(results, data, settings);
    const unallocated = results.total.partners.unallocated?.annual.toNumber() ?? 0;
    expect(rows.some((r) => r.key === 'unallocated')).toBe(Math.abs(unallocated) > 1e-9);

    const lead = run({ ...defaultSettings(), lens: { kind: 'lead', partner: 'DH' } });
    const leadRows = buildPartnerRows(lead.results, data, lead.settings);
    expect(leadRows.some((r) => r.key === 'unallocated')).toBe(false);
    expect(leadRows.find((r) => r.key === 'DH')!.annual).toBeCloseTo(lead.results.total.annualNet.toNumber(), 9);
    expect(leadRows.filter((r) => r.key !== 'DH').every((r) => r.annual === 0)).toBe(true);
  });

  it('computes whiskers as Σ range × theme annual net, bracketing the bar', () => {
    const { settings, results } = run(defaultSettings());
    const rows = buildPartnerRows(results, data, settings);
    const lg = rows.find((r) => r.key === 'LG')!;
    let lo = 0;
    let hi = 0;
    for (const t of data.themes.filter((th) => settings.themes.includes(th.id))) {
      const share = t.partnerShares.LG;
      if (!share) continue;
      const annual = results.themes[t.id]!.annualNet.toNumber();
      const [a, b] = share.range ?? [share.value, share.value];
      lo += Math.min(a * annual, b * annual);
      hi += Math.max(a * annual, b * annual);
    }
    expect(lg.range![0]).toBeCloseTo(lo, 12);
    expect(lg.range![1]).toBeCloseTo(hi, 12);
    for (const r of rows.filter((row) => row.range)) {
      expect(r.range![0]).toBeLessThanOrEqual(r.annual + 1e-9);
      expect(r.range![1]).toBeGreaterThanOrEqual(r.annual - 1e-9);
      expect(r.rangePct![0]).toBeCloseTo(r.range![0] / r.budget!.value, 12);
    }
  });

  it('draws the NPV whiskers from each theme’s NPV at its own delay, as the decimals give it', () => {
    const { settings, results } = run({ ...defaultSettings(), delay: 1.25, delayByTheme: { fcn: 2.5 }, leakage: 0.3 });
    for (const row of buildPartnerRows(results, data, settings).filter((r) => r.rangeNpv)) {
      let lo = 0;
      let hi = 0;
      for (const t of data.themes.filter((th) => settings.themes.includes(th.id))) {
        const share = t.partnerShares[row.key as PartnerId];
        if (!share) continue;
        const npv = results.themes[t.id]!.npv.toNumber();
        const [a, b] = share.range ?? [share.value, share.value];
        lo += Math.min(a * npv, b * npv);
        hi += Math.max(a * npv, b * npv);
      }
      expect(Math.abs(row.rangeNpv![0] - lo)).toBeLessThan(1e-9);
      expect(Math.abs(row.rangeNpv![1] - hi)).toBeLessThan(1e-9);
    }
  });

  it('drops whiskers under a lens other than all partners', () => {
    const { settings, results } = run({ ...defaultSettings(), lens: { kind: 'exclude', partner: 'DWP' } });
    const rows = buildPartnerRows(results, data, settings);
    expect(rows.every((r) => r.range === null)).toBe(true);
    expect(rows.find((r) => r.key === 'DWP')!.annual).toBe(0);
    expect(rows.reduce((a, r) => a + r.annual, 0)).toBeCloseTo(results.total.annualNet.toNumber(), 9);
  });
});

describe('partnerChartRows', () => {
  it('gives £bn with error distances, or % of budget without the unallocated bar', () => {
    const { settings, results } = run(defaultSettings());
    const rows = buildPartnerRows(results, data, settings);
    const money = partnerChartRows(rows, 'money');
    expect(money).toHaveLength(rows.length);
    const dh = rows.find((r) => r.key === 'DH')!;
    expect(money.find((r) => r.key === 'DH')!.error).toEqual(whisker(dh.annual, dh.range));
    const pct = partnerChartRows(rows, 'budget');
    expect(pct.some((r) => r.key === 'unallocated')).toBe(false);
    expect(pct.find((r) => r.key === 'DH')!.value).toBeCloseTo(dh.pctOfBudget! * 100, 12);
  });

  it('never gives a negative whisker length', () => {
    expect(whisker(1, [2, 3])).toEqual([0, 2]);
    expect(whisker(1, null)).toBeNull();
  });
});

describe('partnerAxis', () => {
  const row = (value: number, error: [number, number] | null = null) => ({ key: 'DH' as const, label: 'Health (DH)', value, base: null, error });
  it('puts round ticks from zero past the longest whisker (recharts alone gave £0.95bn steps)', () => {
    expect(partnerAxis([row(2.6, [0.5, 1.1]), row(1.2)])).toEqual({ domain: [0, 4], ticks: [0, 1, 2, 3, 4] });
    expect(partnerAxis([row(0.031), row(0.012, [0.01, 0.004])])).toEqual({ domain: [0, 0.04], ticks: [0, 0.01, 0.02, 0.03, 0.04] });
  });
  it('reaches below zero for a partner that loses, and adds no empty step past a round end', () => {
    expect(partnerAxis([row(-2.5), row(4)])).toEqual({ domain: [-4, 4], ticks: [-4, -2, 0, 2, 4] });
    expect(partnerAxis([row(3)]).ticks.at(-1)).toBe(3);
  });
  it('still has an axis when every bar is zero; money steps to £1m and less, as £m labels show them, % no finer than 0.01', () => {
    expect(partnerAxis([row(0), row(0)]).ticks).toEqual([0, 0.5]);
    // A place's own case: £4m is drawn on "£0m, £1m, … £4m", not on one step to £10m.
    expect(partnerAxis([row(0.004)]).ticks).toEqual([0, 0.001, 0.002, 0.003, 0.004]);
    expect(partnerAxis([row(0.004)], 'budget').ticks).toEqual([0, 0.01]);
  });
});
