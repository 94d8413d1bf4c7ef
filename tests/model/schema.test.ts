// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SUPPORTED_DATA_VERSION, parseModelData, type DataFiles } from '../../src/model/schema';
import { PARTNER_IDS, THEME_IDS } from '../../src/model/types';
import { rawDataFiles } from '../fixtures/model-data';

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break raw JSON on purpose */
type Raw = { themes: any; partners: any; areas: any };

/** Fresh raw files, changed by `edit`, then parsed; returns the error text (or fails if it parsed). */
function errorAfter(edit: (files: Raw) => void): string {
  const files = rawDataFiles() as Raw;
  edit(files);
  const result = parseModelData(files as DataFiles);
  if (result.ok) throw new Error('expected the data to be rejected');
  return result.error;
}

function parsesAfter(edit: (files: Raw) => void) {
  const files = rawDataFiles() as Raw;
  edit(files);
  return parseModelData(files as DataFiles);
}

const hscIndex = (files: Raw) => (files.themes.themes as { id: string }[]).findIndex((t) => t.id === 'hsc');

describe('parseModelData on the real data files', () => {
  const result = parseModelData(rawDataFiles());

  it('accepts them', () => {
    if (!result.ok) throw new Error(result.error);
    expect(result.ok).toBe(true);
  });

  it('joins the three files into the model input', () => {
    if (!result.ok) throw new Error(result.error);
    const data = result.value;
    expect(data.version).toBe(SUPPORTED_DATA_VERSION);
    expect(data.firstYear).toBe('2012-13');
    expect(data.themes.map((t) => t.id).sort()).toEqual([...THEME_IDS].sort());
    expect(data.partners.map((p) => p.id).sort()).toEqual([...PARTNER_IDS].sort());
    expect(data.areas.length).toBeGreaterThan(0);
    expect(data.nationalCohort.value).toBeGreaterThan(0);
  });

  it('has the aggregated themes the report adds up, and the indicative ones', () => {
    if (!result.ok) throw new Error(result.error);
    const status = Object.fromEntries(result.value.themes.map((t) => [t.id, t.status]));
    expect(status).toEqual({ hsc: 'aggregated', fcn: 'aggregated', ws: 'aggregated', da: 'indicative', ro: 'indicative' });
  });

  it('gives every theme five-year profiles and costs and a source for each figure', () => {
    if (!result.ok) throw new Error(result.error);
    for (const t of result.value.themes) {
      for (const sc of [t.scenarios.prudent, t.scenarios.base]) {
        expect(sc.profile.values).toHaveLength(5);
        expect(sc.costs.values).toHaveLength(5);
        for (const s of [sc.profile.source, sc.costs.source, sc.grossBenefit.source, sc.ongoingCost.source]) expect(s.length).toBeGreaterThan(0);
      }
      const total = Object.values(t.partnerShares).reduce((a, p) => a + (p?.value ?? 0), 0);
      expect(total).toBeLessThanOrEqual(1.02);
    }
  });

  it('does not change the raw objects it is given', () => {
    const files = rawDataFiles();
    const copy = structuredClone(files);
    parseModelData(files);
    expect(files).toEqual(copy);
  });
});

