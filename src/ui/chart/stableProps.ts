import { memo, useMemo } from 'react';
import { ReferenceDot, ReferenceLine } from 'recharts';
import { INK, MARKER } from '../palette';

// recharts 3 recomputes the whole chart when an axis, legend or margin prop is a new object, even with the same content.

/** `make`, remembered: one result for each distinct set of (number or string) arguments. */
export function once<A extends (number | string)[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = args.join(' ');
    if (!made.has(key)) made.set(key, make(...args));
    return made.get(key)!;
  };
}

export const tickStyle = once((fontSize: number) => ({ fill: INK, fontSize }));

export const margin = once((top: number, right: number, bottom: number, left: number) => ({ top, right, bottom, left }));

// Ticks to label: all (ours are round and few), or on a crowded axis every Nth, N the least at which
// no two labels touch as recharts measures them (so also under wider text spacing).
export const tickInterval = (crowded: boolean) => (crowded ? 'equidistantPreserveStart' : 0);

/** More years than fit side by side at full length ("2012-13") on a chart of a results column. */
export const MANY_YEARS = 6;

/** Marks a setting as it is (the robustness charts' "Now", the histogram's figure as set). */
export const MARKER_LINE = { stroke: MARKER, strokeWidth: 2, strokeDasharray: '4 3' } as const;

export const LEGEND_STYLE = { color: INK } as const;

/** `value`, or the earlier object while the content is the same (plain data only: no functions). */
export function useStable<T>(value: T): T {
  const key = JSON.stringify(value);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [key]);
}

// Reference lines and dots re-register (a full chart update) at each render of their own: memoised, only on a change.
export const StableReferenceLine = memo(ReferenceLine);
export const StableReferenceDot = memo(ReferenceDot);
