import { createContext, useContext, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { cellDomId, type CellKind } from './caseGrid';
import { cellText } from './draftEdit';
import type { Path } from './draftRead';
import { isBlock, parseTsv } from './pasteGrid';

/** The page's polite live region: a box's problem is said there while it is being typed in. */
export const CellLiveRegion = createContext<HTMLElement | null>(null);

/** Up, Down and Enter (Shift+Enter: up) go to the box in the same column of the next row, as in a spreadsheet. */
function moveInColumn(e: KeyboardEvent<HTMLInputElement>) {
  if (e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
  const step = e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey) ? 1 : e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey) ? -1 : 0;
  if (step === 0) return;
  const box = e.currentTarget;
  const row = Number(box.dataset.row) + step;
  if (e.key === 'Enter') e.preventDefault();
  const target = box.closest('table')?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${box.dataset.col}"]`);
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.select();
}

export interface CellInputProps {
  path: Path;
  /** The box's accessible name: "Early help, costs 2026-27". */
  label: string;
  kind: CellKind;
  /** The draft's value at `path`, whatever it is. */
  value: unknown;
  problem?: string | undefined;
  onText: (text: string) => void;
  /** Where the box is in its grid, for moving up and down. */
  row?: number;
  col?: number;
  /** A block pasted into the box (a copy from a spreadsheet), to fill from here. */
  onPasteBlock?: (block: string[][]) => void;
  className?: string;
}

/**
 * One box of the builder. What is typed goes into the draft at once (a number as a number, anything else
 * as the text typed, so the checks can say what is wrong); while typing the box shows the text itself,
 * so "0." is not turned into "0" under the cursor. A problem is shown under the box and described to
 * assistive technology, and said in the live region while the box is being typed in.
 */
export function CellInput({ path, label, kind, value, problem, onText, row, col, onPasteBlock, className }: CellInputProps) {
  const [typing, setTyping] = useState<string | null>(null);
  const live = useContext(CellLiveRegion);
  const id = cellDomId(path);
  const problemId = `${id}-problem`;
  const paste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!onPasteBlock || !isBlock(text)) return;
    e.preventDefault();
    setTyping(null);
    const block = parseTsv(text);
    if (block.length) onPasteBlock(block);
  };
  return (
    <>
      <input
        id={id}
        type="text"
        className={`case-cell${kind === 'text' ? '' : ' is-number'}${className ? ` ${className}` : ''}`}
        inputMode={kind === 'text' ? undefined : 'decimal'}
        autoComplete="off"
        spellCheck={kind === 'text'}
        aria-label={label}
        value={typing ?? cellText(value, kind)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        data-row={row}
        data-col={col}
        onChange={(e) => {
          setTyping(e.target.value);
          onText(e.target.value);
        }}
        onBlur={() => setTyping(null)}
        onKeyDown={row === undefined ? undefined : moveInColumn}
        onPaste={paste}
      />
      {problem && (
        <span id={problemId} className="field-error case-cell-problem">
          {problem}
        </span>
      )}
      {live && typing !== null && problem && createPortal(<span>{`${label}: ${problem}`}</span>, live)}
    </>
  );
}
