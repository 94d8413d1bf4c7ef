import { useEffect, type RefObject } from 'react';
import { usePacerStore } from '../state';

// On the element itself: the flag (state/chartPace.ts) flips at every slider step, and a re-render would double its cost.
export function useChartsStaleMark(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const mark = () => ref.current?.toggleAttribute('data-charts-stale', usePacerStore.getState().stale);
    mark();
    return usePacerStore.subscribe(mark);
  }, [ref]);
}
