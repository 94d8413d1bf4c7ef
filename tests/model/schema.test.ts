// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SUPPORTED_DATA_VERSION, parseModelData, type DataFiles } from '../../src/model/schema';
import { PARTNER_IDS, THEME_IDS } from '../../src/model/types';
import { rawDataFiles } from '../fixtures/model-data';

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break raw JSON on purpose */
type Raw = { case: any; areas: any };

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

const hscIndex = (files: Raw) => (files.case.themes as { id: string }[]).findIndex((t) => t.id === 'hsc');

describe('parseModelData on the real data files', () => {
  const result = parseModelData(rawDataFiles());

  it('accepts them', () => {
    if (!result.ok) throw new Error(result.error);
    expect(result.ok).toBe(true);
  });

  it('joins the case and its areas into the model input', () => {
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
    ['a missing source', (f) => delete f.case.themes[0].addressableSpend.source,
      /^cases\/england-2013\.json: themes\.0\.addressableSpend\.source: /m],
    ['an empty source', (f) => (f.case.themes[0].scenarios.base.grossBenefit.source = ''),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.grossBenefit\.source: every figure needs its source$/m],
    ['a missing profile source', (f) => delete f.case.themes[1].scenarios.prudent.profile.source,
      /^cases\/england-2013\.json: themes\.1\.scenarios\.prudent\.profile\.source: /m],
    ['a short profile', (f) => (f.case.themes[0].scenarios.prudent.profile.values = [0.1, 0.2, 0.3, 0.4]),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.prudent\.profile\.values: profile needs at least 5 years$/m],
    ['a long profile', (f) => f.case.themes[2].scenarios.base.profile.values.push(1),
      /^cases\/england-2013\.json: themes\.2\.scenarios\.base\.profile: gives 6 years where the first theme gives 5; every theme needs the same years$/m],
    ['costs of the wrong length', (f) => (f.case.themes[0].scenarios.base.costs.values = []),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.costs\.values: costs needs at least 5 years$/m],
    ['a text value in a profile', (f) => (f.case.themes[0].scenarios.base.profile.values[2] = '0.6'),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.profile\.values\.2: /m],
    ['a null gross benefit', (f) => (f.case.themes[0].scenarios.base.grossBenefit.value = null),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.grossBenefit\.value: /m],
    ['a non-finite gross benefit', (f) => (f.case.themes[0].scenarios.base.grossBenefit.value = Infinity),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.grossBenefit\.value: /m],
    ['a NaN ongoing cost', (f) => (f.case.themes[0].scenarios.prudent.ongoingCost.value = NaN),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.prudent\.ongoingCost\.value: /m],
    ['a missing scenario', (f) => delete f.case.themes[0].scenarios.prudent,
      /^cases\/england-2013\.json: themes\.0\.scenarios\.prudent: /m],
    // Ids are the case's own (docs/decisions/0012-case-format.md): any short id is a theme or a
    // partner; one that could not sit in a link or a file name is refused.
    ['a theme id with a space', (f) => (f.case.themes[0].id = 'health care'),
      /^cases\/england-2013\.json: themes\.0\.id: must be a short id/m],
    ['an unknown local driver', (f) => (f.case.themes[0].localDriver = 'spend'), /^cases\/england-2013\.json: themes\.0\.localDriver: /m],
    ['a case with three scenarios', (f) => f.case.scenarios.push({ id: 'base', name: 'Again' }),
      /^cases\/england-2013\.json: scenarios: /m],
    ['a case whose last scenario is not base', (f) => f.case.scenarios.reverse(),
      /^cases\/england-2013\.json: scenarios: must be \[base\] or \[prudent, base\]$/m],
    ['a pilot without its printed total', (f) => delete f.case.themes[3].scenarios.base.pilot.fiveYearTotal,
      /^cases\/england-2013\.json: themes\.3\.scenarios\.base\.pilot\.fiveYearTotal: /m],
    ['a published lens of an unknown kind', (f) => (f.case.published.lensMeasures.healthLed.kind = 'all'),
      /^cases\/england-2013\.json: published\.lensMeasures\.healthLed\.kind: /m],
    ['an unknown status', (f) => (f.case.themes[0].status = 'maybe'), /^cases\/england-2013\.json: themes\.0\.status: /m],
    ['an empty name', (f) => (f.case.themes[0].name = ''), /^cases\/england-2013\.json: themes\.0\.name: /m],
    ['no themes', (f) => (f.case.themes = []), /^cases\/england-2013\.json: themes: /m],
    ['a bad first year', (f) => (f.case.firstYear = '2012'),
      /^cases\/england-2013\.json: firstYear: must be a financial year such as 2012-13$/m],
    ['a share above 1', (f) => (f.case.themes[0].partnerShares.DH.value = 1.5),
      /^cases\/england-2013\.json: themes\.0\.partnerShares\.DH\.value: must be a share between 0 and 1$/m],
    ['a negative share', (f) => (f.case.themes[0].partnerShares.DH.value = -0.1),
      /^cases\/england-2013\.json: themes\.0\.partnerShares\.DH\.value: must be a share between 0 and 1$/m],
    ['a share range outside 0–1', (f) => (f.case.themes[hscIndex(f)].partnerShares.DH.range = [0.5, 1.2]),
      /^cases\/england-2013\.json: themes\.\d\.partnerShares\.DH\.range\.1: must be a share between 0 and 1$/m],
    ['a partner that does not exist at all', (f) => (f.case.themes[0].partnerShares.XX = { value: 0.01, source: 's' }),
      /^cases\/england-2013\.json: hsc\.partnerShares\.XX: no such partner in partners$/m],
    ['case version 2', (f) => (f.case.version = 2),
      /^cases\/england-2013\.json: version: data version 2 is not one this app understands \(expected 1\)$/m],
    ['case version "1" as text', (f) => (f.case.version = '1'),
      /^cases\/england-2013\.json: version: data version "1" is not one this app understands/m],
    ['a case without a version', (f) => delete f.case.version, /^cases\/england-2013\.json: version: data version undefined is not one/m],
    ['case version 0', (f) => (f.case.version = 0), /^cases\/england-2013\.json: version: data version 0 is not one this app understands/m],
    ['areas version 1.5', (f) => (f.areas.version = 1.5), /^areas\.json: version: data version 1\.5 is not one/m],
    ['a partner id with a space', (f) => (f.case.partners[0].id = 'D H'),
      /^cases\/england-2013\.json: partners\.0\.id: must be a short id/m],
    ['a partner without its kind', (f) => delete f.case.partners[0].kind, /^cases\/england-2013\.json: partners\.0\.kind: /m],
    ['a partner of an unknown kind', (f) => (f.case.partners[0].kind = 'regional'), /^cases\/england-2013\.json: partners\.0\.kind: /m],
    ['a bad budget kind', (f) => (f.case.partners[0].budget.kind = 'RDEL'), /^cases\/england-2013\.json: partners\.0\.budget\.kind: /m],
    ['a missing budget source', (f) => delete f.case.partners[1].budget.source,
      /^cases\/england-2013\.json: partners\.1\.budget\.source: /m],
    ['no partners', (f) => (f.case.partners = []), /^cases\/england-2013\.json: partners: /m],
    ['a bad area id', (f) => (f.areas.areas[0].id = 'Tri Borough'), /^areas\.json: areas\.0\.id: /m],
    ['a missing national cohort', (f) => delete f.areas.nationalCohort, /^areas\.json: nationalCohort: /m],
    // Bounds (DATA_BOUNDS): huge, negative or impossible values are refused, never shown as £∞bn.
    ['a gross benefit of 1e308', (f) => (f.case.themes[0].scenarios.base.grossBenefit.value = 1e308),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.grossBenefit\.value: must be an amount from £0bn to £1000bn$/m],
    ['a negative addressable spend', (f) => (f.case.themes[0].addressableSpend.value = -56.7),
      /^cases\/england-2013\.json: themes\.0\.addressableSpend\.value: must be an amount from £0bn to £1000bn$/m],
    ['a negative addressable spend', (f) => (f.case.themes[0].addressableSpend.value = -1),
      /^cases\/england-2013\.json: themes\.0\.addressableSpend\.value: must be an amount from £0bn/m],
    ['a profile of 31 years', (f) => (f.case.themes[0].scenarios.base.profile.values = Array(31).fill(1)),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.profile\.values: profile may have at most 30 years$/m],
    ['a negative cost', (f) => (f.case.themes[1].scenarios.prudent.costs.values[3] = -1),
      /^cases\/england-2013\.json: themes\.1\.scenarios\.prudent\.costs\.values\.3: must be an amount from £0bn/m],
    ['a negative ongoing cost', (f) => (f.case.themes[0].scenarios.base.ongoingCost.value = -0.5),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.ongoingCost\.value: must be an amount/m],
    ['a realisation above 200%', (f) => (f.case.themes[0].scenarios.base.profile.values[4] = 2.5),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.profile\.values\.4: must be a realisation from 0 to 2/m],
    ['a negative realisation', (f) => (f.case.themes[0].scenarios.base.profile.values[0] = -0.1),
      /^cases\/england-2013\.json: themes\.0\.scenarios\.base\.profile\.values\.0: must be a realisation/m],
    ['a zero budget', (f) => (f.case.partners[0].budget.value = 0),
      /^cases\/england-2013\.json: partners\.0\.budget\.value: must be more than £0bn/m],
    ['a budget of 1e12', (f) => (f.case.partners[0].budget.value = 1e12),
      /^cases\/england-2013\.json: partners\.0\.budget\.value: must be an amount from £0bn to £1000bn$/m],
    ['a negative budget by theme', (f) => (f.case.partners[2].budgetByTheme.ws.value = -170),
      /^cases\/england-2013\.json: partners\.2\.budgetByTheme\.ws\.value: must be an amount/m],
    ['a zero national cohort', (f) => (f.areas.nationalCohort.value = 0),
      /^areas\.json: nationalCohort\.value: must be a number of families from 1 to 10,000,000$/m],
    ['an area cohort of 1e9', (f) => (f.areas.areas[0].cohort.value = 1e9),
      /^areas\.json: areas\.0\.cohort\.value: must be a number of families/m],
    ['the case file is null', (f) => (f.case = null), /^cases\/england-2013\.json: \(top level\): /m],
    ['the case file is an array', (f) => (f.case = []), /^cases\/england-2013\.json: \(top level\): /m],
    ['areas file is text', (f) => (f.areas = 'areas'), /^areas\.json: \(top level\): /m],
  ])('%s', (_name, edit, message) => {
    expect(errorAfter(edit)).toMatch(message);
  });

  it('names a partner that has a share but is missing from the case’s partners', () => {
    const error = errorAfter((f) => {
      f.case.partners = f.case.partners.filter((p: { id: string }) => p.id !== 'DfE');
    });
    expect(error).toMatch(/^cases\/england-2013\.json: (fcn|ws|da)\.partnerShares\.DfE: no such partner in partners$/);
  });

  it('accepts theme and partner ids it has never seen: the ids are the case’s own', () => {
    const renamed = parsesAfter((f) => {
      f.case.themes[hscIndex(f)].id = 'care';
      const dwp = f.case.partners.find((p: { id: string }) => p.id === 'DWP');
      dwp.id = 'Work';
      for (const t of f.case.themes) {
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
    const error = errorAfter((f) => f.case.partners.push(structuredClone(f.case.partners[0])));
    expect(error).toBe('cases/england-2013.json: partners: partner "DH" appears twice');
  });

  it('names a budget given for a theme the case does not have', () => {
    const error = errorAfter((f) => (f.case.partners.find((p: { id: string }) => p.id === 'DWP').budgetByTheme.xx = { value: 1, source: 's' }));
    expect(error).toBe('cases/england-2013.json: DWP.budgetByTheme.xx: no such theme in themes');
  });

  it('asks for every scenario the case lists, and only those', () => {
    expect(errorAfter((f) => delete f.case.themes[2].scenarios.prudent)).toBe(
      'cases/england-2013.json: themes.2.scenarios.prudent: the case has this scenario, so every theme needs its inputs',
    );
    expect(errorAfter((f) => (f.case.scenarios = [{ id: 'base', name: 'Base' }]))).toBe(
      'cases/england-2013.json: themes.0.scenarios.prudent: the case lists only one scenario (scenarios), so this one would not be used',
    );
  });

  it('uses the one scenario at both ends of the setting when a case has only one', () => {
    const result = parsesAfter((f) => {
      f.case.scenarios = [{ id: 'base', name: 'Base' }];
      for (const t of f.case.themes) delete t.scenarios.prudent;
    });
    if (!result.ok) throw new Error(result.error);
    for (const t of result.value.themes) expect(t.scenarios.prudent).toBe(t.scenarios.base);
  });

  it('puts each theme’s partner shares in the order of the case’s partners, whatever order the theme gives', () => {
    const result = parsesAfter((f) => {
      for (const t of f.case.themes) t.partnerShares = Object.fromEntries(Object.entries(t.partnerShares).reverse());
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
    const error = errorAfter((f) => f.case.themes.push(structuredClone(f.case.themes[hscIndex(f)])));
    expect(error).toBe('cases/england-2013.json: themes: theme "hsc" appears twice');
  });

  it('rejects shares adding to more than 102%, saying by how much', () => {
    const error = errorAfter((f) => {
      const hsc = f.case.themes[hscIndex(f)];
      hsc.partnerShares = { DH: { value: 0.7, source: 's' }, LG: { value: 0.35, source: 's' } };
    });
    expect(error).toBe('cases/england-2013.json: hsc.partnerShares: shares add to 105.0%, more than 100%');
  });

  it('accepts shares that add to a little over 100% (rounding in the report)', () => {
    const result = parsesAfter((f) => {
      f.case.themes[hscIndex(f)].partnerShares = { DH: { value: 0.7, source: 's' }, LG: { value: 0.31, source: 's' } };
    });
    expect(result.ok).toBe(true);
  });

  it('accepts a theme with no partner shares', () => {
    expect(parsesAfter((f) => (f.case.themes[0].partnerShares = {})).ok).toBe(true);
  });

  it('reports the problems of every file together, one line each', () => {
    const error = errorAfter((f) => {
      f.case.version = 3;
      f.areas.version = 3;
    });
    const lines = error.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^cases\/england-2013\.json: version: /);
    expect(lines[1]).toMatch(/^areas\.json: version: /);
  });

  it('lists at most eight problems per file and counts the rest', () => {
    const error = errorAfter((f) => {
      for (const t of f.case.themes) {
        delete t.addressableSpend.source;
        delete t.scenarios.base.grossBenefit.source;
      }
    });
    const lines = error.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.slice(0, 8).every((l) => l.startsWith('cases/england-2013.json: themes.'))).toBe(true);
    expect(lines[8]).toBe('…and 2 more problems');
  });

  it('every line of an error names one of the data files', () => {
    const error = errorAfter((f) => {
      f.case.themes[0].scenarios.base.profile.values = [1];
      f.case.partners[0].budget.value = 'lots';
      f.areas.areas[0].cohort = {};
    });
    for (const line of error.split('\n')) expect(line).toMatch(/^(cases\/england-2013|areas)\.json: \S/);
  });
});
/* eslint-enable @typescript-eslint/no-explicit-any */
