import { useChartsHeld, useSlowMachine } from '../../state';

/**
 * On a machine too slow for the charts to follow a moving slider, the charts wait for it to rest
 * (state/chartPace.ts). This says so while it happens, so a dimmed chart is not taken for a fault.
 * Once the machine is known to be slow the note keeps its room, so the charts do not jump down
 * and back at every drag.
 */
export function ChartsHeldNote() {
  const slow = useSlowMachine();
  const held = useChartsHeld();
  return (
    <p className={slow ? 'charts-held is-reserved' : 'charts-held'} role="status">
      {held ? 'The charts will catch up when the slider pauses.' : ''}
    </p>
  );
}
