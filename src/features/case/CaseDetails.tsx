import { useEffect, useId, useRef, useState } from 'react';
import { CASE_YEARS, MONEY_UNITS } from '../../model';
import type { BuilderProps } from './builderTypes';
import { cellDomId } from './caseGrid';
import { setIn, setPrudent, setYears } from './draftEdit';
import { draftHasPrudent, draftYears, getIn } from './draftRead';

const UNIT_WORDS: Record<string, string> = { '£m': '£m (millions of pounds)', '£bn': '£bn (billions of pounds)' };

/** A labelled text box for one field of the case, its problem under it. */
function TextField({ path, label, help, draft, edit, problemAt }: Pick<BuilderProps, 'draft' | 'edit' | 'problemAt'> & { path: string; label: string; help: string }) {
  const id = cellDomId([path]);
  const problem = problemAt([path], 'text');
  const raw = getIn(draft, [path]);
  return (
    <div className="case-field">
      <label htmlFor={id}>{label}</label>
      <p className="help" id={`${id}-help`}>
        {help}
      </p>
      <input
        id={id}
        type="text"
        value={typeof raw === 'string' ? raw : ''}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
        onChange={(e) => edit((d) => setIn(d, [path], e.target.value))}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}

/** How many years: applied only once it is a whole number in range, so "1" on the way to "12" trims nothing. */
function YearsField({ draft, edit, say }: Pick<BuilderProps, 'draft' | 'edit' | 'say'>) {
  const id = useId();
  const years = draftYears(draft);
  const [typing, setTyping] = useState<string | null>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const { minYears, maxYears } = CASE_YEARS;
  const usable = (text: string) => {
    const n = Number(text.trim());
    return text.trim() !== '' && Number.isInteger(n) && n >= minYears && n <= maxYears ? n : null;
  };
  const bad = typing !== null && usable(typing) === null;
  const problemId = `${id}-problem`;
  return (
    <div className="case-field">
      <label htmlFor={id}>Number of years</label>
      <p className="help" id={`${id}-help`}>
        From {minYears} to {maxYears}. More years carry each theme’s last figures on; fewer drop the later years’ figures.
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="case-years"
        value={typing ?? String(years)}
        aria-invalid={bad || rejected !== null || undefined}
        aria-describedby={`${id}-help${bad || rejected !== null ? ` ${problemId}` : ''}`}
        onChange={(e) => {
          const text = e.target.value;
          setTyping(text);
          setRejected(null);
          const next = usable(text);
          if (next !== null && next !== draftYears(draft)) {
            edit((d) => setYears(d, next));
            say(`The case now runs for ${next} years.`);
          }
        }}
        onBlur={() => {
          setRejected(bad ? typing : null);
          setTyping(null);
        }}
      />
      {bad && (
        <p id={problemId} className="field-error">
          A whole number of years from {minYears} to {maxYears}, please.
        </p>
      )}
      {!bad && rejected !== null && (
        <p id={problemId} className="field-error" role="alert">
          “{rejected}” is not a number of years from {minYears} to {maxYears}; the case keeps {years}.
        </p>
      )}
    </div>
  );
}

/** The prudent scenario: adding copies base for every theme; removing asks first, as it deletes figures. */
function PrudentField({ draft, edit, say }: Pick<BuilderProps, 'draft' | 'edit' | 'say'>) {
  const id = useId();
  const on = draftHasPrudent(draft);
  const [asking, setAsking] = useState(false);
  const boxRef = useRef<HTMLInputElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);
  const keep = () => {
    setAsking(false);
    boxRef.current?.focus();
  };
  return (
    <div className="case-field">
      <div className="choice">
        <input
          ref={boxRef}
          id={id}
          type="checkbox"
          checked={on}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            if (!e.target.checked) return setAsking(true);
            edit((d) => setPrudent(d, true));
            say('Added a prudent scenario: each theme’s base figures are copied into it to edit.');
          }}
        />
        <label htmlFor={id}>This case has a prudent scenario</label>
        <p className="help choice-help" id={`${id}-help`}>
          A cautious reading beside the base one; the explorer’s scenario setting runs from prudent to base.
        </p>
      </div>
      {asking && (
        <div className="notice case-confirm" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>This deletes the prudent figures of every theme. Delete them?</p>
          <div className="button-row">
            <button
              type="button"
              className="secondary-button danger"
              onClick={() => {
                edit((d) => setPrudent(d, false));
                say('Deleted the prudent scenario.');
                keep();
              }}
            >
              Delete the prudent scenario
            </button>
            <button ref={keepRef} type="button" className="secondary-button" onClick={keep}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The case's name, money unit, first year, number of years and scenarios. */
export function CaseDetails(props: BuilderProps) {
  const { draft, edit, problemAt } = props;
  const id = useId();
  const moneyId = cellDomId(['money']);
  const moneyProblem = problemAt(['money'], 'text');
  const money = getIn(draft, ['money']);
  return (
    <section className="case-section case-details" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Case details</h3>
      <TextField {...props} path="name" label="Name of the case" help="As the explorer shows it, such as “Anytown: early help and youth diversion”." />
      <fieldset className="case-field case-money" id={moneyId} tabIndex={-1} aria-describedby={`${moneyId}-help${moneyProblem ? ` ${moneyId}-problem` : ''}`}>
        <legend>Money unit</legend>
        <p className="help" id={`${moneyId}-help`}>
          Every amount in the case is in this unit. Changing it does not convert the figures.
        </p>
        {MONEY_UNITS.map((u) => (
          <div className="choice" key={u}>
            <input type="radio" id={`${id}-${u}`} name={`${id}-money`} checked={money === u} onChange={() => edit((d) => setIn(d, ['money'], u))} />
            <label htmlFor={`${id}-${u}`}>{UNIT_WORDS[u]}</label>
          </div>
        ))}
        {moneyProblem && (
          <p id={`${moneyId}-problem`} className="field-error">
            {moneyProblem}
          </p>
        )}
      </fieldset>
      <TextField {...props} path="firstYear" label="First financial year" help="The financial year of year 1, such as 2025-26." />
      <YearsField {...props} />
      <PrudentField {...props} />
    </section>
  );
}
