import { useEffect, useEffectEvent, useId, useRef } from 'react';
import type { NumericSpec } from '../../model';
import { acceptsDisplay, wholeNumbersOnly, type ChangeKind } from '../../state';
import { capitalise, formatNumber } from '../../lib/format';
import { rangeFill } from '../../lib/rangeFill';
import { useTypedEntry } from '../../lib/useTypedEntry';

export interface NumericControlProps {
  spec: NumericSpec;
  label?: string;
  /** In display units (%, years). */
  value: number;
  onValue: (displayValue: number, kind: ChangeKind) => void;
  /** End of a drag or of typing. */
  onCommit: () => void;
  onReset: () => void;
  isDefault: boolean;
  /** The reset button's accessible name, if not "Reset Leakage to 0%". */
  resetLabel?: string;
  help?: string;
  source?: string;
  note?: string;
}

/** Quiet time after the last arrow-key step before it becomes a history entry. */
const KEYBOARD_COMMIT_MS = 600;

/** "20%", "1 year", "2.5 years". */
export const withUnit = (value: number, spec: Pick<NumericSpec, 'unit'>) =>
  `${formatNumber(value)}${spec.unit === '%' ? '%' : ` ${value === 1 ? 'year' : 'years'}`}`;
/** A typed value as a number (a typed minus sign "−" counts), or NaN. */
const parseTyped = (text: string) => (text.trim() === '' ? NaN : Number(text.replace('\u2212', '-')));
const rangeWords = (spec: NumericSpec) => `${wholeNumbersOnly(spec) ? 'a whole number' : 'a number'} from ${formatNumber(spec.min)} to ${formatNumber(spec.max)}`;

/** A slider with an exact number box. Dragging and typing are "live"; release, Enter or leaving the box commits. */
export function NumericControl(props: NumericControlProps) {
  const { spec, value, onValue, onCommit, onReset, isDefault } = props;
  const label = props.label ?? spec.label;
  const id = useId();
  const rangeId = `${id}-range`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const entry = useTypedEntry(value);
  const { draft } = entry;
  const rangeRef = useRef<HTMLInputElement>(null);
  const commitLater = useEffectEvent(onCommit);

  // The native "change" event fires on a slider's release (commit at once) and on each keyboard
  // step (commit once the burst pauses: one history entry per burst, not per arrow press).
  const pointerActive = useRef(false);
  useEffect(() => {
    const el = rangeRef.current;
    if (!el) return;
    let timer: number | undefined;
    // Deferred a tick so React's own change handler (which may carry the final value) runs first.
    const onNativeChange = () =>
      queueMicrotask(() => {
        window.clearTimeout(timer);
        timer = undefined;
        if (pointerActive.current) commitLater();
        else
          timer = window.setTimeout(() => {
            timer = undefined;
            commitLater();
          }, KEYBOARD_COMMIT_MS);
      });
    el.addEventListener('change', onNativeChange);
    return () => {
      el.removeEventListener('change', onNativeChange);
      if (timer !== undefined) {
        window.clearTimeout(timer);
        commitLater();
      }
    };
  }, []);

  const startDrag = () => {
    pointerActive.current = true;
    const end = () => {
      // Cleared after the release's own change event has been seen.
      window.setTimeout(() => (pointerActive.current = false), 0);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };

  const draftInvalid = draft !== null && !acceptsDisplay(parseTyped(draft), spec);

  // Usable values apply as they are typed. Leaving the box with an unusable one (out of range, a
  // fraction of a year, empty or unreadable) goes back to the value from before typing, not to a
  // range end or a digit typed on the way, and says so; Enter leaves it in the box to be corrected.
  const finishTyping = (leaving: boolean) => {
    if (draftInvalid && !leaving) return;
    if (draftInvalid && entry.before() !== value) onValue(entry.before(), 'live');
    entry.finish(draftInvalid && draft.trim() !== '' ? draft : null);
    onCommit();
  };

  const percent = spec.unit === '%';
  // A setting with named values (the scenario's prudent and base) says which, or that it lies between.
  const named = spec.names?.find(([, v]) => v === value)?.[0];
  const valueText = spec.names
    ? `${formatNumber(value)}% (${named ?? `between ${spec.names.map(([word]) => word).join(' and ')}`})`
    : `${formatNumber(value)} ${percent ? 'per cent' : value === 1 ? 'year' : 'years'}`;
  const valueWords = withUnit(value, spec);
  const error = draftInvalid
    ? `Enter ${rangeWords(spec)}.`
    : entry.note !== null && `“${entry.note}” is not ${rangeWords(spec)}, so ${label} stays at ${valueWords}.`;
  const describedBy = [props.help || props.note ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="control" data-control={spec.key}>
      <div className="control-head">
        <label htmlFor={rangeId} className="control-label">
          {label}
        </label>
        <span className="control-value" aria-hidden="true">
          {valueWords}
        </span>
      </div>
      <div className="control-row">
        <div className="range-wrap">
          <input
            ref={rangeRef}
            type="range"
            id={rangeId}
            min={spec.min}
            max={spec.max}
            step={spec.step}
            value={value}
            style={rangeFill(value, spec.min, spec.max)}
            aria-valuetext={valueText}
            aria-describedby={describedBy}
            onPointerDown={startDrag}
            onChange={(e) => {
              // Every step is live; the native change listener above commits.
              const n = Number(e.target.value);
              entry.finish();
              if (Number.isFinite(n)) onValue(n, 'live');
            }}
          />
          {spec.names && (
            <div className="range-ends" aria-hidden="true">
              {spec.names.map(([word]) => (
                <span key={word}>{capitalise(word)}</span>
              ))}
            </div>
          )}
        </div>
        <span className="number-wrap">
          <input
            type="number"
            className="number-input"
            aria-label={`${label}, exact value in ${percent ? 'per cent' : 'years'}`}
            min={spec.min}
            max={spec.max}
            step={spec.step}
            inputMode="decimal"
            value={draft ?? String(value)}
            aria-invalid={draftInvalid || undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              const text = e.target.value;
              entry.type(text);
              const n = parseTyped(text);
              if (acceptsDisplay(n, spec)) onValue(n, 'live');
            }}
            onBlur={() => finishTyping(true)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') finishTyping(false);
            }}
          />
          <span className="unit" aria-hidden="true">
            {percent ? '%' : 'years'}
          </span>
        </span>
        <button
          type="button"
          className="reset-button"
          onClick={() => {
            entry.finish();
            onReset();
          }}
          disabled={isDefault}
          aria-label={props.resetLabel ?? `Reset ${label} to ${withUnit(spec.default, spec)}`}
        >
          Reset
        </button>
      </div>
      {error && (
        // Only the note on a rejected entry is announced; the prompt while typing is in the description.
        <p className="control-error" id={errorId} role={draftInvalid ? undefined : 'status'}>
          {error}
        </p>
      )}
      {(props.help || props.note) && (
        <p className="help" id={helpId}>
          {props.note && <span className="control-note">{props.note} </span>}
          {props.help}
          {props.source && <span className="source"> Source: {props.source}.</span>}
        </p>
      )}
    </div>
  );
}
