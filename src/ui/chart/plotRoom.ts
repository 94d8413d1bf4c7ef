import { createContext, useEffect, useState, type RefObject } from 'react';

// Where styles.css marks a chart's box `--fit-screen: 1` (the two main charts side by side), the
// drawing reaches the window's foot, so sliders, headline and both charts are seen without a scroll.
interface PlotRoom {
  /** Null where the chart keeps its own height (and the width before it is measured). */
  height: number | null;
  width: number | null;
}
export const PlotRoomContext = createContext<PlotRoom>({ height: null, width: null });

/** Room under a fitted drawing for its box's padding and border and the page's margin. */
const BELOW_PLOT = 28;

/** From the top of `plot` in the page (not the scrolled window) to the window's foot; null where not fitted. */
function measurePlotRoom(plot: HTMLElement): number | null {
  const view = plot.ownerDocument.defaultView;
  if (!view || view.getComputedStyle(plot).getPropertyValue('--fit-screen').trim() !== '1') return null;
  const top = plot.getBoundingClientRect().top + view.scrollY;
  return Math.floor(view.innerHeight - top - BELOW_PLOT);
}

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
