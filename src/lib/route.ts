import { useSyncExternalStore } from 'react';

/** Pages reached by the address's #fragment, so the query string stays the settings alone. */
export type Route = 'explorer' | 'method' | 'check' | 'build';
const PAGES: readonly Route[] = ['method', 'check', 'build'];

/** The page is the fragment's first part (`#method&case=…` carries a case too). */
export const routeFromHash = (hash: string): Route => PAGES.find((page) => hash.replace(/^#/, '').split('&')[0] === page) ?? 'explorer';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useRoute = (): Route => useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash), () => 'explorer');
