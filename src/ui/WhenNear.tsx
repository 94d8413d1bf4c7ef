import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Signs that someone is using the page (a key press may be the Tab that moves focus on). */
const INTERACTIONS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const;

// Mounts heavy content near the viewport, at the first interaction (so keyboard and screen-reader users find it in place), or to print.
export function WhenNear({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLDivElement>(null);

  // Before the first paint, as the shortcut keys are: a key pressed as soon as the page shows counts.
  useLayoutEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: '100% 0px' });
    observer.observe(el);
    for (const type of INTERACTIONS) window.addEventListener(type, show, { once: true, passive: true, capture: true });
    window.addEventListener('beforeprint', show, { once: true });
    return () => {
      observer.disconnect();
      for (const type of INTERACTIONS) window.removeEventListener(type, show, { capture: true });
      window.removeEventListener('beforeprint', show);
    };
  }, [near]);

  if (near) return <>{children}</>;
  return (
    <div ref={ref} className="when-near">
      {placeholder}
    </div>
  );
}

/** The stand-in for a section below the fold: its heading and anchor, so links to it still work. */
export function SectionPlaceholder({ id, title }: { id: string; title: string }) {
  const headingId = useId();
  return (
    <section id={id} className="deferred-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="lazy-loading">Loading this part of the page…</p>
    </section>
  );
}
