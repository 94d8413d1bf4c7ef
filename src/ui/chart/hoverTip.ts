import { useMemo, useState, type PointerEvent } from 'react';

/**
 * Whether the pointer is over a chart, and the handlers that track it. A recharts <Tooltip> adds
 * a tenth or more to every chart update, so the main charts mount theirs only while someone can
 * see it: a moving slider then redraws charts without one. After a touch the tooltip stays, as
 * a finger leaves the chart at once.
 */
export function useWhileHovered(): [boolean, { onPointerEnter: () => void; onPointerLeave: (e: PointerEvent) => void }] {
  const [hovered, setHovered] = useState(false);
  const handlers = useMemo(
    () => ({
      onPointerEnter: () => setHovered(true),
      onPointerLeave: (e: PointerEvent) => {
        if (e.pointerType !== 'touch') setHovered(false);
      },
    }),
    [],
  );
  return [hovered, handlers];
}
