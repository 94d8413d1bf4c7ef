import type { CellKind } from './caseGrid';
import type { Path } from './draftRead';

/** What every part of the builder gets from the page: the draft, a way to change it, and each box's problem. */
export interface BuilderProps {
  draft: unknown;
  /** Changes the draft (from the latest one kept) and keeps it in this browser. */
  edit: (change: (draft: unknown) => unknown) => void;
  /** The message beside the box at `path`, if the checks found a problem there. */
  problemAt: (path: Path, kind: CellKind) => string | undefined;
  /** Says something in the page's status line. */
  say: (text: string) => void;
}
