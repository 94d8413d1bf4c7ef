import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 600px)';

// One list for the page: React reads the snapshot at every render of every chart that asks,
// slider steps included, and a new matchMedia() each time would be work for nothing.
let list: MediaQueryList | null | undefined;
const mediaList = (): MediaQueryList | null =>
  (list ??= typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const media = mediaList();
  if (!media) return () => undefined;
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const snapshot = () => mediaList()?.matches ?? false;

/** True on a phone-width screen, where charts use shorter labels. */
export const useNarrow = (): boolean => useSyncExternalStore(subscribe, snapshot, () => false);
