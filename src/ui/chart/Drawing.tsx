import { useContext, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { PlotRoomContext } from './plotRoom';
import { once } from './stableProps';

const initialSize = once((width: number, height: number) => ({ width, height }));

interface DrawingProps {
  height: number;
  /** Fit the height to the room left on the first screen (plotRoom), not below this nor above 1.5 × `height`. */
  least?: number;
  initialWidth?: number;
  onResize?: (width: number) => void;
  /** The chart, given its height, its box's width (null until measured) and whether the pointer is over it. */
  children: (height: number, width: number | null, hovered: boolean) => ReactElement;
}

/** A recharts drawing as wide as its box: the one frame every chart of the explorer is drawn in. */
export function Drawing({ height, least, initialWidth = 640, onResize, children }: DrawingProps) {
  // A recharts <Tooltip> adds a tenth to every update: mounted only while hovered (after a touch it stays).
  const [hovered, setHovered] = useState(false);
  const { height: room, width } = useContext(PlotRoomContext);
  const fits = least !== undefined && room !== null && Number.isFinite(room);
  const fitted = fits ? Math.round(Math.min(Math.max(room, least), height * 1.5)) : height;
  return (
    <div
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={(e) => {
        if (e.pointerType !== 'touch') setHovered(false);
      }}
    >
      <ResponsiveContainer width="100%" height={fitted} initialDimension={initialSize(initialWidth, fitted)} onResize={onResize}>
        {children(fitted, width, hovered)}
      </ResponsiveContainer>
    </div>
  );
}
