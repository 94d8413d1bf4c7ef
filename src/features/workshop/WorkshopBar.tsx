// Presenter mode, saved scenarios, comparison and exports (issue 5).
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { PRESETS, useDealStore, useSavedStore, useUiStore } from '../../state';
import { KEYS_TABLE } from './shortcuts';
import { DataTable } from '../../ui/DataTable';
import { ExportPanel } from './ExportPanel';
import { SavedPanel } from './SavedPanel';
import { useClearOfFocus } from './useClearOfFocus';
import { fullscreenAloud, togglePresenterAloud, useFlashChanges, usePresenterAttribute, useSavedHydration, useWorkshopKeys } from './useWorkshopEffects';
import './workshop.css';

type PanelId = 'saved' | 'export' | 'keys';
const PANEL_NAMES: Record<PanelId, string> = { saved: 'Saved scenarios', export: 'Export and print', keys: 'Keyboard shortcuts' };

function KeysPanel({ id }: { id: string }) {
  const shortcuts = useUiStore((s) => s.shortcuts);
  const setShortcuts = useUiStore((s) => s.setShortcuts);
  return (
    <section className="workshop-panel keys-panel" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Keyboard shortcuts</h2>
      <div className="choice">
        <input type="checkbox" id={`${id}-on`} checked={shortcuts} onChange={(e) => setShortcuts(e.target.checked)} />
        <label htmlFor={`${id}-on`}>Use single-key shortcuts</label>
      </div>
      <DataTable spec={KEYS_TABLE} />
      <p className="help">Shortcuts do nothing while you are typing in a box or choosing from a list.</p>
    </section>
  );
}

/** The workshop tools in the page header. */
export function WorkshopBar() {
  const presenter = useUiStore((s) => s.presenter);
  const compare = useUiStore((s) => s.compare);
  const toggleCompare = useUiStore((s) => s.toggleCompare);
  const dealing = useDealStore((s) => s.open);
  const toggleDeal = useDealStore((s) => s.toggleOpen);
  const count = useSavedStore((s) => s.scenarios.length);
  const [open, setOpen] = useState<PanelId | null>(null);
  const [message, setMessage] = useState('');
  const id = useId();
  const buttons = useRef<Partial<Record<PanelId, HTMLButtonElement | null>>>({});
  const bar = useRef<HTMLDivElement>(null);
  const compareButton = useRef<HTMLButtonElement>(null);

  const announce = setMessage;
  const notice = useRef<HTMLParagraphElement>(null);
  const noticeMoved = useClearOfFocus(notice, message);
  useEffect(() => {
    if (!message) return;
    const t = window.setTimeout(() => setMessage(''), 2500);
    return () => window.clearTimeout(t);
  }, [message]);

  usePresenterAttribute();
  useSavedHydration();
  useFlashChanges(presenter);

  /** Closes the open panel and says whether there was one. */
  const closePanel = useCallback(
    (returnFocus: boolean): boolean => {
      if (!open) return false;
      const back = buttons.current[open];
      setOpen(null);
      if (returnFocus) back?.focus();
      return true;
    },
    [open],
  );
  // Escape closes the panel wherever focus is, but takes focus back to the panel's button only
  // from the bar: focus left there would be lost with the panel; focus elsewhere stays put.
  const closePanelOnEscape = useCallback(() => closePanel(bar.current?.contains(document.activeElement) === true), [closePanel]);
  useWorkshopKeys(announce, closePanelOnEscape);

  // Closing the comparison (its button, Escape or C) removes whatever had focus inside it, and
  // focus would fall to the page itself; it goes back to the Compare button instead.
  const wasComparing = useRef(compare);
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (wasComparing.current && !compare && focusLost) compareButton.current?.focus();
    wasComparing.current = compare;
  }, [compare]);

  const panelId = (p: PanelId) => `${id}-${p}`;
  const disclosure = (p: PanelId, label: string) => (
    <button
      type="button"
      ref={(el) => {
        buttons.current[p] = el;
      }}
      className={`secondary-button workshop-toggle workshop-${p}`}
      aria-expanded={open === p}
      aria-controls={panelId(p)}
      onClick={() => setOpen((o) => (o === p ? null : p))}
    >
      {label}
    </button>
  );

  return (
    <div className="workshop-bar" ref={bar}>
      <div className="workshop-buttons">
        <button type="button" className="secondary-button workshop-presenter" aria-pressed={presenter} onClick={() => togglePresenterAloud(announce)}>
          {presenter ? 'Leave presenter mode' : 'Presenter mode'}
        </button>
        <button type="button" ref={compareButton} className="secondary-button workshop-compare" aria-pressed={compare} onClick={toggleCompare}>
          Compare
        </button>
        <button type="button" className="secondary-button workshop-deal" aria-pressed={dealing} onClick={toggleDeal}>
          Deal room
        </button>
        {presenter && (
          <button type="button" className="secondary-button workshop-fullscreen" onClick={() => fullscreenAloud(announce)}>
            Full screen
          </button>
        )}
        {disclosure('saved', `Saved scenarios${count ? ` (${count})` : ''}`)}
        {disclosure('export', 'Export and print')}
        {disclosure('keys', 'Shortcuts')}
      </div>
      {presenter && (
        <p className="presenter-hint">
          Keys: <kbd>1</kbd>–<kbd>{PRESETS.length}</kbd> presets, <kbd>R</kbd> reset, <kbd>C</kbd> compare, <kbd>D</kbd> deal room, <kbd>F</kbd> full screen, <kbd>Esc</kbd> leave
        </p>
      )}
      <p role="status" ref={notice} className={`workshop-announce${message ? ' is-visible' : ''}${noticeMoved ? ' is-moved' : ''}`}>
        {message}
      </p>
      {open && (
        <div className="workshop-popover">
          <button type="button" className="secondary-button popover-close" aria-label={`Close panel: ${PANEL_NAMES[open]}`} onClick={() => closePanel(true)}>
            Close
          </button>
          {open === 'saved' && <SavedPanel id={panelId('saved')} />}
          {open === 'export' && <ExportPanel id={panelId('export')} />}
          {open === 'keys' && <KeysPanel id={panelId('keys')} />}
        </div>
      )}
    </div>
  );
}
