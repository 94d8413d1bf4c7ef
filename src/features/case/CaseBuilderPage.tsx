import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CaseDoc, ModelData } from '../../model';
import { OWN_CASE_KEY, useCaseStore } from '../../state';
import type { BuilderProps } from './builderTypes';
import { builderView, keptButUnread } from './builderView';
import { CaseDetails } from './CaseDetails';
import { CaseFiles } from './CaseFiles';
import { cellKey, cellMessage } from './caseGrid';
import { CellLiveRegion } from './CellInput';
import { CohortHelper } from './CohortHelper';
import { getIn } from './draftRead';
import { PartnersTable } from './PartnersTable';
import { ReplaceConfirm } from './ReplaceConfirm';
import { TemplatePicker } from './TemplatePicker';
import { explorerHash } from './templates';
import { ThemesSection } from './ThemesSection';
import { ProblemCount, UseCase } from './UseCase';
import './caseBuilder.css';

type Place = 'templates' | 'files' | 'use';
interface Pending {
  place: Place;
  what: string;
  next: unknown;
  from: HTMLElement | null;
}

const TITLE = 'Build your own case';

/** Changes the draft from the latest one kept, so two changes in one event both count. */
const edit = (change: (draft: unknown) => unknown) => {
  const { draft, setDraft } = useCaseStore.getState();
  setDraft(change(draft));
};

/**
 * The case builder (#build): start from a template or a file, edit the case in grids as in a
 * spreadsheet (each problem beside its box as you type), then show it in the explorer or export it.
 * The case being built is kept in this browser as typed, problems and all.
 */
export function CaseBuilderPage({ national }: { national: ModelData }) {
  const id = useId();
  const draft = useCaseStore((s) => s.draft);
  const view = useMemo(() => builderView(draft), [draft]);
  const [said, setSaid] = useState('');
  const [live, setLive] = useState<HTMLElement | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // As the other pages: start at the top with the heading focused, and name the page in the title.
  useEffect(() => {
    document.scrollingElement?.scrollTo?.(0, 0);
    heading.current?.focus({ preventScroll: true });
    const previous = document.title;
    document.title = `${TITLE} – Community Budgets Explorer`;
    return () => {
      document.title = previous;
    };
  }, []);

  const replaceNow = (what: string, next: unknown) => {
    useCaseStore.getState().setDraft(next);
    setSaid(`Now building ${what}.`);
  };
  /** Replaces the draft; asks first when one is being built. */
  const replace = (place: Place) => (what: string, next: unknown) => {
    if (draft === null || draft === undefined) return replaceNow(what, next);
    setPending({ place, what, next, from: document.activeElement instanceof HTMLElement ? document.activeElement : null });
  };
  const confirmFor = (place: Place) =>
    pending?.place === place ? (
      <ReplaceConfirm
        what={pending.what}
        onReplace={() => {
          replaceNow(pending.what, pending.next);
          setPending(null);
          heading.current?.focus();
        }}
        onKeep={() => {
          pending.from?.focus();
          setPending(null);
          setSaid('Kept the case you are building.');
        }}
      />
    ) : null;

  const builder: BuilderProps = {
    draft,
    edit,
    say: setSaid,
    problemAt: (path, kind) => {
      const messages = view.located.byCell.get(cellKey(path));
      return messages ? cellMessage(kind, getIn(draft, path), messages) : undefined;
    },
  };
  const readable = view.status === 'readable';
  const unreadable = view.status === 'unreadable' || keptButUnread(draft, () => window.localStorage.getItem(OWN_CASE_KEY));

  return (
    <main id="main" tabIndex={-1} className="case-builder">
      <nav className="page-nav" aria-label="Pages">
        <a className="back-link" href={explorerHash(typeof window === 'undefined' ? '' : window.location.hash) || '#'}>
          <span aria-hidden="true">← </span>Back to the explorer
        </a>
      </nav>
      <h2 ref={heading} tabIndex={-1} className="page-title">
        {TITLE}
      </h2>
      <p className="lead">
        Set out a place’s own invest-to-save case: its partners, its themes with what each costs and saves year by year, and who gets the savings. Then see it in the explorer: who pays, who saves, and when. What you type is kept in this browser as you go.
      </p>
      <p role="status" className="case-said">
        {said}
      </p>
      <p role="status" className="visually-hidden" ref={setLive} />
      {unreadable && (
        <p className="notice notice-error" id={`${id}-unreadable`}>
          The case kept in this browser could not be read as a case; start from a template (or import a file). It is kept as it is until you do.
        </p>
      )}
      <TemplatePicker national={national} onPick={replace('templates')} confirm={confirmFor('templates')} />
      {view.status === 'empty' && !unreadable && <p className="case-empty">Choose a template above, or import a file below, to start building.</p>}
      {readable && (
        <CellLiveRegion.Provider value={live}>
          <ProblemCount count={view.problemCount} firstId={view.firstProblemId} />
          <CaseDetails {...builder} />
          <PartnersTable {...builder} />
          <ThemesSection {...builder} years={view.years} loose={view.located.loose} />
          <CohortHelper {...builder} />
        </CellLiveRegion.Provider>
      )}
      <CaseFiles doc={view.doc} problemCount={view.problemCount} onImport={replace('files')} confirm={confirmFor('files')} />
      <UseCase readable={readable} doc={view.doc} problemCount={view.problemCount} firstId={view.firstProblemId} onEditShown={(doc: CaseDoc) => replace('use')('the case shown in the explorer', doc)} confirm={confirmFor('use')} />
    </main>
  );
}
