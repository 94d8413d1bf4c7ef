import { Fragment, useId } from 'react';
import { rangeSpec, type NumericSpec, type RangeKey } from '../../model';
import { setRange } from '../../state/uncertainty';
import { formatNumber, formatYears } from '../../lib/format';
import { rangeFill } from '../../lib/rangeFill';

const LABELS: Record<RangeKey, string> = {
  scale: 'Take-up range',
  leakage: 'Leakage range',
  delay: 'Delay range',
  deadweight: 'Deadweight range',
  displacement: 'Displacement range',
  attribution: 'Attribution range',
  obBenefit: 'Range of optimism bias on benefits',
  obCost: 'Range of optimism bias on costs',
};

const text = (v: number, spec: NumericSpec) => (spec.unit === '%' ? `${formatNumber(v)}%` : formatYears(v));

interface RangePairProps {
  which: RangeKey;
  /** The setting and its range in the model's units (the sliders are in display units). */
  current: number;
  range: readonly [number, number] | undefined;
  onCommit: () => void;
}

/** Two sliders, lowest and highest, for a Monte Carlo range; with no range both sit at the current setting. */
export function RangePair({ which, current, range, onCommit }: RangePairProps) {
  const id = useId();
  const spec = rangeSpec(which);
  const label = LABELS[which];
  const now = Math.round(current * spec.divisor * 1e6) / 1e6;
  const [lo, hi] = range ? [range[0] * spec.divisor, range[1] * spec.divisor] : [now, now];
  const set = (end: number, value: number) => {
    const [nextLo, nextHi] = end === 0 ? [Math.min(value, hi), hi] : [lo, Math.max(value, lo)];
    setRange(which, [nextLo / spec.divisor, nextHi / spec.divisor], 'live');
  };
  return (
    <fieldset className="mc-field" data-range={which}>
      <legend>{label}</legend>
      <div className="range-pair">
        {(['Lowest', 'Highest'] as const).map((name, end) => {
          const value = end === 0 ? lo : hi;
          return (
            <Fragment key={name}>
              <label htmlFor={`${id}-${end}`}>{name}</label>
              <input
                id={`${id}-${end}`}
                type="range"
                min={spec.min}
                max={spec.max}
                step={spec.step}
                value={value}
                style={rangeFill(value, spec.min, spec.max)}
                aria-label={`${name} ${label.toLowerCase()}`}
                aria-valuetext={text(value, spec)}
                onChange={(e) => set(end, Number(e.currentTarget.value))}
                onPointerUp={onCommit}
                onKeyUp={onCommit}
                onBlur={onCommit}
              />
              <span className="range-value" aria-hidden="true">
                {text(value, spec)}
              </span>
            </Fragment>
          );
        })}
      </div>
      <div className="mc-inline">
        <span className="help">{range ? `Drawn between ${text(lo, spec)} and ${text(hi, spec)}.` : `No range: stays at ${text(now, spec)}.`}</span>
        <button
          type="button"
          className="secondary-button"
          aria-label={`Clear the ${label.toLowerCase()}`}
          disabled={!range}
          onClick={() => {
            setRange(which, undefined, 'commit');
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
