import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate } from '../../../src/model';
import { buildPartnerChangeRows, largestChanges } from '../../../src/features/workshop/partnerChange';
import { buildPartnerRows } from '../../../src/features/charts/partnerRows';
import { loadData } from '../../helpers';

const data = loadData();
const base = defaultSettings();
const baseline = evaluate(data, base);

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
