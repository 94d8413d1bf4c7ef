import { useId } from 'react';
import type { NumericSpec, RangeKey } from '../../model';
import type { ChangeKind } from '../../state';
import { formatNumber, formatYears } from '../../lib/format';
import { rangeFill } from '../../lib/rangeFill';

interface RangePairProps {
  which: RangeKey;
  spec: NumericSpec;
  label: string;
  /** In display units, as is `range`; both ends while there is no range. */
  current: number;
  range: [number, number] | undefined;
  onRange: (range: [number, number] | undefined, kind: ChangeKind) => void;
  onCommit: () => void;
}

const text = (v: number, spec: NumericSpec) => (spec.unit === '%' ? `${formatNumber(v)}%` : formatYears(v));

/** Two sliders, lowest and highest, for a Monte Carlo range; with no range both sit at the current setting. */
export function RangePair({ which, spec, label, current, range, onRange, onCommit }: RangePairProps) {
  const id = useId();
  const [lo, hi] = range ?? [current, current];
  const set = (end: 0 | 1, value: number) => {
    const next: [number, number] = end === 0 ? [Math.min(value, hi), hi] : [lo, Math.max(value, lo)];
    onRange(next, 'live');
  };
  return (
    <fieldset className="mc-field" data-range={which}>
      <legend>{label}</legend>
      <div className="range-pair">
        {(['Lowest', 'Highest'] as const).map((name, end) => (
          <Slider
            key={name}
            id={`${id}-${end}`}
            name={`${name} ${label.toLowerCase()}`}
            short={name}
            spec={spec}
            value={end === 0 ? lo : hi}
            onValue={(v) => set(end as 0 | 1, v)}
            onCommit={onCommit}
          />
        ))}
      </div>
      <div className="mc-inline">
        <span className="help">{range ? `Drawn between ${text(lo, spec)} and ${text(hi, spec)}.` : `No range: stays at ${text(current, spec)}.`}</span>
        <button
          type="button"
          className="secondary-button"
          aria-label={`Clear the ${label.toLowerCase()}`}
          disabled={!range}
          onClick={() => {
            onRange(undefined, 'commit');
            // The button is disabled once the range is gone, which would drop focus to the page.
            document.getElementById(`${id}-0`)?.focus();
          }}
        >
          Clear
        </button>
      </div>
    </fieldset>
  );
}

function Slider(props: { id: string; name: string; short: string; spec: NumericSpec; value: number; onValue: (v: number) => void; onCommit: () => void }) {
  const { spec } = props;
  return (
    <>
      <label htmlFor={props.id}>{props.short}</label>
      <input
        id={props.id}
        type="range"
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={props.value}
        style={rangeFill(props.value, spec.min, spec.max)}
        aria-label={props.name}
        aria-valuetext={text(props.value, spec)}
        onChange={(e) => props.onValue(Number(e.currentTarget.value))}
        onPointerUp={props.onCommit}
        onKeyUp={props.onCommit}
        onBlur={props.onCommit}
      />
      <span className="range-value" aria-hidden="true">
        {text(props.value, spec)}
      </span>
    </>
  );
}
