import type { Figure, MoneyUnit } from '../../model';
// Not exported from src/model/index.ts yet (see the report): imported directly for now.
import { cohortProblems, type CohortInputs } from '../../model';
import { fromPercent } from './draftEdit';
import { readNumber } from './pasteGrid';

// The cohort helper's form as typed (every box is text) and the inputs `cohortTheme` takes from it.
// Keys: cohortSize, costPerParticipant, runningCost, successRate, savingYears, each with "<key>.source";
// saving.<partner id> (and .source); ramp.<year index> with one ramp.source; id, name, members.

export type CohortForm = Record<string, string>;

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

const text = (form: CohortForm, key: string) => form[key] ?? '';
const blank = (form: CohortForm, key: string) => text(form, key).trim() === '';
/** A number as typed (NaN when it is not one, so the checks say so). */
const num = (form: CohortForm, key: string) => readNumber(text(form, key)) ?? Number.NaN;
const sourced = (value: number, source: string): Figure => (source.trim() ? { value, source: source.trim() } : value);
const fig = (form: CohortForm, key: string, value = num(form, key)): Figure => sourced(value, text(form, `${key}.source`));
const percent = (form: CohortForm, key: string) => {
  const n = num(form, key);
  return Number.isFinite(n) ? fromPercent(n) : n;
};

/** The helper's inputs for a case with this money unit, years and partners (a partner left blank saves nothing). */
export function cohortInputsOf(form: CohortForm, money: MoneyUnit, caseYears: number, partners: readonly string[]): CohortInputs {
  const savingPerSuccess: Record<string, Figure> = {};
  for (const pid of partners) if (!blank(form, `saving.${pid}`)) savingPerSuccess[pid] = fig(form, `saving.${pid}`);
  const rampSource = text(form, 'ramp.source').trim();
  const ramp = Array.from({ length: Math.max(0, caseYears) }, (_, i) => (blank(form, `ramp.${i}`) ? 0 : percent(form, `ramp.${i}`)));
  return {
    money,
    caseYears,
    members: form.members === 'families' ? 'families' : 'people',
    cohortSize: fig(form, 'cohortSize'),
    rampUp: rampSource ? { values: ramp, source: rampSource } : ramp,
    costPerParticipant: fig(form, 'costPerParticipant'),
    ...(blank(form, 'runningCost') ? {} : { runningCost: fig(form, 'runningCost') }),
    successRate: fig(form, 'successRate', percent(form, 'successRate')),
    savingPerSuccess,
    savingYears: fig(form, 'savingYears'),
  };
}

/** The form box (or group: "saving", "ramp") a problem of the helper is about; other fields are the case's. */
export function formKeyOf(field: string): string {
  const [head, rest] = [field.split('.')[0]!, field.split('.').slice(1).join('.')];
  if (head === 'savingPerSuccess') return rest ? `saving.${rest}` : 'saving';
  if (head === 'rampUp') return rest ? `ramp.${rest}` : 'ramp';
  return field;
}

/** Problems with the new theme's id and name. */
export function themeMetaProblems(form: CohortForm, themeIds: readonly unknown[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const id = text(form, 'id').trim();
  if (!id) problems.id = 'Give the theme an id, such as early-help.';
  else if (!ID_PATTERN.test(id)) problems.id = 'The id must be a letter, then up to 39 letters, digits or hyphens.';
  else if (themeIds.includes(id)) problems.id = `The case already has a theme “${id}”: choose another id.`;
  if (blank(form, 'name')) problems.name = 'Give the theme a name.';
  return problems;
}

/** Every problem with the form: form key → messages. */
export function cohortFormProblems(form: CohortForm, money: MoneyUnit, caseYears: number, partners: readonly string[], themeIds: readonly unknown[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (key: string, message: string) => found.set(key, [...(found.get(key) ?? []), message]);
  for (const [key, message] of Object.entries(themeMetaProblems(form, themeIds))) add(key, message);
  for (const p of cohortProblems(cohortInputsOf(form, money, caseYears, partners), partners)) add(formKeyOf(p.field), p.message);
  return found;
}
