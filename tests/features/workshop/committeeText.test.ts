import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate } from '../../../src/model';
import { buildCommitteeText, buildPartnerChangeRows, largestChanges, notAudited } from '../../../src/features/workshop/committeeText';
import { buildHeadlineFigures } from '../../../src/lib/headlineFigures';
import { buildPartnerRows } from '../../../src/features/charts/partnerRows';
import { moneyDifference } from '../../../src/lib/format';
import { loadData } from '../../helpers';

const data = loadData();
const base = defaultSettings();
const baseline = evaluate(data, base);
const LINK = 'https://example.org/?leakage=20&delay=1&lens=exclude:DWP&v=1';

describe('the paragraph copied for a committee report', () => {
  it('gives the net benefit and its change, who bears it, the margins and the settings, rounded as on screen', () => {
    const settings = { ...base, leakage: 0.2, delay: 1, lens: { kind: 'exclude' as const, partner: 'DWP' as const } };
    const results = evaluate(data, settings);
    const text = buildCommitteeText(results, baseline, settings, data, LINK);
    const figures = buildHeadlineFigures(results, baseline, settings, base);
    const shown = (id: string) => figures.find((f) => f.id === id)!;
    expect(text).toContain(`the 5-year net benefit for England at ${shown('npv').value}`);
    expect(text).toMatch(/£[\d.]+bn less than the report’s base of £20\.6bn/);
    expect(text).toContain('Leakage 20%; Delay 1 year; Department for Work and Pensions is left out (all else as the report’s base)');
    // Who bears it: each partner's net benefit over the horizon against the report base's.
    const dwpBase = buildPartnerRows(baseline, data, base).find((r) => r.key === 'DWP')!.npv;
    expect(dwpBase).toBeGreaterThan(1);
    expect(text).toMatch(/The change falls mostly on the Department of Health \(down £[\d.]+bn\) and /);
    expect(text).toContain(`the Department for Work and Pensions (${moneyDifference(0, dwpBase).words})`);
    expect(text).toContain('comparing each partner’s net benefit over the appraisal horizon');
    expect(text).toContain(shown('leakageHeadroom').explanation);
    expect(text).toContain(shown('delayHeadroom').explanation);
    expect(text).toContain(LINK);
    expect(text.endsWith(notAudited('2012-13 prices'))).toBe(true);
    expect(notAudited('2012-13 prices')).toMatch(/not audited.*2013.*in 2012-13 prices\.$/);
  });

  it('names the price base a factor brings the figures to', () => {
    const uprated = { ...base, uprate: 1.3, pricebase: '2025-26' };
    const text = buildCommitteeText(evaluate(data, uprated), baseline, uprated, data, LINK);
    expect(text.endsWith('are in 2025-26 prices (2012-13 prices × 130%).')).toBe(true);
  });

  it('at the report base says nothing moved', () => {
    const text = buildCommitteeText(baseline, baseline, base, data, LINK);
    expect(text).toContain('On the report’s base settings, the Community Budgets Explorer puts the 5-year net benefit for England at £20.6bn, the same as the report’s base.');
    expect(text).toContain('No partner’s share moves from the report’s base.');
  });
});

describe('each partner against the report base', () => {
  it('is zero change for every partner at the report base', () => {
    const rows = buildPartnerChangeRows(baseline, baseline, data, base);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) expect(r.change).toBe(0);
    expect(largestChanges(rows)).toEqual([]);
  });

  it('takes each partner’s figure from the partner rows, and the change as the difference', () => {
    const settings = { ...base, leakage: 0.2, lens: { kind: 'exclude' as const, partner: 'DWP' as const } };
    const results = evaluate(data, settings);
    const rows = buildPartnerChangeRows(results, baseline, data, settings);
    const now = buildPartnerRows(results, data, settings);
    const then = buildPartnerRows(baseline, data, base);
    for (const r of rows) {
      // Each partner's net benefit over the horizon, the figure the partner chart opens on.
      expect(r.value).toBeCloseTo(now.find((n) => n.key === r.key)?.npv ?? 0, 12);
      expect(r.base).toBeCloseTo(then.find((n) => n.key === r.key)?.npv ?? 0, 12);
      expect(r.change).toBeCloseTo(r.value - r.base, 12);
    }
    const dwp = rows.find((r) => r.key === 'DWP')!;
    expect(dwp.value).toBe(0);
    expect(dwp.base).toBeGreaterThan(1);
    // DWP, left out, loses its whole share: the largest change.
    expect(largestChanges(rows, 1)[0]!.key).toBe('DWP');
  });
});
