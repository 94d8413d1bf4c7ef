import { useEffect, useId, useRef } from 'react';

/** Asked before the case being built is replaced (by a template, a file or the case shown): inline, not a browser dialog. */
export function ReplaceConfirm({ what, onReplace, onKeep }: { what: string; onReplace: () => void; onKeep: () => void }) {
  const id = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  // The safe answer takes focus; the group's name (the question) is read as focus enters it.
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="notice case-confirm" role="group" aria-labelledby={id}>
      <p id={id}>
        This replaces the case you are building with {what}. Replace it?
      </p>
      <div className="button-row">
        <button type="button" className="secondary-button" onClick={onReplace}>
          Replace
        </button>
        <button ref={keepRef} type="button" className="secondary-button" onClick={onKeep}>
          Keep mine
        </button>
      </div>
    </div>
  );
}
