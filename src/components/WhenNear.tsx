import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** Events that show someone is using the page (a key press may be the Tab that moves focus on). */
const INTERACTIONS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Holds a heavy section below the fold back until it is needed: it mounts once it comes within
 * a screen or so of the viewport, or as soon as anyone interacts with the page (so keyboard and
 * screen-reader users find it in place when they move on). Until then a light placeholder with
 * the section's heading and anchor stands in, so links to it still work. Where the browser has no
 * IntersectionObserver it mounts at once.
 */
export function WhenNear({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();

  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: '100% 0px' });
    observer.observe(el);
    for (const type of INTERACTIONS) window.addEventListener(type, show, { once: true, passive: true, capture: true });
    return () => {
      observer.disconnect();
      for (const type of INTERACTIONS) window.removeEventListener(type, show, { capture: true });
    };
  }, [near]);

  if (near) return <>{children}</>;
  return (
    <section ref={ref} id={id} className="deferred-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="lazy-loading">Loading this part of the page…</p>
    </section>
  );
}
