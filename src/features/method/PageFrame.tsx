import { useEffect, useRef, type ReactNode } from 'react';
import { useSettings } from '../../state';
import { routeHref } from './links';
import type { Route } from '../../lib/route';
import './method.css';

export function PageLink({ route, className, children }: { route: Route; className?: string; children: ReactNode }) {
  const settings = useSettings();
  return <a className={className} href={routeHref(settings, route)}>{children}</a>;
}

const backLink = (
  <PageLink route="explorer" className="back-link">
    <span aria-hidden="true">← </span>Back to the explorer
  </PageLink>
);

/** The frame of the Method and Check pages. The heading takes focus on opening, so keyboard and screen-reader users start at the top. */
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
        {backLink}
      </nav>
      <h2 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h2>
      {children}
      <p className="page-foot">{backLink}</p>
    </main>
  );
}
