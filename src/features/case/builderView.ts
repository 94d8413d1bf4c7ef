import { checkCase, type CaseCheck, type CaseDoc } from '../../model';
import { cellDomId, locateProblems, pageCells, type LocatedProblems } from './caseGrid';
import { draftStatus, yearLabels, type DraftStatus } from './draftRead';

/** The id of the list of problems that belong to no box. */
export const LOOSE_PROBLEMS_ID = 'case-loose-problems';

export interface BuilderView {
  status: DraftStatus;
  /** The case, when the draft has no problems. */
  doc: CaseDoc | null;
  problemCount: number;
  years: string[];
  located: LocatedProblems;
  /** The element to take the user to for the first problem, if there is one on the page. */
  firstProblemId: string | null;
}

const NONE: LocatedProblems = { byCell: new Map(), loose: [], first: null };

/** The checks can only fail by saying so; this is the last guard, so a hostile draft never breaks the page. */
function safeCheck(draft: unknown): CaseCheck {
  try {
    return checkCase(draft);
  } catch (error) {
    const message = `could not be checked (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, error: message, problems: [{ path: [], message }] };
  }
}

/** What the page shows for a draft: whether it can lay it out, its problems by box, and the case when there are none. */
export function builderView(draft: unknown): BuilderView {
  const status = draftStatus(draft);
  if (status !== 'readable') return { status, doc: null, problemCount: 0, years: [], located: NONE, firstProblemId: null };
  const check = safeCheck(draft);
  const years = yearLabels(draft);
  if (check.ok) return { status, doc: check.value, problemCount: 0, years, located: NONE, firstProblemId: null };
  const located = locateProblems(check.problems, pageCells(draft, years));
  return { status, doc: null, problemCount: check.problems.length, years, located, firstProblemId: located.first ? cellDomId(located.first) : LOOSE_PROBLEMS_ID };
}

/**
 * Whether this browser keeps text for the case being built that could not be read as JSON (the store
 * then starts with nothing): the page says so, and the text is kept until the user replaces it.
 */
export function keptButUnread(draft: unknown, readStored: () => string | null): boolean {
  if (draft !== null && draft !== undefined) return false;
  try {
    return readStored() !== null;
  } catch {
    return false;
  }
}
