import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  NAME_MAX,
  applyImport,
  checkImportSize,
  checkName,
  exportText,
  parseImport,
  planImport,
  readStoredText,
  settingsOf,
  isForCase,
  openScenario,
  useCaseStore,
  useAppData,
  useSavedStore,
  useSettingsStore,
  useUiStore,
  type ClashChoice,
  type ImportItem,
  type SavedScenario,
} from '../../state';
import { describeDifferences } from '../../lib/describe';
import { downloadText, fileDate } from '../../lib/download';

/** Saved-at times in en-GB: "31 Mar 2025, 14:05". */
function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'unknown time';
  const parts = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' } as const;
  return new Intl.DateTimeFormat('en-GB', parts).format(d);
}

type Status = { text: string; undo?: { scenario: SavedScenario; index: number } } | null;

/** A status line for a change, saying so plainly when the browser did not store it. */
const storedNote = (text: string, stored: boolean): string =>
  stored ? text : `${text} It is not stored in this browser, so it lasts only while this page is open (the notice at the top of the page says why): export your scenarios to a file to keep them.`;

function SavedItem({ s, onStatus, onDeleted }: { s: SavedScenario; onStatus: (st: Status) => void; onDeleted: (index: number) => void }) {
  const { data } = useAppData();
  const vocabulary = useSettingsStore((st) => st.vocabulary);
  const shown = useCaseStore((st) => st.active);
  const rename = useSavedStore((st) => st.rename);
  const duplicate = useSavedStore((st) => st.duplicate);
  const remove = useSavedStore((st) => st.remove);
  const setSide = useUiStore((st) => st.setCompareSide);
  const setCompare = useUiStore((st) => st.setCompare);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const renameRef = useRef<HTMLButtonElement>(null);

  // The rename form goes, and focus with it: back to the Rename button, enabled again by then.
  const stopEditing = () => {
    setEditing(null);
    setError(null);
    queueMicrotask(() => renameRef.current?.focus());
  };

  const finishRename = (e: FormEvent) => {
    e.preventDefault();
    if (editing === null) return;
    const result = rename(s.id, editing);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onStatus({ text: storedNote(`Renamed to “${editing.trim()}”.`, result.stored) });
    stopEditing();
  };

  const load = () => {
    openScenario(s);
    // The bad-link notice lists them; the panel may cover it, so the status says so too.
    const notUnderstood = useSettingsStore.getState().ui.ignored.length;
    const except = notUnderstood === 1 ? 'one setting' : `${notUnderstood} settings`;
    const left = `, except ${except} this version does not understand, left at the default (listed at the top of the page)`;
    onStatus({ text: `Loaded “${s.name}”${notUnderstood ? left : ''}.` });
  };
  const compare = () => {
    setSide('a', 'current');
    setSide('b', `saved:${s.id}`);
    setCompare(true);
    onStatus({ text: `Comparing “${s.name}” with the current settings.` });
  };
  const onDuplicate = () => {
    const result = duplicate(s.id);
    if (result) onStatus({ text: result.ok ? storedNote(`Duplicated as “${result.copy.name}”.`, result.stored) : result.error });
  };
  const onDelete = () => {
    const gone = remove(s.id);
    if (!gone) return;
    onStatus({ text: storedNote(`Deleted “${s.name}”.`, gone.stored), undo: gone });
    onDeleted(gone.index);
  };

  return (
    <li className="saved-item" data-saved={s.name}>
      {editing === null ? (
        <h3 className="saved-name">{s.name}</h3>
      ) : (
        <form className="rename-form" onSubmit={finishRename}>
          <label htmlFor={`${id}-name`}>New name for “{s.name}”</label>
          <input
            id={`${id}-name`}
            value={editing}
            maxLength={NAME_MAX}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              // Handled here (the default prevented), so the panel stays open.
              if (e.key === 'Escape') {
                e.preventDefault();
                stopEditing();
              }
            }}
          />
          <button type="submit" className="primary-button">
            Save name
          </button>
          <button type="button" className="secondary-button" onClick={stopEditing}>
            Cancel
          </button>
          {error && (
            <p className="control-error" id={`${id}-error`}>
              {error}
            </p>
          )}
        </form>
      )}
      <p className="saved-meta">
        {isForCase(s, shown) ? describeDifferences(settingsOf(s.query, vocabulary), data) : s.case ? `For your own case “${s.case.name}”` : 'For the national case'}. Saved {formatSavedAt(s.savedAt)}.
      </p>
      <div className="saved-actions">
        <button type="button" className="primary-button" aria-label={`Load “${s.name}”`} onClick={load}>
          Load
        </button>
        <button type="button" className="secondary-button" aria-label={`Compare “${s.name}” with the current settings`} onClick={compare}>
          Compare
        </button>
        <button type="button" ref={renameRef} className="secondary-button" aria-label={`Rename “${s.name}”`} onClick={() => setEditing(s.name)} disabled={editing !== null}>
          Rename
        </button>
        <button type="button" className="secondary-button" aria-label={`Duplicate “${s.name}”`} onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className="secondary-button danger" aria-label={`Delete “${s.name}”`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

function MessageList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}

