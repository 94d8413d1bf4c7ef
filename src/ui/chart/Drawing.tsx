import { useMemo, useState, type PointerEvent, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { FittedHeight } from './plotRoom';
import { once } from './stableProps';

/**
 * Whether the pointer is over a chart. A recharts <Tooltip> adds a tenth or more to every update,
 * so the main charts mount theirs only while hovered. After a touch it stays: a finger leaves at once.
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

const initialSize = once((width: number, height: number) => ({ width, height }));

interface DrawingProps {
  height: number;
  /** Fit the height to the room left on the first screen (plotRoom), never below this. */
  least?: number;
  /** The width recharts assumes until it has measured the box. */
  initialWidth?: number;
  onResize?: (width: number) => void;
  /** The chart, given its height, its box's width (null until measured) and whether the pointer is over it. */
  children: (height: number, width: number | null, hovered: boolean) => ReactElement;
}

/** A recharts drawing as wide as its box: the one frame every chart of the explorer is drawn in. */
export function Drawing({ height, least, initialWidth = 640, onResize, children }: DrawingProps) {
  const [hovered, hoverHandlers] = useWhileHovered();
  const draw = (h: number, width: number | null) => (
    <ResponsiveContainer width="100%" height={h} initialDimension={initialSize(initialWidth, h)} onResize={onResize}>
      {children(h, width, hovered)}
    </ResponsiveContainer>
  );
  return (
    <div {...hoverHandlers}>
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
