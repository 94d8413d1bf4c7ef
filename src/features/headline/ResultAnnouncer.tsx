import { useEffect, useState } from 'react';
import { modelSettingsEqual } from '../../model';
import { selectBaseline, selectResults, useAppData, useSettingsStore } from '../../state';
import { lowerFirst } from '../../lib/format';
import { baseWordsOf, netBenefitFigure } from '../../lib/headlineFigures';

/** Long enough for a burst of key presses or clicks to end in one reading. */
export const SETTLE_MS = 500;

/**
 * Tells screen reader users the new net benefit once a change is finished: the figures are not a
 * live region, as each slider step would queue a reading. Listening to the store costs steps nothing.
 */
export function ResultAnnouncer() {
  const { data } = useAppData();
  const [text, setText] = useState('');
  useEffect(() => {
    let timer: number | undefined;
    let spoken = useSettingsStore.getState().settings;
    const speak = () => {
      const { settings } = useSettingsStore.getState();
      if (modelSettingsEqual(settings, spoken)) return;
      spoken = settings;
      const npv = netBenefitFigure(selectResults(data, settings), selectBaseline(data), settings, baseWordsOf(data));
      setText(`${npv.label} ${npv.value}, ${lowerFirst(npv.comparison.spoken)}.`);
    };
    const unsubscribe = useSettingsStore.subscribe((state, previous) => {
      // Finished changes, and Back/Forward (the explorer's undo); never the steps of a live change.
      if (state.change.seq === previous.change.seq || state.change.kind === 'live') return;
      window.clearTimeout(timer);
      timer = window.setTimeout(speak, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [data]);
  return (
    <p className="visually-hidden" role="status" aria-atomic="true" data-result-announcer>
      {text}
    </p>
  );
}
