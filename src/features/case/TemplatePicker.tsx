import { useId, useState, type ReactNode } from 'react';
import type { ModelData } from '../../model';
import { blankTemplate, loadExample, nationalTemplate, pilotTemplates } from './templates';

/** The cases to start from; `onPick` replaces the draft (asking first when there is one). */
export function TemplatePicker({ national, onPick, confirm }: { national: ModelData; onPick: (what: string, doc: unknown) => void; confirm: ReactNode }) {
  const id = useId();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const pilots = national.themes.filter((t) => t.status === 'indicative');
  const pick = (what: string, doc: unknown) => {
    setProblem(null);
    onPick(what, doc);
  };
  const example = async () => {
    if (loading) return;
    setProblem(null);
    setLoading(true);
    const loaded = await loadExample(import.meta.env.BASE_URL);
    setLoading(false);
    if (loaded.ok) onPick('the illustrative Anytown example', loaded.value);
    else setProblem(`The Anytown example could not be loaded: ${loaded.problems.map((p) => p.message).join('; ')}`);
  };
  return (
    <section className="case-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Start from a template</h3>
      <ul className="case-templates" aria-labelledby={`${id}-h`}>
        <li>
          <button type="button" className="secondary-button" aria-describedby={`${id}-national`} onClick={() => pick('the national aggregation', nationalTemplate(national))}>
            The national aggregation
          </button>
          <p className="help" id={`${id}-national`}>
            The report’s three aggregated themes for England, in £bn (EY 2013).
          </p>
        </li>
        {pilots.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className="secondary-button"
              aria-describedby={`${id}-${t.id}`}
              onClick={() => {
                const pilot = pilotTemplates(national).find((p) => p.key === `pilot-${t.id}`);
                if (pilot) pick(`the ${t.shortName.toLowerCase()} annex pilot case`, pilot.doc);
              }}
            >
              {t.shortName}: annex pilot case
            </button>
            <p className="help" id={`${id}-${t.id}`}>
              One indicative theme from the report’s annex, scaled up from its pilots, in £bn.
            </p>
          </li>
        ))}
        <li>
          <button type="button" className="secondary-button" aria-describedby={`${id}-example`} aria-busy={loading || undefined} onClick={() => void example()}>
            Illustrative local example (Anytown)
          </button>
          <p className="help" id={`${id}-example`}>
            A made-up place with three themes and four partners, in £m. Every figure is illustrative, not from a real business case.
          </p>
        </li>
        <li>
          <button type="button" className="secondary-button" aria-describedby={`${id}-blank`} onClick={() => pick('a blank case', blankTemplate())}>
            Blank case
          </button>
          <p className="help" id={`${id}-blank`}>
            One theme of zeros, a local authority and the NHS, five years from this financial year, in £m.
          </p>
        </li>
      </ul>
      {loading && <p role="status">Loading the Anytown example…</p>}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {confirm}
    </section>
  );
}
