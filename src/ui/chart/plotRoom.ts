import { createContext, useContext, useEffect, useState, type ReactNode, type RefObject } from 'react';

/**
 * Charts sized to the space left on the first screen. Where the style sheet marks a
 * chart's box with `--fit-screen: 1` (the two main charts beside each other in the normal wide
 * view and in presenter mode), the drawing takes the height from its top to the bottom of the
 * window, so the sliders, the headline and both charts are seen together without a scroll.
 * Elsewhere (a phone, a print, the stacked charts below) each chart keeps its own height.
 */
interface PlotRoom {
  /** Height left on the first screen, or null where the chart keeps its own height. */
  height: number | null;
  /** The drawing's width, or null before it is measured. */
  width: number | null;
}
export const PlotRoomContext = createContext<PlotRoom>({ height: null, width: null });

/** Space kept under a fitted drawing for its box's padding and border and the page's margin. */
const BELOW_PLOT = 28;

/** The height from the top of `plot` (in the page, not the scrolled window) to the window's foot, or null where the chart is not fitted. */
function measurePlotRoom(plot: HTMLElement): number | null {
  const view = plot.ownerDocument.defaultView;
  if (!view || view.getComputedStyle(plot).getPropertyValue('--fit-screen').trim() !== '1') return null;
  const top = plot.getBoundingClientRect().top + view.scrollY;
  return Math.floor(view.innerHeight - top - BELOW_PLOT);
}

/** Follows the room left for the drawing in `plot` as the window and the page above it change. */
export function usePlotRoom(plot: RefObject<HTMLElement | null>): PlotRoom {
  const [room, setRoom] = useState<PlotRoom>({ height: null, width: null });
  useEffect(() => {
    const el = plot.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = { height: measurePlotRoom(el), width: Math.round(el.clientWidth) };
        setRoom((prev) => (prev.height === next.height && prev.width === next.width ? prev : next));
      });
    };
    update();
    // What sits above the chart (header, notices, headline) may change height; so may the window.
    const observer = new ResizeObserver(update);
    observer.observe(el);
    el.ownerDocument.querySelectorAll('.site-header, .notices, .headline, #main').forEach((a) => observer.observe(a));
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [plot]);
  return room;
}

/**
 * Renders a chart's drawing at its height: its own (`natural`) unless its box is fitted to the
 * screen, then the room left, no less than `least` (a chart never squashed past reading) and no
 * more than half as tall again as its own. `children` receives the height in pixels and the
 * drawing's width (null until measured), for labels that must fit it.
 */
export function FittedHeight({ natural, least, children }: { natural: number; least: number; children: (height: number, width: number | null) => ReactNode }): ReactNode {
  const { height: room, width } = useContext(PlotRoomContext);
  const height = room === null || !Number.isFinite(room) ? natural : Math.round(Math.min(Math.max(room, least), natural * 1.5));
  return children(height, width);
}
