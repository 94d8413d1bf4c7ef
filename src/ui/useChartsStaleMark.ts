import { useEffect, type RefObject } from 'react';
import { usePacerStore } from '../state';

/**
 * Sets `data-charts-stale` on an element while the main charts lag (see state/chartPace.ts). Done
 * on the element directly: the flag turns on and off at every slider step, and a re-render of the
 * page around the charts for it would double the work the step costs.
 */
export function useChartsStaleMark(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const mark = () => ref.current?.toggleAttribute('data-charts-stale', usePacerStore.getState().stale);
    mark();
    return usePacerStore.subscribe(mark);
  }, [ref]);
}
