import { useEffect, useId, useRef, useState } from 'react';
import type { FigureId } from '../../lib/headlineFigures';
import { useAppData, useResults, useSettings } from '../../state';
import { buildExplanation } from '../method/explain';
import { ExplanationBody } from '../method/ExplanationBody';

/** "How is this worked out?": a button that opens a native modal <dialog> (it keeps focus; Escape closes it). */
export function HowWorkedOut({ figureId, label, value }: { figureId: FigureId; label: string; value: string }) {
  const { data } = useAppData();
  const settings = useSettings();
  const results = useResults();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const idBase = useId();
  // Built only while the dialog is open.
  const explanation = open ? buildExplanation(figureId, data, settings, results) : null;

  // Where there is no showModal (jsdom, older browsers) the open attribute stands in.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, [open]);

  const closed = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog?.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    closed();
  };

  return (
    <>
      <button ref={buttonRef} type="button" className="how-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        How is this worked out?<span className="visually-hidden"> ({label})</span>
      </button>
      <dialog
        ref={dialogRef}
        className="how-dialog"
        aria-labelledby={`${idBase}-title`}
        data-figure={figureId}
        onClose={closed}
        onClick={(e) => {
          // A click on the backdrop (the dialog element itself, outside its box) closes it.
          if (e.target === e.currentTarget) close();
        }}
      >
        {explanation && (
          <div className="how-dialog-box">
            <div className="how-dialog-head">
              <h3 id={`${idBase}-title`}>{explanation.title}</h3>
              <button type="button" className="secondary-button" onClick={close}>
                Close<span className="visually-hidden"> the explanation</span>
              </button>
            </div>
            <p className="how-dialog-figure">
              Shown in the headline: <strong>{value}</strong>
            </p>
            <ExplanationBody explanation={explanation} idBase={idBase} />
          </div>
        )}
      </dialog>
    </>
  );
}
