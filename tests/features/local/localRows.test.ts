import { describe, expect, it } from 'vitest';
import { buildLocalPartnerRows, buildLocalThemeRows, buildPositionRows, customAreaEmpty, localCentralSplit, splitSentence } from '../../../src/features/local/localRows';
import { defaultSettings, evaluate, localArea, type Settings } from '../../../src/model';
import { loadData } from '../../helpers';

const data = loadData();
const settings: Settings = { ...defaultSettings(), local: { area: 'manchester', spend: { ws: 0.05 }, costRule: 'all' } };
const result = localArea(data, settings, evaluate(data, settings))!;

describe('local-area rows', () => {
  it('says which driver scaled each theme', () => {
    const rows = buildLocalThemeRows(result, data);
    expect(rows.map((r) => [r.theme, r.driver])).toEqual([
      ['hsc', 'troubled-families cohort share'],
      ['fcn', 'troubled-families cohort share'],
      ['ws', 'share of the theme’s spend'],
    ]);
    expect(rows[2]!.share).toBe(0.05);
    expect(rows[0]!.npv).toBe(result.themes[0]!.npv.toNumber());
  });

  it('splits the benefit into the local and central budgets', () => {
    const rows = buildLocalPartnerRows(result, data);
    expect(rows.map((r) => r.partner)).toEqual(['DH', 'LG', 'DWP', 'HO', 'MoJ', 'DfE']);
    expect(rows.find((r) => r.partner === 'LG')!.where).toBe('local');
    expect(rows.filter((r) => r.where === 'central')).toHaveLength(5);
    expect(rows.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12);
    const split = localCentralSplit(rows);
    expect(split.localShare).toBeCloseTo(result.localShare!, 12);
    expect(split.local + split.central).toBeCloseTo(result.pvBenefit.toNumber(), 12);
    expect(splitSentence(split)).toMatch(/^\d+% of the benefit lands in the local government budget and \d+% with central departments/);
    expect(splitSentence({ local: 0, central: 0, localShare: null })).toBe('No benefit lands with any partner under these settings.');
  });

  it('gives the local position year by year', () => {
    const rows = buildPositionRows(result);
    expect(rows).toHaveLength(5);
    expect(rows[4]!.cumulative).toBe(result.position[4]!.cumulativeDiscounted.toNumber());
    expect(rows[0]!.net).toBeCloseTo(rows[0]!.benefit - rows[0]!.cost, 12);
  });
});

describe('customAreaEmpty', () => {
  const base = { area: 'custom', spend: {}, costRule: 'all' } as const;
  it('is true only for your own area with none of its figures entered', () => {
    expect(customAreaEmpty({ ...base })).toBe(true);
    expect(customAreaEmpty({ ...base, cohort: 1200 })).toBe(false);
    expect(customAreaEmpty({ ...base, spend: { hsc: 0.01 } })).toBe(false);
    expect(customAreaEmpty({ ...base, area: 'manchester' })).toBe(false);
    expect(customAreaEmpty(undefined)).toBe(false);
  });
});
