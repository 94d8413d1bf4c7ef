import { Suspense, lazy, startTransition, useEffect, useState } from 'react';
import { CopyLinkButton, CopyTextButton } from '../features/workshop/CopyButtons';
import { Explorer } from './Explorer';
import { Footer } from './Footer';
import { warmFormatters } from '../lib/format';
import { useRoute } from '../lib/route';
import { UpdatePrompt } from './UpdatePrompt';
import { WorkshopBar } from '../features/workshop/WorkshopBar';
import { AppDataContext, loadAppData, ownAppData, useCaseStore, type AppData, type LoadOutcome } from '../state';
import { CaseActions, CaseNotices } from './CaseActions';

// The two reference pages are read rarely: they load when opened.
const CheckPage = lazy(() => import('../features/method/CheckPage').then((m) => ({ default: m.CheckPage })));
const MethodPage = lazy(() => import('../features/method/MethodPage').then((m) => ({ default: m.MethodPage })));
const CaseBuilderPage = lazy(() => import('../features/case/CaseBuilderPage').then((m) => ({ default: m.CaseBuilderPage })));

type Phase = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; value: AppData };

/** A skip link that moves focus without touching the address, whose #fragment names the page (#method). */
function SkipLink({ target, children }: { target: string; children: string }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(e) => {
        // Never follow the href, even while the page is loading and has no target yet.
        e.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      {children}
    </a>
  );
}

/** `load` and `syncUrl` (the address bar kept in step with the settings) are replaced in tests. */
export function App({ load = loadAppData, syncUrl = true }: { load?: () => Promise<LoadOutcome>; syncUrl?: boolean }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const route = useRoute();

  useEffect(() => {
    let live = true;
    // While the data files download, in tasks of their own (see warmFormatters).
    const stopWarming = warmFormatters();
    load().then(
      (outcome) => {
        // A transition: React draws the explorer in slices, so the first render of the whole page
        // does not hold the main thread in one long block (a phone would feel that as a freeze).
        if (live) startTransition(() => setPhase(outcome.ok ? { kind: 'ready', value: outcome.value } : { kind: 'failed', error: outcome.error }));
      },
      (error: unknown) => {
        if (live) setPhase({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
      stopWarming();
    };
  }, [load]);

  // A place's own case replaces the national one everywhere; the builder still offers the national one as a template.
  const ownCase = useCaseStore((s) => s.active);
  const national = phase.kind === 'ready' ? phase.value : null;
  const shown = national && ownCase ? ownAppData(ownCase) : national;

  // The data context wraps the header too, so the workshop tools (saving, exports) can read the data.
  return (
    <AppDataContext.Provider value={shown}>
      <div className="skip-links">
        <SkipLink target="main">Skip to main content</SkipLink>
        {phase.kind === 'ready' && route === 'explorer' && <SkipLink target="results">Skip to results</SkipLink>}
      </div>
      <UpdatePrompt />
      <header className="site-header">
        <div className="site-title">
          <h1>Community Budgets Explorer</h1>
          {phase.kind === 'ready' && <CaseActions route={route} />}
          <p className="tagline">{ownCase ? `${ownCase.name}: what it could save, who pays and who gets the savings.` : 'What Whole Place Community Budgets could save England, and who would get the savings.'}</p>
        </div>
        {phase.kind === 'ready' && (
          <div className="header-actions">
            <WorkshopBar />
            <CopyLinkButton />
            <CopyTextButton />
          </div>
        )}
      </header>
      {phase.kind !== 'ready' && (
        <main id="main" className="status-page" tabIndex={-1}>
          {phase.kind === 'loading' ? (
            <p role="status" className="loading">
              Loading the report’s figures…
            </p>
          ) : (
            <div role="alert" className="notice notice-error">
              <h2>The data files could not be loaded</h2>
              <p>The explorer needs its data files to work, and at least one is missing or not in the expected form:</p>
              <pre className="error-details">{phase.error}</pre>
              <p>Try reloading the page. If the problem stays, send the message above to whoever looks after this app.</p>
            </div>
          )}
        </main>
      )}
      {phase.kind === 'ready' && (
        <>
          <CaseNotices />
          <Suspense fallback={<p role="status">Loading the page…</p>}>
            {route === 'method' && <MethodPage />}
            {route === 'check' && <CheckPage />}
            {route === 'build' && <CaseBuilderPage national={phase.value.data} />}
          </Suspense>
          {route === 'explorer' && <Explorer syncUrl={syncUrl} />}
        </>
      )}
      <Footer />
    </AppDataContext.Provider>
  );
}
