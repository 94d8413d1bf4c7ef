import { caseLinkProblem, hashWithCase, showCase, useCaseStore } from '../state';
import type { Route } from '../lib/route';

/** In the header: the way to build a case, and back to the national one while a place's own case is shown. */
export function CaseActions({ route }: { route: Route }) {
  const active = useCaseStore((s) => s.active);
  return (
    <div className="case-actions">
      {route !== 'build' && (
        <a className="secondary-button case-link" href={hashWithCase('#build', active)}>
          {active ? 'Edit your case' : 'Build your own case'}
        </a>
      )}
      {active && (
        <button type="button" className="secondary-button" onClick={() => showCase(null, '')}>
          Back to the national case
        </button>
      )}
    </div>
  );
}

/** What went wrong with a case in a link, or why the case shown is not in the link (shown only then). */
export function CaseNotices() {
  const active = useCaseStore((s) => s.active);
  const notice = useCaseStore((s) => s.notice);
  const setNotice = useCaseStore((s) => s.setNotice);
  const tooLong = caseLinkProblem(active);
  if (!notice && !tooLong) return null;
  return (
    <div className="notices case-notices">
      {notice && (
        <div role="alert" className="notice notice-warning">
          <p className="error-details">{notice}</p>
          <button type="button" className="secondary-button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {tooLong && (
        <p className="notice notice-warning">
          {tooLong} The link you copy holds the settings only: export the case (“Edit your case”, Export JSON) and send the file with it.
        </p>
      )}
    </div>
  );
}
