import { describe, expect, it } from 'vitest';
import { routeHref } from '../../../src/features/method/links';
import { buildDifferenceGroups, buildSettingRows, delaySwitchingText } from '../../../src/features/method/methodRows';
import { NUMERIC_SPECS, knownDifferences, defaultSettings, evaluate, serialiseSettings } from '../../../src/model';
import { loadData, loadGolden } from '../../helpers';

const data = loadData();
const KNOWN_DIFFERENCES = knownDifferences(data);
const golden = loadGolden();

describe('buildDifferenceGroups', () => {
  it('lists every documented difference once, grouped by its reason', () => {
    const groups = buildDifferenceGroups(KNOWN_DIFFERENCES, golden, data);
    const ids = groups.flatMap((g) => g.figures.map((f) => f.id));
    expect(ids.sort()).toEqual(Object.keys(KNOWN_DIFFERENCES).sort());
    for (const g of groups) for (const f of g.figures) expect(KNOWN_DIFFERENCES[f.id]).toBe(g.reason);
    expect(new Set(groups.map((g) => g.reason)).size).toBe(groups.length);
    const healthLed = groups.flatMap((g) => g.figures).find((f) => f.id === 'hsc.healthLed.base')!;
    expect(healthLed).toMatchObject({ section: '6.2.2', text: 'Health and social care: 5-year net benefit if health leads alone (base)' });
  });

  it('falls back to the id when the published figures are missing', () => {
    const groups = buildDifferenceGroups({ 'x.y': 'why' }, [], data);
    expect(groups).toEqual([{ reason: 'why', figures: [{ id: 'x.y', section: '', text: 'x.y' }] }]);
  });
});

describe('delaySwitchingText', () => {
  it('gives each theme’s base delay switching value', () => {
    const baseline = evaluate(data, defaultSettings());
    const text = delaySwitchingText(baseline, data);
    expect(text).toMatch(/^3\.\d years for health and social care, 3\.\d years for families with complex needs, 3\.\d years for work and skills$/);
  });
});

describe('buildSettingRows', () => {
  const rows = buildSettingRows(data);
  const row = (label: string) => rows.find((r) => r.label === label)!;
  const order = (group: string) => rows.findIndex((r) => r.group === group);
  it('has a row with a source for every setting a link can carry, the sliders first', () => {
    expect(rows.slice(0, NUMERIC_SPECS.length).map((r) => r.label)).toEqual(NUMERIC_SPECS.map((s) => s.label));
    expect(row('Discount rate')).toMatchObject({ range: '0% to 10%', defaultText: '3.5%' });
    expect(row('Delay')).toMatchObject({ range: '0 years to 5 years', defaultText: '0 years' });
    for (const r of rows) for (const text of [r.range, r.defaultText, r.source]) expect(text.trim()).not.toBe('');
    expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
    // Each block of the table is one run of rows, in the page's order.
    expect([...new Set(rows.map((r) => r.group))]).toEqual(['Main settings', 'Themes and partners', 'Green Book adjustments', 'The deal room', 'How sure can we be?', 'Your area']);
    expect(row('Optimism bias on costs')).toMatchObject({ range: '0% to 200%', defaultText: '0%' });
    expect(row('Price-base factor')).toMatchObject({ range: '1% to 1000%', defaultText: '100%' });
    expect(rows.map((r) => r.group)).toEqual([...rows.map((r) => r.group)].sort((a, b) => order(a) - order(b)));
  });
  it('names the defaults from the settings and the data, so they cannot drift from what a fresh page uses', () => {
    expect(row('Themes included').defaultText).toBe('Health and social care; families with complex needs; work and skills');
    expect(row('Themes included').range).toContain('re-offending (indicative)');
    expect(row('Number of draws')).toMatchObject({ range: '100 to 100,000', defaultText: '10,000' });
    expect(row('Seed').defaultText).toMatch(/^2013 /);
    expect(row('Draw each range')).toMatchObject({ range: 'Triangular or Uniform', defaultText: 'Triangular' });
    expect(row('Ranges').range).toBe('Within the setting’s own range: leakage 0 to 100%; delay 0 to 5 years; take-up 0 to 100%; deadweight 0 to 100%; displacement 0 to 100%; attribution 0 to 100%; optimism bias on benefits 0 to 100%; optimism bias on costs 0 to 200%');
    expect(row('Area').range).toContain('Greater Manchester');
    expect(row('Troubled-families cohort')).toMatchObject({ range: '1 to 999,999 families', source: data.nationalCohort.source });
  });
});

describe('routeHref', () => {
  const s = { ...defaultSettings(), leakage: 0.2 };
  it('keeps the address’s own query when it already holds the settings, so only the fragment changes', () => {
    const place = { pathname: '/app/', search: '?leakage=20', hash: '#check', href: 'http://x/app/?leakage=20#check' };
    expect(routeHref(s, 'method', place)).toBe('/app/?leakage=20#method');
    expect(routeHref(s, 'check', place)).toBe('/app/?leakage=20#check');
    expect(routeHref(s, 'explorer', place)).toBe('/app/?leakage=20#');
  });

  it('writes the settings out when the address holds different ones', () => {
    const place = { pathname: '/app/', search: '?delay=1', hash: '', href: 'http://x/app/?delay=1' };
    const query = serialiseSettings(s);
    expect(query).toContain('leakage=20');
    expect(routeHref(s, 'method', place)).toBe(`/app/?${query}#method`);
    expect(routeHref(s, 'explorer', place)).toBe(`/app/?${query}#`);
    expect(routeHref(defaultSettings(), 'method', place)).toBe('/app/#method');
  });
});
