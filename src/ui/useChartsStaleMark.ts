import { useEffect, type RefObject } from 'react';
import { usePacerStore } from '../state';

// Marks the element itself while the main charts lag (state/chartPace.ts): the flag flips at every
// slider step, and re-rendering the page for it would double the step's cost.
export function useChartsStaleMark(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const mark = () => ref.current?.toggleAttribute('data-charts-stale', usePacerStore.getState().stale);
    mark();
    return usePacerStore.subscribe(mark);
  }, [ref]);
}
