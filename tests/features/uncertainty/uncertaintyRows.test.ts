import { describe, expect, it } from 'vitest';
import {
  buildFanRows,
  buildHistogramRows,
  buildPartnerChanceRows,
  buildPercentileRows,
  asSetNote,
  buildTornadoRows,
  rangeWords,
  tornadoAxis,
  tornadoLeftOutText,
  tornadoSummaryText,
  visibleTornadoRows,
} from '../../../src/features/uncertainty/uncertaintyRows';
import { formatCount } from '../../../src/lib/format';
import { defaultSettings, evaluate, runMonteCarlo, tornado, tornadoSummary, type Settings } from '../../../src/model';
import { loadData } from '../../helpers';

const data = loadData();
const settings: Settings = { ...defaultSettings(), uncertainty: { seed: 1, draws: 500, distribution: 'uniform', ranges: { leakage: [0.1, 0.4], delay: [0, 2] } } };
const summary = runMonteCarlo(data, settings);

describe('Monte Carlo rows', () => {
  it('gives the fan its bands and median, one row a year', () => {
    const rows = buildFanRows(summary);
    expect(rows).toHaveLength(5);
    const y = summary.yearly[2]!;
    expect(rows[2]).toEqual({ year: '2014-15', outer: [y.p10, y.p90], inner: [y.p25, y.p75], p10: y.p10, p25: y.p25, p50: y.p50, p75: y.p75, p90: y.p90 });
  });

  it('gives the histogram its bins, shares and gain/loss colouring', () => {
    const rows = buildHistogramRows(summary);
    expect(rows.reduce((a, r) => a + r.count, 0)).toBe(500);
    expect(rows.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12);
    for (const r of rows) {
      expect(r.mid).toBeCloseTo((r.from + r.to) / 2, 12);
      expect(r.gain).toBe(r.from >= 0);
    }
  });

  it('lists the percentiles in order with plain labels', () => {
    const rows = buildPercentileRows(summary);
    expect(rows.map((r) => r.id)).toEqual(['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'mean']);
    expect(rows[3]).toEqual({ id: 'p50', label: 'Median (50th percentile)', value: summary.npv.p50 });
  });

  it('names partners in the palette order', () => {
    const rows = buildPartnerChanceRows(summary, data);
    expect(rows.map((r) => r.partner)).toEqual(['DH', 'LG', 'DWP', 'HO', 'MoJ', 'DfE']);
    expect(rows[0]!.name).toBe('Department of Health');
  });

  it('puts the user’s ranges into words', () => {
    expect(rangeWords(settings)).toEqual(['leakage 10% to 40%', 'delay 0 years to 2 years']);
    expect(rangeWords(defaultSettings())).toEqual([]);
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(999)).toBe('999');
  });
});

describe('tornado rows', () => {
  const t = tornadoSummary(tornado(data, settings));
  const rows = buildTornadoRows(t, data);

  it('labels each assumption and its ends in plain English', () => {
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.leakage).toMatchObject({ label: 'Leakage (your range)', lowText: '10%', highText: '40%' });
    expect(byId.delay).toMatchObject({ label: 'Delay (your range)', lowText: '0 years', highText: '2 years' });
    // No range for the rate (nor take-up here): left out, and the view says so.
    expect(byId.rate).toBeUndefined();
    expect(byId.scale).toBeUndefined();
    expect(tornadoLeftOutText(t.leftOut)).toBe(
      'Left out: take-up, because you have set no range for it (set a range for it above to include it); the report gives none, and swinging it across the whole slider would measure the slider, not the case. The discount rate is left out too: the report uses 3.5% and gives no range.',
    );
    expect(byId.scenario).toMatchObject({ label: 'Scenario, every theme', lowText: 'prudent', highText: 'base' });
    expect(byId['theme.hsc']!.label).toBe('Benefit of health and social care');
    expect(byId['partner.DWP']).toMatchObject({ label: 'Share to Department for Work and Pensions', lowText: 'lowest across cases' });
    expect(byId.leakage!.lowBar).toEqual([t.base, byId.leakage!.lowNpv]);
  });

  it('keeps the order, drops zero swings from the drawing and bounds the axis', () => {
    expect(rows.map((r) => r.id)).toEqual(t.rows.map((r) => r.id));
    const visible = visibleTornadoRows(rows);
    expect(visible.some((r) => r.id.startsWith('partner.'))).toBe(false); // all partners together
    const { domain: [lo, hi], ticks } = tornadoAxis(visible, t.base);
    // Evenly spaced round ticks from end to end.
    const step = ticks[1]! - ticks[0]!;
    expect(ticks.every((x, i) => i === 0 || Math.abs(x - ticks[i - 1]! - step) < 1e-9)).toBe(true);
    expect([1, 2, 5]).toContain(Math.round((step / 10 ** Math.floor(Math.log10(step))) * 1e6) / 1e6);
    expect([ticks[0], ticks.at(-1)]).toEqual([lo, hi]);
    for (const r of visible) {
      expect(r.lowNpv).toBeGreaterThan(lo);
      expect(r.highNpv).toBeLessThan(hi);
    }
    expect(tornadoSummaryText(rows, '5-year net benefit')).toMatch(/^Horizontal bars .* Largest: /);
    expect(tornadoSummaryText([], '5-year net benefit')).toBe('No assumption moves the 5-year net benefit.');
  });
});

describe('why the report base sits at the top of the spread', () => {
  it('says so in the view when the figure as set is at the top: the base case is the optimistic end', () => {
    const s: Settings = { ...defaultSettings(), uncertainty: { seed: 2013, draws: 500, distribution: 'triangular', ranges: {} } };
    const run = runMonteCarlo(data, s);
    const asSet = evaluate(data, s).total.npv.toNumber();
    expect(asSet).toBeGreaterThanOrEqual(run.npv.p90);
    expect(asSetNote(s, asSet, run.npv.p90)).toMatch(/base case is the optimistic end of each theme’s range/);
    // Away from the base case, or inside the spread, there is nothing to explain.
    expect(asSetNote({ ...s, scenario: 0.5 }, asSet, run.npv.p90)).toBeNull();
    expect(asSetNote(s, run.npv.p50, run.npv.p90)).toBeNull();
  });
});
