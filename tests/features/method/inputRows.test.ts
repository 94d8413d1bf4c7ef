import { describe, expect, it } from 'vitest';
import { buildInputTable, scenarioWords, scenariosInUse, sourceKind, themeInputRows } from '../../../src/features/method/inputRows';
import { loadData, readDataFile } from '../../helpers';

const data = loadData();

/** Every object with a `source` in a data file (what the table must list). */
function sourcedIn(json: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.source === 'string') found.push(o.source);
      Object.values(o).forEach(walk);
    }
  };
  walk(json);
  return found;
}

describe('buildInputTable', () => {
  const rows = buildInputTable(data);

  it('lists every sourced number in the data files (identical scenario values once)', () => {
    const files = ['cases/england-2013.json', 'areas.json'].map((f) => JSON.parse(readDataFile(f)) as unknown);
    const all = files.flatMap(sourcedIn);
    // Profiles are printed once per theme when both scenarios share them (same values and source).
    const sharedProfiles = data.themes.filter(
      (t) => t.scenarios.prudent.profile.source === t.scenarios.base.profile.source && String(t.scenarios.prudent.profile.values) === String(t.scenarios.base.profile.values),
    ).length;
    expect(rows).toHaveLength(all.length - sharedProfiles);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(all));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('words every source for readers, never naming a program or script file', () => {
    for (const r of rows) expect(r.source).not.toMatch(/scripts\/|\.(ts|js|mjs)\b/);
    const fitted = rows.filter((r) => r.kind === 'fitted');
    expect(fitted).toHaveLength(30);
    for (const r of fitted) expect(r.source).toMatch(/^fitted, not printed in the report: chosen so the model reproduces the figures in EY 2013, .+; see “Costs and full benefits are fitted” in Method and sources$/);
  });

  it('formats values and marks fitted figures', () => {
    const spend = rows.find((r) => r.key === 'hsc.addressableSpend')!;
    expect(spend).toMatchObject({ value: '£56.7bn', kind: 'published', group: 'Health and social care' });
    const gross = rows.find((r) => r.key === 'hsc.scenarios.base.grossBenefit')!;
    expect(gross.kind).toBe('fitted');
    expect(gross.value).toMatch(/^£\d+\.\d{3}bn$/);
    expect(rows.find((r) => r.key === 'hsc.partnerShares.DH')!.value).toBe('67% (56% to 96% across the pilots’ cases)');
    expect(rows.find((r) => r.key === 'hsc.scenarios.prudent.profile')!.value).toBe('51%, 59%, 60%, 62%, 72%');
    expect(rows.find((r) => r.key === 'partners.DWP.budgetByTheme.ws')!.value).toBe('£170.0bn');
    for (const r of rows) expect(`${r.value} ${r.label} ${r.source}`).not.toMatch(/NaN|undefined|null/);
  });
});

describe('helpers', () => {
  it('tells fitted from printed sources', () => {
    expect(sourceKind('fitted, not printed in the report: chosen so the model reproduces the figures in EY 2013, 6.2.1')).toBe('fitted');
    expect(sourceKind('EY 2013, 6.2.1')).toBe('published');
  });

  it('names the scenarios a blend uses', () => {
    expect(scenariosInUse({ scenario: 0 })).toEqual(['prudent']);
    expect(scenariosInUse({ scenario: 1 })).toEqual(['base']);
    expect(scenariosInUse({ scenario: 0.4 })).toEqual(['prudent', 'base']);
    expect(scenarioWords({ scenario: 0.4 })).toBe('a blend of 60% prudent and 40% base');
    expect(scenarioWords({ scenario: 1 })).toBe('the base scenario');
  });

  it('labels one scenario’s rows with the scenario, and can pick one partner’s share', () => {
    const hsc = data.themes.find((t) => t.id === 'hsc')!;
    const rows = themeInputRows(hsc, data, ['grossBenefit', 'partnerShares'], ['base'], 'DH');
    expect(rows.map((r) => r.label)).toEqual(['Gross benefit a year once fully realised (base)', 'Department of Health’s share of the benefit']);
  });
});
