import { describe, expect, it } from 'vitest';
import { partnerTableSpec, printPartnersSpec, profileTableSpec, sensitivityTableSpec } from '../../src/features/charts/chartTables';
import { buildPartnerRows, type PartnerRow } from '../../src/features/charts/partnerRows';
import { buildProfileRows, profileThemes } from '../../src/features/charts/profileRows';
import { localPartnersSpec, localPositionSpec, localThemesSpec } from '../../src/features/local/localTables';
import { tableHead, tableTexts, tableValues } from '../../src/ui/tableSpec';
import { chanceTableSpec, fanTableSpec, percentileTableSpec, tornadoTableSpec } from '../../src/features/uncertainty/uncertaintyTables';
import { compareFiguresSpec, comparePartnersSpec, compareProfileSpec } from '../../src/features/workshop/compareTables';
import { buildCompareFigures, buildComparePartners, buildCompareProfile } from '../../src/features/workshop/compareRows';
import { defaultSettings, evaluate, type McSummary, type Settings } from '../../src/model';
import { loadData } from '../helpers';

const data = loadData();
const settings = defaultSettings();
const results = evaluate(data, settings);
// A base with more leakage, so every partner gains on it.
const base = evaluate(data, { ...settings, leakage: settings.leakage + 0.2 });
const rows = buildPartnerRows(results, data, settings, base);

describe('chart tables', () => {
  it('partner table: the rows add up to the total, each change against the report base', () => {
    const spec = partnerTableSpec(rows, 5);
    expect(spec.caption).toBe('Net benefit by partner over 5 years and a year once fully running, with the change from the report base');
    expect(tableHead(spec)).toHaveLength(9);
    const total = spec.footer![0]!;
    expect(total.header.text).toBe('Total');
    expect(total.cells[0]!.value).toBeCloseTo(results.total.npv.toNumber(), 9);
    expect(total.cells[2]!.value).toBeCloseTo(results.total.annualNet.toNumber(), 9);
    const dh = spec.rows.find((r) => r.key === 'DH')!;
    const dhRow = rows.find((r) => r.key === 'DH')!;
    expect(dh.cells[1]!.value).toBeCloseTo(dhRow.npv - dhRow.base!.npv, 9);
    expect(dh.cells[1]!.text).toMatch(/^▲ £/);
    expect(dh.cells[1]!.words).toMatch(/^up £/);
    expect(tableTexts(spec)[0]!.every((t) => t !== '')).toBe(true);
  });

  it('partner table: a note only when the rounded shares miss 100%', () => {
    const shares = (...s: number[]): PartnerRow[] => s.map((share, i) => ({ ...rows[i]!, share }));
    expect(partnerTableSpec(shares(0.5, 0.5), 5).note).toBeUndefined();
    expect(partnerTableSpec(shares(0.3333, 0.3333, 0.3334), 5).note).toBe('Shares are rounded one by one, so they do not add to exactly 100%.');
    expect(partnerTableSpec(rows.map((r) => ({ ...r, share: null })), 5).footer![0]!.cells[4]!.text).toBe('–');
  });

  it('print partners: the same four figures as the screen, under its own caption', () => {
    const print = printPartnersSpec(rows, 10);
    const screenSpec = partnerTableSpec(rows, 10);
    expect(tableHead(print)).toEqual(['Partner', '10-year net benefit', 'Change', 'A year once running', 'Change']);
    expect(tableTexts(print)).toEqual(tableTexts(screenSpec).map((r) => r.slice(0, 5)));
    expect(print.className).toBe('print-partners');
  });

  it('profile table: a column per theme, the published total only where there is one', () => {
    const ids = profileThemes(results, data);
    const profile = buildProfileRows(results, data, [1, null, 2, 3, 4]);
    const withPublished = profileTableSpec(profile, data, ids, true);
    expect(tableHead(withPublished)).toEqual(['Year', ...ids.map((id) => data.themes.find((t) => t.id === id)!.name), 'Total', 'Running total', 'Published (EY 2013)']);
    expect(withPublished.rows[0]!.header).toMatchObject({ text: '2012-13', className: 'year' });
    expect(withPublished.rows[1]!.cells.at(-1)!.text).toBe('–');
    expect(withPublished.rows[0]!.cells.at(-2)!.value).toBe(profile[0]!.cumulative);
    expect(tableHead(profileTableSpec(profile, data, ids, false))).not.toContain('Published (EY 2013)');
    // The price base is the case's own first year, not one written into the caption.
    expect(withPublished.caption).toContain(`discounted to ${data.firstYear} value`);
    expect(profileTableSpec(profile, { ...data, firstYear: '2025-26' }, ids, true).caption).toContain('discounted to 2025-26 value');
  });

  it('sensitivity tables: leakage in per cent, delay in quarter years as stepped', () => {
    const spec = sensitivityTableSpec([{ x: 1, npv: 2 }, { x: 3.25, npv: -0.5 }], 'delay', '5-year net benefit');
    expect(spec.caption).toBe('5-year net benefit by delay');
    expect(tableTexts(spec)).toEqual([
      ['1 year', '£2.0bn'],
      ['3.25 years', '−£500m'],
    ]);
    expect(tableTexts(sensitivityTableSpec([{ x: 25, npv: 1 }], 'leakage', 'x'))[0]![0]).toBe('25%');
  });
});