describe('parseModelData rejects bad data, naming the file and the field', () => {
  it.each<[string, (f: Raw) => void, RegExp]>([
    ['a missing source', (f) => delete f.themes.themes[0].addressableSpend.source, /^themes\.json: themes\.0\.addressableSpend\.source: /m],
    ['an empty source', (f) => (f.themes.themes[0].scenarios.base.grossBenefit.source = ''),
      /^themes\.json: themes\.0\.scenarios\.base\.grossBenefit\.source: every figure needs its source$/m],
    ['a missing profile source', (f) => delete f.themes.themes[1].scenarios.prudent.profile.source, /^themes\.json: themes\.1\.scenarios\.prudent\.profile\.source: /m],
    ['a short profile', (f) => (f.themes.themes[0].scenarios.prudent.profile.values = [0.1, 0.2, 0.3, 0.4]),
      /^themes\.json: themes\.0\.scenarios\.prudent\.profile\.values: profile needs one value for each of years 1–5$/m],
    ['a long profile', (f) => f.themes.themes[2].scenarios.base.profile.values.push(1),
      /^themes\.json: themes\.2\.scenarios\.base\.profile\.values: profile needs one value for each of years 1–5$/m],
    ['costs of the wrong length', (f) => (f.themes.themes[0].scenarios.base.costs.values = []),
      /^themes\.json: themes\.0\.scenarios\.base\.costs\.values: costs needs one value for each of years 1–5$/m],
    ['a text value in a profile', (f) => (f.themes.themes[0].scenarios.base.profile.values[2] = '0.6'),
      /^themes\.json: themes\.0\.scenarios\.base\.profile\.values\.2: /m],
    ['a null gross benefit', (f) => (f.themes.themes[0].scenarios.base.grossBenefit.value = null),
      /^themes\.json: themes\.0\.scenarios\.base\.grossBenefit\.value: /m],
    ['a non-finite gross benefit', (f) => (f.themes.themes[0].scenarios.base.grossBenefit.value = Infinity),
      /^themes\.json: themes\.0\.scenarios\.base\.grossBenefit\.value: /m],
    ['a NaN ongoing cost', (f) => (f.themes.themes[0].scenarios.prudent.ongoingCost.value = NaN),
      /^themes\.json: themes\.0\.scenarios\.prudent\.ongoingCost\.value: /m],
    ['a missing scenario', (f) => delete f.themes.themes[0].scenarios.prudent, /^themes\.json: themes\.0\.scenarios\.prudent: /m],
    // Ids are the case's own (docs/decisions/0012-case-format.md): any short id is a theme or a
    // partner; one that could not sit in a link or a file name is refused.
    ['a theme id with a space', (f) => (f.themes.themes[0].id = 'health care'), /^themes\.json: themes\.0\.id: must be a short id/m],
    ['an unknown local driver', (f) => (f.themes.themes[0].localDriver = 'spend'), /^themes\.json: themes\.0\.localDriver: /m],
    ['a case with three scenarios', (f) => f.themes.scenarios.push({ id: 'base', name: 'Again' }), /^themes\.json: scenarios: /m],
    ['a case whose last scenario is not base', (f) => f.themes.scenarios.reverse(), /^themes\.json: scenarios: must be \[base\] or \[prudent, base\]$/m],
    ['a pilot without its printed total', (f) => delete f.themes.themes[3].scenarios.base.pilot.fiveYearTotal,
      /^themes\.json: themes\.3\.scenarios\.base\.pilot\.fiveYearTotal: /m],
    ['a published lens of an unknown kind', (f) => (f.themes.published.lensMeasures.healthLed.kind = 'all'),
      /^themes\.json: published\.lensMeasures\.healthLed\.kind: /m],
    ['an unknown status', (f) => (f.themes.themes[0].status = 'maybe'), /^themes\.json: themes\.0\.status: /m],
    ['an empty name', (f) => (f.themes.themes[0].name = ''), /^themes\.json: themes\.0\.name: /m],
    ['no themes', (f) => (f.themes.themes = []), /^themes\.json: themes: /m],
    ['a bad first year', (f) => (f.themes.firstYear = '2012'), /^themes\.json: firstYear: must be a financial year such as 2012-13$/m],
    ['a share above 1', (f) => (f.themes.themes[0].partnerShares.DH.value = 1.5),
      /^themes\.json: themes\.0\.partnerShares\.DH\.value: must be a share between 0 and 1$/m],
    ['a negative share', (f) => (f.themes.themes[0].partnerShares.DH.value = -0.1),
      /^themes\.json: themes\.0\.partnerShares\.DH\.value: must be a share between 0 and 1$/m],
    ['a share range outside 0–1', (f) => (f.themes.themes[hscIndex(f)].partnerShares.DH.range = [0.5, 1.2]),
      /^themes\.json: themes\.\d\.partnerShares\.DH\.range\.1: must be a share between 0 and 1$/m],
    ['a partner that does not exist at all', (f) => (f.themes.themes[0].partnerShares.XX = { value: 0.01, source: 's' }),
      /^themes\.json: hsc\.partnerShares\.XX: no such partner in partners\.json$/m],
    ['themes version 2', (f) => (f.themes.version = 2),
      /^themes\.json: version: data version 2 is not one this app understands \(expected 1\)$/m],
    ['themes version "1" as text', (f) => (f.themes.version = '1'), /^themes\.json: version: data version "1" is not one this app understands/m],
    ['themes without a version', (f) => delete f.themes.version, /^themes\.json: version: data version undefined is not one/m],
    ['partners version 0', (f) => (f.partners.version = 0), /^partners\.json: version: data version 0 is not one this app understands/m],
    ['areas version 1.5', (f) => (f.areas.version = 1.5), /^areas\.json: version: data version 1\.5 is not one/m],
    ['a partner id with a space in partners.json', (f) => (f.partners.partners[0].id = 'D H'), /^partners\.json: partners\.0\.id: must be a short id/m],
    ['a partner without its kind', (f) => delete f.partners.partners[0].kind, /^partners\.json: partners\.0\.kind: /m],
    ['a partner of an unknown kind', (f) => (f.partners.partners[0].kind = 'regional'), /^partners\.json: partners\.0\.kind: /m],
    ['a bad budget kind', (f) => (f.partners.partners[0].budget.kind = 'RDEL'), /^partners\.json: partners\.0\.budget\.kind: /m],
    ['a missing budget source', (f) => delete f.partners.partners[1].budget.source, /^partners\.json: partners\.1\.budget\.source: /m],
    ['no partners', (f) => (f.partners.partners = []), /^partners\.json: partners: /m],
    ['a bad area id', (f) => (f.areas.areas[0].id = 'Tri Borough'), /^areas\.json: areas\.0\.id: /m],
    ['a missing national cohort', (f) => delete f.areas.nationalCohort, /^areas\.json: nationalCohort: /m],
    // Bounds (DATA_BOUNDS): huge, negative or impossible values are refused, never shown as £∞bn.
    ['a gross benefit of 1e308', (f) => (f.themes.themes[0].scenarios.base.grossBenefit.value = 1e308),
      /^themes\.json: themes\.0\.scenarios\.base\.grossBenefit\.value: must be an amount from £0bn to £1000bn$/m],
    ['a negative addressable spend', (f) => (f.themes.themes[0].addressableSpend.value = -56.7),
      /^themes\.json: themes\.0\.addressableSpend\.value: must be an amount from £0bn to £1000bn$/m],
    ['a zero addressable spend', (f) => (f.themes.themes[0].addressableSpend.value = 0),
      /^themes\.json: themes\.0\.addressableSpend\.value: must be more than £0bn/m],
    ['a negative cost', (f) => (f.themes.themes[1].scenarios.prudent.costs.values[3] = -1),
      /^themes\.json: themes\.1\.scenarios\.prudent\.costs\.values\.3: must be an amount from £0bn/m],
    ['a negative ongoing cost', (f) => (f.themes.themes[0].scenarios.base.ongoingCost.value = -0.5),
      /^themes\.json: themes\.0\.scenarios\.base\.ongoingCost\.value: must be an amount/m],
    ['a realisation above 200%', (f) => (f.themes.themes[0].scenarios.base.profile.values[4] = 2.5),
      /^themes\.json: themes\.0\.scenarios\.base\.profile\.values\.4: must be a realisation from 0 to 2/m],
    ['a negative realisation', (f) => (f.themes.themes[0].scenarios.base.profile.values[0] = -0.1),
      /^themes\.json: themes\.0\.scenarios\.base\.profile\.values\.0: must be a realisation/m],
    ['a zero budget', (f) => (f.partners.partners[0].budget.value = 0), /^partners\.json: partners\.0\.budget\.value: must be more than £0bn/m],
    ['a budget of 1e12', (f) => (f.partners.partners[0].budget.value = 1e12), /^partners\.json: partners\.0\.budget\.value: must be an amount from £0bn to £1000bn$/m],
    ['a negative budget by theme', (f) => (f.partners.partners[2].budgetByTheme.ws.value = -170), /^partners\.json: partners\.2\.budgetByTheme\.ws\.value: must be an amount/m],
    ['a zero national cohort', (f) => (f.areas.nationalCohort.value = 0), /^areas\.json: nationalCohort\.value: must be a number of families from 1 to 10,000,000$/m],
    ['an area cohort of 1e9', (f) => (f.areas.areas[0].cohort.value = 1e9), /^areas\.json: areas\.0\.cohort\.value: must be a number of families/m],
    ['themes file is null', (f) => (f.themes = null), /^themes\.json: \(top level\): /m],
    ['partners file is an array', (f) => (f.partners = []), /^partners\.json: \(top level\): /m],
    ['areas file is text', (f) => (f.areas = 'areas'), /^areas\.json: \(top level\): /m],
  ])('%s', (_name, edit, message) => {
    expect(errorAfter(edit)).toMatch(message);
  });

  it('names a partner that has a share but is missing from partners.json', () => {
    const error = errorAfter((f) => {
      f.partners.partners = f.partners.partners.filter((p: { id: string }) => p.id !== 'DfE');
    });
    expect(error).toMatch(/^themes\.json: (fcn|ws|da)\.partnerShares\.DfE: no such partner in partners\.json$/);
  });

  it('accepts theme and partner ids it has never seen: the ids are the case’s own', () => {
    const renamed = parsesAfter((f) => {
      f.themes.themes[hscIndex(f)].id = 'care';
      const dwp = f.partners.partners.find((p: { id: string }) => p.id === 'DWP');
      dwp.id = 'Work';
      for (const t of f.themes.themes) {
        if (!t.partnerShares.DWP) continue;
        t.partnerShares.Work = t.partnerShares.DWP;
        delete t.partnerShares.DWP;
      }
    });
    if (!renamed.ok) throw new Error(renamed.error);
    expect(renamed.value.themes.map((t) => t.id)).toContain('care');
    expect(renamed.value.partners.map((p) => p.id)).toContain('Work');
    expect(renamed.value.themes.find((t) => t.id === 'ws')!.partnerShares.Work!.value).toBe(0.692);
  });

  it('names a partner that appears twice', () => {
    const error = errorAfter((f) => f.partners.partners.push(structuredClone(f.partners.partners[0])));
    expect(error).toBe('partners.json: partners: partner "DH" appears twice');
  });

  it('names a budget given for a theme the case does not have', () => {
    const error = errorAfter((f) => (f.partners.partners.find((p: { id: string }) => p.id === 'DWP').budgetByTheme.xx = { value: 1, source: 's' }));
    expect(error).toBe('partners.json: DWP.budgetByTheme.xx: no such theme in themes.json');
  });

  it('asks for every scenario the case lists, and only those', () => {
    expect(errorAfter((f) => delete f.themes.themes[2].scenarios.prudent)).toBe(
      'themes.json: themes.2.scenarios.prudent: the case has this scenario, so every theme needs its inputs',
    );
    expect(errorAfter((f) => (f.themes.scenarios = [{ id: 'base', name: 'Base' }]))).toBe(
      'themes.json: themes.0.scenarios.prudent: the case lists only one scenario (scenarios), so this one would not be used',
    );
  });

  it('uses the one scenario at both ends of the setting when a case has only one', () => {
    const result = parsesAfter((f) => {
      f.themes.scenarios = [{ id: 'base', name: 'Base' }];
      for (const t of f.themes.themes) delete t.scenarios.prudent;
    });
    if (!result.ok) throw new Error(result.error);
    for (const t of result.value.themes) expect(t.scenarios.prudent).toBe(t.scenarios.base);
  });

  it('puts each theme’s partner shares in the order of partners.json, whatever order the theme gives', () => {
    const result = parsesAfter((f) => {
      for (const t of f.themes.themes) t.partnerShares = Object.fromEntries(Object.entries(t.partnerShares).reverse());
    });
    if (!result.ok) throw new Error(result.error);
    const order = result.value.partners.map((p) => p.id);
    for (const t of result.value.themes) {
      const ids = Object.keys(t.partnerShares);
      expect(ids.length).toBeGreaterThan(1);
      expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    }
  });

  it('names a theme that appears twice', () => {
    const error = errorAfter((f) => f.themes.themes.push(structuredClone(f.themes.themes[hscIndex(f)])));
    expect(error).toBe('themes.json: themes: theme "hsc" appears twice');
  });

  it('rejects shares adding to more than 102%, saying by how much', () => {
    const error = errorAfter((f) => {
      const hsc = f.themes.themes[hscIndex(f)];
      hsc.partnerShares = { DH: { value: 0.7, source: 's' }, LG: { value: 0.35, source: 's' } };
    });
    expect(error).toBe('themes.json: hsc.partnerShares: shares add to 105.0%, more than 100%');
  });

  it('accepts shares that add to a little over 100% (rounding in the report)', () => {
    const result = parsesAfter((f) => {
      f.themes.themes[hscIndex(f)].partnerShares = { DH: { value: 0.7, source: 's' }, LG: { value: 0.31, source: 's' } };
    });
    expect(result.ok).toBe(true);
  });

  it('accepts a theme with no partner shares', () => {
    expect(parsesAfter((f) => (f.themes.themes[0].partnerShares = {})).ok).toBe(true);
  });

  it('reports the problems of every file together, one line each', () => {
    const error = errorAfter((f) => {
      f.themes.version = 3;
      f.partners.version = 3;
      f.areas.version = 3;
    });
    const lines = error.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^themes\.json: version: /);
    expect(lines[1]).toMatch(/^partners\.json: version: /);
    expect(lines[2]).toMatch(/^areas\.json: version: /);
  });

  it('lists at most eight problems per file and counts the rest', () => {
    const error = errorAfter((f) => {
      for (const t of f.themes.themes) {
        delete t.addressableSpend.source;
        delete t.scenarios.base.grossBenefit.source;
      }
    });
    const lines = error.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.slice(0, 8).every((l) => l.startsWith('themes.json: themes.'))).toBe(true);
    expect(lines[8]).toBe('…and 2 more problems');
  });

  it('every line of an error names one of the three files', () => {
    const error = errorAfter((f) => {
      f.themes.themes[0].scenarios.base.profile.values = [1];
      f.partners.partners[0].budget.value = 'lots';
      f.areas.areas[0].cohort = {};
    });
    for (const line of error.split('\n')) expect(line).toMatch(/^(themes|partners|areas)\.json: \S/);
  });
});
/* eslint-enable @typescript-eslint/no-explicit-any */
