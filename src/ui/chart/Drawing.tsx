import { useMemo, useState, type PointerEvent, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { FittedHeight } from './plotRoom';
import { once } from './stableProps';

/**
 * Whether the pointer is over a chart, and the handlers that track it. A recharts <Tooltip> adds
 * a tenth or more to every chart update, so the main charts mount theirs only while someone can
 * see it: a moving slider then redraws charts without one. After a touch the tooltip stays, as
 * a finger leaves the chart at once.
 */
function useWhileHovered(): [boolean, { onPointerEnter: () => void; onPointerLeave: (e: PointerEvent) => void }] {
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

/** The size recharts assumes before it has measured (one object per size, see stableProps). */
const initialSize = once((width: number, height: number) => ({ width, height }));

interface DrawingProps {
  /** The drawing's own height in pixels. */
  height: number;
  /** Fit the height to the room left on the first screen (plotRoom), never below this. */
  least?: number;
  /** The width recharts assumes until it has measured the box. */
  initialWidth?: number;
  className?: string;
  /** Told the drawing's measured width. */
  onResize?: (width: number) => void;
  /** The chart, given its height, its box's width (null until measured) and whether the pointer is over it. */
  children: (height: number, width: number | null, hovered: boolean) => ReactElement;
}

/** A recharts drawing as wide as its box: the one frame every chart of the explorer is drawn in. */
export function Drawing({ height, least, initialWidth = 640, className, onResize, children }: DrawingProps) {
  const [hovered, hoverHandlers] = useWhileHovered();
  const draw = (h: number, width: number | null) => (
    <ResponsiveContainer width="100%" height={h} initialDimension={initialSize(initialWidth, h)} onResize={onResize}>
      {children(h, width, hovered)}
    </ResponsiveContainer>
  );
  return (
    <div className={className} {...hoverHandlers}>
      {least === undefined ? (
        draw(height, null)
      ) : (
        <FittedHeight natural={height} least={least}>
          {draw}
        </FittedHeight>
      )}
    </div>
  );
}
