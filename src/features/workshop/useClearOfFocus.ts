import { useLayoutEffect, useState, type RefObject } from 'react';

type Box = Pick<DOMRect, 'top' | 'right' | 'bottom' | 'left'>;

/** Whether two boxes share any area (touching edges and empty boxes do not count). */
export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Whether a notice fixed on screen should move because it would cover the focused control (WCAG
 * 2.2, 2.4.11): in presenter mode the spoken notice sits over the header's buttons for a while.
 */
export function useClearOfFocus(ref: RefObject<HTMLElement | null>, message: string): boolean {
  const [moved, setMoved] = useState(false);
  useLayoutEffect(() => {
    const notice = ref.current;
    if (!notice || !message) {
      setMoved(false);
      return;
    }
    const place = () => {
      const focused = document.activeElement;
      // Measured in its first place: the class that moves it is off while React renders `false`.
      notice.dataset.measuring = '';
      const covers =
        getComputedStyle(notice).position === 'fixed' &&
        focused !== null &&
        focused !== document.body &&
        overlaps(notice.getBoundingClientRect(), focused.getBoundingClientRect());
      delete notice.dataset.measuring;
      setMoved(covers);
    };
    place();
    // Again once the page has settled: the notice that turns presenter mode on shows before
    // the page's presenter layout (set in an effect) has placed it.
    const settled = requestAnimationFrame(place);
    document.addEventListener('focusin', place);
    return () => {
      cancelAnimationFrame(settled);
      document.removeEventListener('focusin', place);
    };
  }, [ref, message]);
  return moved;
}
