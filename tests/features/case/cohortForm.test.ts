import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/model';
import { cohortTheme } from '../../../src/model/cohort';
import { cohortFormProblems, cohortInputsOf, formKeyOf, themeMetaProblems, type CohortForm } from '../../../src/features/case/cohortForm';
import { addTheme } from '../../../src/features/case/draftEdit';
import { blankTemplate } from '../../../src/features/case/templates';

const form: CohortForm = {
  id: 'key-work',
  name: 'Key workers',
  cohortSize: '1,000',
  'cohortSize.source': 'council register',
  costPerParticipant: '0.005',
  successRate: '40%',
  savingYears: '3',
  'saving.LA': '0.002',
  'saving.NHS': '0.003',
  'saving.NHS.source': 'NHS costing',
  'ramp.0': '50',
  'ramp.1': '50',
  'ramp.source': 'plan',
};

describe('the cohort helper’s form', () => {
  it('turns the typed boxes into the helper’s inputs: % as fractions, sources kept, blanks left out', () => {
    const inputs = cohortInputsOf(form, '£m', 5, ['LA', 'NHS', 'DWP']);
    expect(inputs).toMatchObject({
      money: '£m',
      caseYears: 5,
      members: 'people',
      cohortSize: { value: 1000, source: 'council register' },
      costPerParticipant: 0.005,
      successRate: 0.4,
      savingYears: 3,
      savingPerSuccess: { LA: 0.002, NHS: { value: 0.003, source: 'NHS costing' } },
      rampUp: { values: [0.5, 0.5, 0, 0, 0], source: 'plan' },
    });
    expect(inputs.runningCost).toBeUndefined();
    expect(inputs.savingPerSuccess).not.toHaveProperty('DWP');
  });

  it('has no problems when complete, and makes a theme the case takes', () => {
    expect(cohortFormProblems(form, '£m', 5, ['LA', 'NHS'], ['theme-1']).size).toBe(0);
    const theme = cohortTheme(cohortInputsOf(form, '£m', 5, ['LA', 'NHS']), { id: 'key-work', name: 'Key workers', partners: ['LA', 'NHS'] });
    const draft = addTheme(blankTemplate(new Date(2025, 5, 1)), theme);
    expect(checkCase(draft).ok).toBe(true);
  });

  it('puts each problem at its box: a number that is not one, a ramp year, a partner’s saving', () => {
    const bad = cohortFormProblems({ ...form, cohortSize: 'lots', 'ramp.1': '120', 'saving.NHS': '-1' }, '£m', 5, ['LA', 'NHS'], []);
    expect([...bad.keys()]).toEqual(expect.arrayContaining(['cohortSize', 'ramp.1', 'saving.NHS']));
    expect(bad.get('cohortSize')![0]).toMatch(/must be a number/);
  });

  it('asks for a new theme’s id and name', () => {
    expect(themeMetaProblems({ ...form, id: '' }, [])).toHaveProperty('id');
    expect(themeMetaProblems({ ...form, id: '1x' }, [])).toHaveProperty('id');
    expect(themeMetaProblems(form, ['key-work']).id).toMatch(/already has a theme/);
    expect(themeMetaProblems({ ...form, name: ' ' }, [])).toHaveProperty('name');
    expect(themeMetaProblems(form, [])).toEqual({});
  });

  it('maps the helper’s fields to the form’s boxes', () => {
    expect(formKeyOf('savingPerSuccess.LA')).toBe('saving.LA');
    expect(formKeyOf('savingPerSuccess')).toBe('saving');
    expect(formKeyOf('rampUp.3')).toBe('ramp.3');
    expect(formKeyOf('rampUp')).toBe('ramp');
    expect(formKeyOf('cohortSize')).toBe('cohortSize');
  });
});