type ImportPlan = { items: ImportItem[]; choices: ClashChoice[]; warnings: string[]; errors: string[] };
type ImportState =
  | { stage: 'idle' }
  | { stage: 'failed'; errors: string[] }
  | ({ stage: 'resolve' } & ImportPlan)
  | { stage: 'done'; messages: string[]; warnings: string[]; errors: string[] };

function ImportSection({ onStatus }: { onStatus: (st: Status) => void }) {
  const scenarios = useSavedStore((s) => s.scenarios);
  const replaceAll = useSavedStore((s) => s.replaceAll);
  const [state, setState] = useState<ImportState>({ stage: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();

  // Import and Cancel remove the choices, and the button pressed with them: focus goes back to
  // the file picker, just before the result, rather than falling to the page.
  const closeChoices = (then: () => void) => {
    then();
    queueMicrotask(() => fileRef.current?.focus());
  };
  const cancel = () => {
    setState({ stage: 'idle' });
    onStatus({ text: 'Import cancelled; nothing was changed.' });
  };

  const finish = ({ items, choices, warnings, errors }: ImportPlan) => {
    const result = applyImport(useSavedStore.getState().scenarios, items, choices);
    const { stored } = replaceAll(result.scenarios);
    setState({ stage: 'done', messages: result.messages, warnings, errors });
    const full = result.refused ? `, ${result.refused} not imported because the list is full` : '';
    onStatus({ text: storedNote(`Import finished: ${result.added} added, ${result.replaced} replaced, ${result.skipped} skipped${full}.`, stored) });
  };

  const fail = (errors: string[]) => setState({ stage: 'failed', errors });
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Cleared at once, so that the same file can be chosen again.
    if (fileRef.current) fileRef.current.value = '';
    // Checked before reading, so an oversized file never blocks the page.
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) return fail([tooLarge]);
    const text = await file.text().catch(() => null);
    if (text === null) return fail([`The file “${file.name}” could not be read.`]);
    const parsed = parseImport(text);
    if (!parsed.ok) return fail(parsed.errors);
    const items = planImport(scenarios, parsed.scenarios);
    const choices = items.map((i): ClashChoice => (i.identical ? 'skip' : 'keep-both'));
    const plan = { items, choices, warnings: parsed.warnings, errors: parsed.errors };
    if (items.some((i) => i.clash)) setState({ stage: 'resolve', ...plan });
    else finish(plan);
  };

  return (
    <div className="import">
      <label htmlFor={`${id}-file`} className="control-label">
        Import saved scenarios from a file
      </label>
      <input ref={fileRef} id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} />
      {state.stage === 'failed' && (
        <div role="alert" className="notice notice-error">
          <p>
            <strong>Nothing was imported.</strong>
          </p>
          <MessageList items={state.errors} />
        </div>
      )}
      {state.stage === 'resolve' && (
        <div className="import-resolve" role="group" aria-labelledby={`${id}-clash`}>
          <h3 id={`${id}-clash`}>Some names are already in use</h3>
          <p>Choose what to do with each scenario from the file whose name you already use. Nothing is changed until you press “Import”.</p>
          {state.items.map((item, i) =>
            item.clash ? (
              <fieldset key={i} className="fieldset">
                <legend>
                  “{item.incoming.name}”{item.identical ? ' (same settings as yours)' : ' (different settings from yours)'}
                </legend>
                {(
                  [
                    ['keep-both', 'Keep both (the imported one gets a number added to its name)'],
                    ['replace', `Replace my saved “${item.clash.name}” with the one from the file`],
                    ['skip', 'Skip it (keep mine only)'],
                  ] as const
                ).map(([value, label]) => (
                  <div key={value} className="choice">
                    <input
                      type="radio"
                      id={`${id}-${i}-${value}`}
                      name={`${id}-${i}`}
                      checked={state.choices[i] === value}
                      onChange={() => setState({ ...state, choices: state.choices.map((c, j) => (j === i ? value : c)) })}
                    />
                    <label htmlFor={`${id}-${i}-${value}`}>{label}</label>
                  </div>
                ))}
              </fieldset>
            ) : null,
          )}
          <div className="button-row">
            <button type="button" className="primary-button" onClick={() => closeChoices(() => finish(state))}>
              Import
            </button>
            <button type="button" className="secondary-button" onClick={() => closeChoices(cancel)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.stage === 'done' && (
        <div className="import-result">
          <MessageList items={state.messages} />
        </div>
      )}
      {(state.stage === 'done' || state.stage === 'resolve') && state.errors.length + state.warnings.length > 0 && (
        <div className="notice notice-warning" role="status">
          <div className="notice-body">
            {state.errors.length > 0 && <p>These entries could not be read and were left out:</p>}
            <MessageList items={state.errors} />
            {state.warnings.length > 0 && <p>Some settings were not understood:</p>}
            <MessageList items={state.warnings} />
          </div>
        </div>
      )}
    </div>
  );
}

/** Save, list, rename, duplicate, delete, export and import named scenarios. */
export function SavedPanel({ id }: { id: string }) {
  const scenarios = useSavedStore((s) => s.scenarios);
  const setAside = useSavedStore((s) => s.setAside);
  const save = useSavedStore((s) => s.save);
  const restore = useSavedStore((s) => s.restore);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const nameId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // Delete and Undo remove the button pressed; once the list has re-rendered, focus goes to the
  // scenario now at this place in the list, or the one before, or Undo when the list is empty.
  const [focusAt, setFocusAt] = useState<{ index: number } | null>(null);
  useEffect(() => {
    if (!focusAt) return;
    const items = listRef.current?.children;
    const item = items?.item(focusAt.index) ?? items?.item(focusAt.index - 1);
    (item?.querySelector<HTMLElement>('.saved-actions button') ?? undoRef.current)?.focus();
  }, [focusAt]);

  const undo = ({ scenario, index }: { scenario: SavedScenario; index: number }) => {
    const result = restore(scenario, index);
    setStatus({ text: result.ok ? storedNote(`Put back “${scenario.name}”.`, result.stored) : result.error });
    if (result.ok) setFocusAt({ index });
  };

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkName(name);
    setNameError(problem);
    if (problem) return;
    const outcome = save(name, useSettingsStore.getState().settings);
    if (!outcome.ok) {
      setStatus({ text: `Not saved. ${outcome.error}` });
      return;
    }
    setName('');
    const text = outcome.renamed ? `Saved as “${outcome.saved.name}”, because “${name.trim()}” was already taken.` : `Saved “${outcome.saved.name}”.`;
    setStatus({ text: storedNote(text, outcome.stored) });
  };

  return (
    <section className="workshop-panel saved-panel" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Saved scenarios</h2>
      <form className="save-form" onSubmit={onSave} noValidate>
        <label htmlFor={nameId} className="control-label">
          Name for the current settings
        </label>
        <div className="save-row">
          <input
            id={nameId}
            value={name}
            maxLength={NAME_MAX}
            autoComplete="off"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${nameId}-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary-button">
            Save current settings
          </button>
        </div>
        {nameError && (
          <p className="control-error" id={`${nameId}-error`}>
            {nameError}
          </p>
        )}
      </form>
      <div role="status" className="saved-status">
        {status?.text}
        {status?.undo && (
          <>
            {' '}
            <button type="button" ref={undoRef} className="link-button" onClick={() => undo(status.undo!)}>
              Undo
            </button>
          </>
        )}
      </div>
      {scenarios.length === 0 ? (
        <p className="help">Nothing saved yet. Saved scenarios stay in this browser until you delete them.</p>
      ) : (
        <ul ref={listRef} className="saved-list" aria-label="Your saved scenarios">
          {scenarios.map((s) => (
            <SavedItem key={s.id} s={s} onStatus={setStatus} onDeleted={(index) => setFocusAt({ index })} />
          ))}
        </ul>
      )}
      <h3>Keep them or move them to another computer</h3>
      <div className="button-row">
        <button
          type="button"
          className="secondary-button"
          disabled={scenarios.length === 0}
          onClick={() => downloadText(exportText(scenarios), `community-budgets-scenarios-${fileDate()}.json`, 'application/json')}
        >
          Export all to a file (JSON)
        </button>
      </div>
      <ImportSection onStatus={setStatus} />
      {setAside.length > 0 && (
        <div className="set-aside-list">
          <h3>Data set aside</h3>
          <p className="help">Saved data this version could not read is kept here unchanged. Download it to keep it or to send it to whoever looks after this app.</p>
          <ul>
            {setAside.map((e) => (
              <li key={e.key}>
                <SetAsideDownload storageKey={e.key} label={`Download the data set aside on ${formatSavedAt(e.at)}`} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Downloads a set-aside copy (or the stored list itself) exactly as it was stored. */
export function SetAsideDownload({ storageKey, label }: { storageKey: string; label: string }) {
  return (
    <button
      type="button"
      className="secondary-button"
      onClick={() => downloadText(readStoredText(storageKey) ?? '', `community-budgets-set-aside-${fileDate()}.json`, 'application/json')}
    >
      {label}
    </button>
  );
}
