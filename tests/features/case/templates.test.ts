import { describe, expect, it } from 'vitest';
import { caseModel, checkCase, readCaseText, figureSource, type CaseDoc } from '../../../src/model';
import { blankTemplate, currentFinancialYear, EXAMPLE_FILE, explorerHash, loadExample, nationalTemplate, pilotTemplates } from '../../../src/features/case/templates';
import { diskFetch, loadData, readDataFile } from '../../helpers';

const usable = (doc: CaseDoc) => {
  const checked = checkCase(doc);
  expect(checked.ok, checked.ok ? '' : checked.error).toBe(true);
  expect(caseModel(doc).ok).toBe(true);
};

describe('the templates', () => {
  const national = loadData();

  it('the national aggregation: the aggregated themes only, in £bn', () => {
    const doc = nationalTemplate(national);
    expect(doc.themes.map((t) => t.id)).toEqual(national.themes.filter((t) => t.status === 'aggregated').map((t) => t.id));
    expect(doc.themes.length).toBeGreaterThan(0);
    expect(doc.money).toBe('£bn');
    usable(doc);
  });

  it('each annex pilot as a case of one theme', () => {
    const pilots = pilotTemplates(national);
    const indicative = national.themes.filter((t) => t.status === 'indicative');
    expect(pilots).toHaveLength(indicative.length);
    expect(pilots.length).toBeGreaterThan(0);
    for (const [i, p] of pilots.entries()) {
      expect(p.doc.themes.map((t) => t.id)).toEqual([indicative[i]!.id]);
      expect(p.doc.name).toMatch(/\(annex pilot case\)$/);
      usable(p.doc);
    }
  });

  it('a blank case: one theme of zeros, LA (local) and NHS (central), five years from this financial year', () => {
    const doc = blankTemplate(new Date(2026, 0, 15));
    expect(doc.firstYear).toBe('2025-26');
    expect(doc.partners).toEqual([
      { id: 'LA', name: 'Local authority', local: true },
      { id: 'NHS', name: 'NHS', local: false },
    ]);
    expect(doc.themes).toHaveLength(1);
    expect(doc.themes[0]!.scenarios.base.costs).toEqual([0, 0, 0, 0, 0]);
    usable(doc);
  });

  it('the financial year runs from April to March', () => {
    expect(currentFinancialYear(new Date(2025, 2, 31))).toBe('2024-25');
    expect(currentFinancialYear(new Date(2025, 3, 1))).toBe('2025-26');
    expect(currentFinancialYear(new Date(2099, 11, 31))).toBe('2099-00');
  });
});

describe('the illustrative Anytown example', () => {
  it('is a usable case, clearly labelled illustrative, every figure saying it is not from a real business case', () => {
    const checked = readCaseText(readDataFile(EXAMPLE_FILE.replace(/^data\//, '')));
    expect(checked.ok, checked.ok ? '' : checked.error).toBe(true);
    if (!checked.ok) return;
    const doc = checked.value;
    usable(doc);
    expect(doc.name).toMatch(/ILLUSTRATIVE/);
    expect(doc.description).toMatch(/made-up place/);
    expect(doc.money).toBe('£m');
    expect(doc.firstYear).toBe('2025-26');
    expect(doc.themes).toHaveLength(3);
    expect(doc.partners.map((p) => [p.id, p.local])).toEqual([
      ['council', true],
      ['NHS', false],
      ['police', false],
      ['DWP', false],
    ]);
    const figures = doc.themes.flatMap((t) => [
      t.addressableSpend,
      ...Object.values(t.shares),
      ...Object.values(t.scenarios).flatMap((s) => (s ? [...s.profile, ...s.costs, s.grossBenefit, s.ongoingCost] : [])),
    ]);
    expect(figures.length).toBeGreaterThan(100);
    for (const f of figures) expect(figureSource(f)).toBe('illustrative figure, not from a real business case');
    for (const t of doc.themes) expect(t.scenarios.base.profile).toHaveLength(7);
  });

  it('loads through fetch, and says why when it cannot', async () => {
    const loaded = await loadExample('/', diskFetch() as never);
    expect(loaded.ok).toBe(true);
    const missing = await loadExample('/', diskFetch({ 'cases/example-anytown.json': null }) as never);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatch(/HTTP 404/);
    const offline = await loadExample('/', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline.ok).toBe(false);
    if (!offline.ok) expect(offline.error).toMatch(/Failed to fetch.*offline/);
  });
});

describe('explorerHash', () => {
  it('drops the builder page and keeps the case', () => {
    expect(explorerHash('#build&case=1abc')).toBe('#case=1abc');
    expect(explorerHash('#build')).toBe('');
    expect(explorerHash('')).toBe('');
    expect(explorerHash('#case=1abc')).toBe('#case=1abc');
    expect(explorerHash('#build&case=1abc&x=1')).toBe('#case=1abc&x=1');
  });
});
