import { useEffect, useRef, useState, type ReactNode } from 'react';

type ScrollRegionName = { label: string; labelledBy?: undefined } | { labelledBy: string; label?: undefined };

type ScrollRegionProps = ScrollRegionName & {
  className?: string;
  id?: string;
  hidden?: boolean;
  children?: ReactNode;
};

// A box that scrolls sideways: only while it overflows a named region in the tab order, for keyboard
// scrolling (WCAG 2.1.1) without pointless tab stops. Without ResizeObserver (jsdom) a plain div.
export function ScrollRegion({ className, label, labelledBy, id, hidden, children }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  const measureRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    // A focused box keeps its tab stop until focus leaves, so a zoom that makes it fit keeps focus.
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth || document.activeElement === box);
    measureRef.current = measure;
    const resize = new ResizeObserver(measure);
    resize.observe(box);
    // The table can grow without the box resizing, or be replaced ("Show table"): watch it too.
    let child = box.firstElementChild;
    if (child) resize.observe(child);
    const mutation = new MutationObserver(() => {
      const next = box.firstElementChild;
      if (next === child) return;
      if (child) resize.unobserve(child);
      child = next;
      if (child) resize.observe(child);
      measure();
    });
    mutation.observe(box, { childList: true });
    return () => {
      resize.disconnect();
      mutation.disconnect();
    };
  }, []);

  return (
    <div
      ref={ref}
      id={id}
      className={className}
      hidden={hidden}
      tabIndex={overflows ? 0 : undefined}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? label : undefined}
      aria-labelledby={overflows ? labelledBy : undefined}
      onBlur={(e) => {
        if (e.target === e.currentTarget) measureRef.current();
      }}
    >
      {children}
    </div>
  );
}
