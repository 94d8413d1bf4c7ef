import { describe, expect, it } from 'vitest';
import { defaultSettings, evaluate } from '../../src/model';
import { matchingReportScenario, memoByIdentity, publishedYearlyTotals, selectBaseline, selectResults } from '../../src/state';
import { loadData, loadGolden } from '../helpers';

const data = loadData();

describe('model adapter', () => {
  it('memoises results on the identity of data and settings', () => {
    const s = { ...defaultSettings(), leakage: 0.2 };
    const a = selectResults(data, s);
    expect(selectResults(data, s)).toBe(a);
    expect(selectResults(data, { ...s })).not.toBe(a);
    expect(a.total.npv.toNumber()).toBe(evaluate(data, s).total.npv.toNumber());
  });

  it('works out the report base once, shared with the baseline', () => {
    const a = selectResults(data, defaultSettings());
    expect(a).toBe(selectBaseline(data));
    expect(selectResults(data, { ...defaultSettings(), uncertainty: undefined })).toBe(a);
    expect(a.total.npv.toNumber()).toBe(evaluate(data, defaultSettings()).total.npv.toNumber());
  });

  it('keeps a baseline run at the report base', () => {
    const b = selectBaseline(data);
    expect(selectBaseline(data)).toBe(b);
    expect(b.total.npv.toNumber()).toBe(evaluate(data, defaultSettings()).total.npv.toNumber());
  });

  it('knows when settings reproduce a published scenario', () => {
    expect(matchingReportScenario(defaultSettings())).toBe('base');
    expect(matchingReportScenario({ ...defaultSettings(), scenario: 0 })).toBe('prudent');
    expect(matchingReportScenario({ ...defaultSettings(), scenario: 0.5 })).toBeNull();
    expect(matchingReportScenario({ ...defaultSettings(), horizon: 6 })).toBeNull();
  });

  it('adds the three aggregated themes’ published yearly rows', () => {
    const golden = loadGolden();
    expect(publishedYearlyTotals(golden, 'prudent')).toEqual([0.5, 2.3, 2.3, 2.3, 2.1]);
    expect(publishedYearlyTotals([], 'base')).toEqual([null, null, null, null, null]);
  });

  it('memoByIdentity keeps a few recent results', () => {
    let calls = 0;
    const f = memoByIdentity((a: object, b: object) => {
      calls++;
      return [a, b];
    }, 2);
    const x = {};
    const y = {};
    const z = {};
    f(x, y);
    f(x, z);
    f(x, y);
    expect(calls).toBe(2);
    f(z, z); // evicts the least recently used (x, z)
    f(x, y);
    expect(calls).toBe(3);
    f(x, z);
    expect(calls).toBe(4);
  });
});
