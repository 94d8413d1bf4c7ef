import { caseLinkProblem, hashWithCase, showCase, useCaseStore } from '../state';
import type { Route } from '../lib/route';

/** Which case the figures are for, the way to build one or go back, and what went wrong with a case in a link. */
export function CaseBanner({ route }: { route: Route }) {
  const active = useCaseStore((s) => s.active);
  const notice = useCaseStore((s) => s.notice);
  const setNotice = useCaseStore((s) => s.setNotice);
  const tooLong = caseLinkProblem(active);
  const buildHref = hashWithCase('#build', active);
  return (
    <div className="case-banner">
      {notice && (
        <div role="alert" className="notice notice-warning">
          <p className="error-details">{notice}</p>
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      <p className="case-shown">
        {active ? (
          <>
            Showing <strong>your own case: {active.name}</strong> ({active.money}, from {active.firstYear}).{' '}
            <button type="button" className="link-button" onClick={() => showCase(null, '')}>
              Back to the national case
            </button>
          </>
        ) : (
          <>Showing the national aggregation (EY 2013).</>
        )}{' '}
        {route !== 'build' && <a href={buildHref}>{active ? 'Edit or build a case' : 'Build your own case'}</a>}
      </p>
      {tooLong && <p className="notice notice-warning">{tooLong} The link you copy holds the settings only; export the case (Build your own case, Export JSON) and send the file with it.</p>}
    </div>
  );
}
