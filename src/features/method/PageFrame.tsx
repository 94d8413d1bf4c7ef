import { useEffect, useRef, type ReactNode } from 'react';
import { useSettings } from '../../state';
import { routeHref } from './links';
import type { Route } from '../../lib/route';
import './method.css';

/** "Back to the explorer", keeping the current settings in the address. */
export function BackLink() {
  const settings = useSettings();
  return (
    <a className="back-link" href={routeHref(settings, 'explorer')}>
      <span aria-hidden="true">← </span>Back to the explorer
    </a>
  );
}

/** A link to another page of the app that keeps the current settings. */
export function PageLink({ route, children }: { route: Route; children: ReactNode }) {
  const settings = useSettings();
  return <a href={routeHref(settings, route)}>{children}</a>;
}

/**
 * The frame of the Method and Check pages: the main landmark, a back link and the page heading,
 * which takes focus when the page opens so screen-reader and keyboard users start at the top.
 */
export function PageFrame({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.scrollingElement?.scrollTo?.(0, 0);
    heading.current?.focus({ preventScroll: true });
    const previous = document.title;
    document.title = `${title} – Community Budgets Explorer`;
    return () => {
      document.title = previous;
    };
  }, [title]);
  return (
    <main id="main" className={`method-page ${className}`} tabIndex={-1}>
      <nav className="page-nav" aria-label="Pages">
        <BackLink />
      </nav>
      <h2 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h2>
      {children}
      <p className="page-foot">
        <BackLink />
      </p>
    </main>
  );
}
