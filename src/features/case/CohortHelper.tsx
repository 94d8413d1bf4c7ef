import { useId, useState } from 'react';
// Not exported from src/model/index.ts yet (see the report): imported directly for now.
import { cohortTheme } from '../../model';
import type { BuilderProps } from './builderTypes';
import { cohortFormProblems, cohortInputsOf, type CohortForm } from './cohortForm';
import { addTheme } from './draftEdit';
import { draftYears, getIn, listAt, moneyLabel, partnerIds, partnerLabel, yearLabels } from './draftRead';

type FieldProps = {
  form: CohortForm;
  set: (key: string, text: string) => void;
  domId: (key: string) => string;
  problem: (key: string) => string | undefined;
};

/** A figure's box, its unit, and a box for its source. */
function FigureField({ name, unit, help, field, form, set, domId, problem }: FieldProps & { name: string; unit: string; help?: string; field: string }) {
  const id = domId(field);
  const message = problem(field);
  return (
    <div className="cohort-field">
      <label htmlFor={id}>{name}</label>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <span className="cohort-value">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className="case-cell is-number"
          value={form[field] ?? ''}
          aria-invalid={message ? true : undefined}
          aria-describedby={[help ? `${id}-help` : '', message ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => set(field, e.target.value)}
        />
        <span className="unit">{unit}</span>
      </span>
      <label className="cohort-source">
        <span>Source</span>
        <input type="text" value={form[`${field}.source`] ?? ''} onChange={(e) => set(`${field}.source`, e.target.value)} aria-label={`Source of ${name.toLowerCase()}`} />
      </label>
      {message && (
        <p id={`${id}-problem`} className="field-error">
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * "Write a theme from a cohort": a programme described by its cohort (how many join, when, what each
 * costs, how many succeed and what a success saves each partner, for how long) becomes a theme of the
 * case, each figure with a source naming the inputs it comes from.
 */
export function CohortHelper({ draft, edit, say }: BuilderProps) {
  const id = useId();
  const [form, setForm] = useState<CohortForm>({});
  const [attempted, setAttempted] = useState(false);
  const unit = moneyLabel(draft);
  const money = unit === '£bn' ? '£bn' : '£m';
  const years = draftYears(draft);
  const yearNames = yearLabels(draft);
  const partners = partnerIds(draft);
  const themeIds = listAt(draft, ['themes']).map((t) => getIn(t, ['id']));
  const found = cohortFormProblems(form, money, years, partners, themeIds);
  if (unit === 'money') found.set('money', ['Choose the case’s money unit (in the case details) first.']);

  const set = (key: string, text: string) => setForm((f) => ({ ...f, [key]: text }));
  const domId = (key: string) => {
    const [head, rest] = [key.split('.')[0], key.split('.').slice(1).join('.')];
    if (head === 'saving' && rest) return `${id}-saving-${partners.indexOf(rest)}`;
    return `${id}-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  };
  const typed = (key: string) => (form[key] ?? '').trim() !== '' || Object.keys(form).some((k) => k.startsWith(`${key}.`) && !k.endsWith('.source') && (form[k] ?? '').trim() !== '');
  const problem = (key: string) => (attempted || typed(key) ? found.get(key)?.join(' ') : undefined);
  const fields: FieldProps = { form, set, domId, problem };
  const general = [...found.entries()].filter(([k]) => ['money', 'caseYears', 'members'].includes(k)).flatMap(([, m]) => m);

  const add = () => {
    setAttempted(true);
    if (found.size > 0) {
      say(`The theme was not added: the form has ${found.size === 1 ? 'a problem' : `${found.size} problems`} to fix.`);
      const first = [...found.keys()].map((k) => document.getElementById(domId(k))).find(Boolean);
      first?.focus();
      return;
    }
    const name = (form.name ?? '').trim();
    try {
      const theme = cohortTheme(cohortInputsOf(form, money, years, partners), { id: (form.id ?? '').trim(), name, partners });
      edit((d) => addTheme(d, theme));
      say(`Added the theme “${name}” from the cohort, at the end of the themes.`);
      setForm({});
      setAttempted(false);
    } catch (error) {
      say(`The theme was not added: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <details className="case-section case-cohort">
      <summary>Write a theme from a cohort</summary>
      <p className="help">
        Describe a programme by the people (or families) it works with. The helper works out the theme’s realisation, full yearly benefit, costs and shares, each with a source naming your inputs, and adds it to the base scenario (and the prudent one, as a copy, when the case has it). Amounts are in {unit}: £5,000 is {money === '£m' ? '0.005' : '0.000005'}.
      </p>
      <div className="cohort-grid">
        <div className="cohort-field">
          <label htmlFor={domId('id')}>Theme id</label>
          <input id={domId('id')} type="text" value={form.id ?? ''} onChange={(e) => set('id', e.target.value)} aria-invalid={problem('id') ? true : undefined} aria-describedby={problem('id') ? `${domId('id')}-problem` : undefined} />
          {problem('id') && (
            <p id={`${domId('id')}-problem`} className="field-error">
              {problem('id')}
            </p>
          )}
        </div>
        <div className="cohort-field">
          <label htmlFor={domId('name')}>Theme name</label>
          <input id={domId('name')} type="text" value={form.name ?? ''} onChange={(e) => set('name', e.target.value)} aria-invalid={problem('name') ? true : undefined} aria-describedby={problem('name') ? `${domId('name')}-problem` : undefined} />
          {problem('name') && (
            <p id={`${domId('name')}-problem`} className="field-error">
              {problem('name')}
            </p>
          )}
        </div>
        <div className="cohort-field">
          <label htmlFor={domId('members')}>The cohort counts</label>
          <select id={domId('members')} value={form.members === 'families' ? 'families' : 'people'} onChange={(e) => set('members', e.target.value)}>
            <option value="people">people</option>
            <option value="families">families</option>
          </select>
        </div>
        <FigureField {...fields} field="cohortSize" name="Cohort size" unit={form.members === 'families' ? 'families' : 'people'} help="How many could join over the case’s years." />
        <FigureField {...fields} field="costPerParticipant" name="Cost per participant" unit={unit} help="Paid once, in the year each one joins." />
        <FigureField {...fields} field="runningCost" name="Yearly running cost (optional)" unit={unit} help="The programme’s own cost each year from its first intake to its last." />
        <FigureField {...fields} field="successRate" name="Success rate" unit="%" help="The share of participants helped." />
        <FigureField {...fields} field="savingYears" name="How long a success keeps saving" unit="years" help="Whole years, from the year after joining." />
      </div>
      <fieldset id={domId('saving')} tabIndex={-1} className="cohort-group" aria-describedby={problem('saving') ? `${domId('saving')}-problem` : undefined}>
        <legend>Saving per success each year, to each partner ({unit})</legend>
        <p className="help">Leave a partner blank if a success saves it nothing.</p>
        {partners.length === 0 && <p>The case has no partners yet: add them in the partners table.</p>}
        <div className="cohort-grid">
          {partners.map((pid, i) => (
            <FigureField key={i} {...fields} field={`saving.${pid}`} name={partnerLabel(draft, i)} unit={`${unit} a year`} />
          ))}
        </div>
        {problem('saving') && (
          <p id={`${domId('saving')}-problem`} className="field-error">
            {problem('saving')}
          </p>
        )}
      </fieldset>
      <fieldset id={domId('ramp')} tabIndex={-1} className="cohort-group" aria-describedby={problem('ramp') ? `${domId('ramp')}-problem` : undefined}>
        <legend>Ramp-up: the share of the cohort joining each year (%)</legend>
        <p className="help">Blank is none; the shares add to at most 100%.</p>
        <div className="cohort-ramp">
          {yearNames.map((y, i) => {
            const key = `ramp.${i}`;
            const message = problem(key);
            return (
              <div key={i} className="cohort-ramp-year">
                <label htmlFor={domId(key)}>{y}</label>
                <input id={domId(key)} aria-label={`Share of the cohort joining in ${y}`} type="text" inputMode="decimal" className="case-cell is-number" value={form[key] ?? ''} onChange={(e) => set(key, e.target.value)} aria-invalid={message ? true : undefined} aria-describedby={message ? `${domId(key)}-problem` : undefined} />
                {message && (
                  <span id={`${domId(key)}-problem`} className="field-error">
                    {message}
                  </span>
                )}
              </div>
            );
          })}
        </div>
        <label className="cohort-source">
          <span>Source of the ramp-up</span>
          <input type="text" value={form['ramp.source'] ?? ''} onChange={(e) => set('ramp.source', e.target.value)} />
        </label>
        {problem('ramp') && (
          <p id={`${domId('ramp')}-problem`} className="field-error">
            {problem('ramp')}
          </p>
        )}
      </fieldset>
      {general.length > 0 && (
        <ul className="field-error">
          {general.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <button type="button" className="primary-button" onClick={add}>
        Add this theme
      </button>
    </details>
  );
}
