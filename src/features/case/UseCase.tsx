import { useId, useState, type ReactNode } from 'react';
import type { CaseDoc } from '../../model';
import { sameCase, showCase, useCaseStore } from '../../state';
import { explorerHash } from './templates';

/** Takes the user to a problem's box (or the list of problems that belong to no box). */
export function goToProblem(id: string | null) {
  if (!id) return;
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

const problemWords = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

/** How many problems are left, with a way to the first. */
export function ProblemCount({ count, firstId }: { count: number; firstId: string | null }) {
  if (count === 0) return <p className="case-ready">No problems: this case is ready to use.</p>;
  return (
    <p className="case-problem-count">
      This case has {problemWords(count)} to fix before it can be used.{' '}
      {firstId && (
        <button type="button" className="case-link-button" onClick={() => goToProblem(firstId)}>
          Go to the first problem
        </button>
      )}
    </p>
  );
}

/** Shows the case in the explorer; or copies the case shown into the builder. */
export function UseCase({ readable, doc, problemCount, firstId, onEditShown, confirm }: { readable: boolean; doc: CaseDoc | null; problemCount: number; firstId: string | null; onEditShown: (doc: CaseDoc) => void; confirm: ReactNode }) {
  const id = useId();
  const active = useCaseStore((s) => s.active);
  const [refused, setRefused] = useState<string | null>(null);
  const use = () => {
    if (!doc) return;
    const problem = showCase(doc);
    if (problem) return setRefused(problem);
    setRefused(null);
    // showCase put the case in the link (#build&case=…): the explorer's address keeps that part.
    window.location.hash = explorerHash(window.location.hash);
    document.scrollingElement?.scrollTo?.(0, 0);
  };
  return (
    <section className="case-section case-use" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Use this case</h3>
      {readable ? <ProblemCount count={problemCount} firstId={firstId} /> : <p>Start from a template or import a file first.</p>}
      <div className="button-row">
        <button type="button" className="primary-button" disabled={!doc} aria-describedby={`${id}-help`} onClick={use}>
          Use this case
        </button>
        {active && !sameCase(active, doc) && (
          <button type="button" className="secondary-button" onClick={() => onEditShown(active)}>
            Edit the case shown ({active.name})
          </button>
        )}
      </div>
      <p className="help" id={`${id}-help`}>
        The explorer then shows this case’s figures, and the link you copy carries it (or says to send the file when it is too large for a link).
      </p>
      {refused && (
        <div className="notice notice-error" role="alert">
          <p>The explorer could not use this case:</p>
          <pre className="error-details">{refused}</pre>
        </div>
      )}
      {confirm}
    </section>
  );
}