describe('uncertainty tables', () => {
  const summary = { done: 10000, seed: 7, distribution: 'triangular', npv: { probPositive: 0.9876 } } as unknown as McSummary;

  it('fan and chance tables: £bn to two places, chances in whole per cent', () => {
    const fan = fanTableSpec([{ year: '2012-13', outer: [0, 0], inner: [0, 0], p10: -1.234, p25: 0, p50: 1, p75: 2, p90: 3.456 }]);
    expect(tableTexts(fan)).toEqual([['2012-13', '−£1.23bn', '£0.00bn', '£1.00bn', '£2.00bn', '£3.46bn']]);
    const chance = chanceTableSpec([{ partner: 'DH', name: 'Department of Health', probGain: 0.876, p10: 1, p50: 2, p90: 3 }], '5-year net benefit');
    expect(tableTexts(chance)[0]!.slice(0, 2)).toEqual(['Department of Health', '88%']);
  });

  it('percentile table: each statistic with its value marked, then the share above zero', () => {
    const spec = percentileTableSpec([{ id: 'p50', label: 'Median (50th percentile)', value: 4.567 }], summary, '5-year net benefit');
    expect(spec.caption).toBe('5-year net benefit over 10,000 draws (seed 7, triangular), £bn');
    expect(spec).toMatchObject({ name: 'percentiles', markValues: true });
    expect(spec.rows.map((r) => r.id)).toEqual(['p50', 'prob']);
    expect(tableValues(spec)).toEqual([
      ['Median (50th percentile)', 4.567],
      ['Share of draws above zero', 0.9876],
    ]);
    expect(spec.rows[1]!.cells[0]!.text).toBe('98.8%');
  });

  it('tornado table: the ends as words, the net benefit at each and the swing', () => {
    const spec = tornadoTableSpec([{ id: 'leakage', label: 'Leakage', lowText: '0%', highText: '40%', lowNpv: 5, highNpv: 2, lowBar: [4, 5], highBar: [4, 2], swing: 3 }], '5-year net benefit');
    expect(tableHead(spec)).toEqual(['Assumption', 'Low end', '5-year net benefit', 'High end', '5-year net benefit', 'Swing']);
    expect(tableTexts(spec)).toEqual([['Leakage', '0%', '£5.0bn', '40%', '£2.0bn', '£3.0bn']]);
  });
});

describe('local tables', () => {
  it('reads every local figure in £m', () => {
    const themes = localThemesSpec([{ theme: 'hsc', name: 'Health and social care', driver: 'Population', share: 0.0123, npv: 0.0456, annualNet: 0.012 }], 'Leeds', '5-year net benefit');
    expect(themes).toMatchObject({ caption: 'Leeds: how each theme is scaled, and its 5-year net benefit', name: 'local-themes', markValues: true });
    expect(tableTexts(themes)).toEqual([['Health and social care', 'Population', '1.23%', '£45.6m', '£12.0m']]);
    const partners = localPartnersSpec(
      [
        { partner: 'LG', name: 'Local government', where: 'local', benefit: 0.01, share: 0.2 },
        { partner: 'unallocated', name: 'Nobody', where: 'none', benefit: 0, share: 0 },
      ],
      10,
    );
    expect(partners.caption).toBe('Benefit over 10 years by partner, in today’s money');
    expect(tableTexts(partners)).toEqual([
      ['Local government', 'Local', '£10.0m', '20%'],
      ['Nobody', '–', '£0m', '0%'],
    ]);
    expect(tableTexts(localPositionSpec([{ year: '2012-13', benefit: 0.002, cost: 0.003, net: -0.001, cumulative: -0.001 }]))).toEqual([['2012-13', '£2.0m', '£3.0m', '−£1.0m', '−£1.0m']]);
  });
});

describe('comparison tables', () => {
  const other: Settings = { ...settings, horizon: 10 };
  const b = evaluate(data, other);
  const sideA = { ref: 'current', label: 'Current settings', settings } as const;
  const sideB = { ref: 'preset:base', label: 'Report base', settings: other } as never;

  it('figures: A and B as the headline gives them and the difference with words', () => {
    const spec = compareFiguresSpec(sideA as never, sideB, buildCompareFigures(results, b, settings, other), 'a-b');
    expect(tableHead(spec)).toEqual(['Figure', 'A: Current settings', 'B: Report base', 'Difference (A − B)']);
    expect(spec.idAttribute).toBe('data-figure');
    const npv = spec.rows.find((r) => r.id === 'npv')!;
    expect(npv.cells[0]!.value).toBeCloseTo(results.total.npv.toNumber(), 9);
    expect(npv.cells[2]!.words).toMatch(/^(up|down) /);
  });

  it('profile and partners: each year of both runs, each partner with both differences', () => {
    const profile = compareProfileSpec(buildCompareProfile(results, b));
    expect(profile.rows).toHaveLength(10);
    expect(profile.rows[9]!.cells[0]!.text).toBe('–');
    const partners = comparePartnersSpec(buildComparePartners(results, b, settings, other, data), 'b-a', 'net benefit over each horizon');
    expect(tableHead(partners)).toEqual([
      'Partner',
      'A: net benefit over each horizon',
      'B: net benefit over each horizon',
      'Difference (B − A)',
      'A: a year',
      'B: a year',
      'Difference (B − A)',
      'A: share',
      'B: share',
    ]);
    expect(partners.rows.every((r) => r.cells.length === 8)).toBe(true);
  });
});
