import { useSyncExternalStore } from 'react';

/** Pages reached by the address's #fragment, so the query string stays the settings alone. */
export type Route = 'explorer' | 'method' | 'check';

const routeFromHash = (hash: string): Route => (hash === '#method' ? 'method' : hash === '#check' ? 'check' : 'explorer');

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useRoute = (): Route => useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash), () => 'explorer');
