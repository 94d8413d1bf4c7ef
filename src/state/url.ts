import { serialiseSettings, type Settings } from '../model';
import { useSettingsStore, type StoreState } from './store';

type Store = Pick<typeof useSettingsStore, 'getState' | 'subscribe'>;
type Place = Pick<Location, 'pathname' | 'search' | 'hash' | 'href'>;

/** The address for some settings: same path and fragment, query holding only non-default values. */
export function urlFor(settings: Settings, place: Place = window.location): string {
  const query = serialiseSettings(settings);
  return `${place.pathname}${query ? `?${query}` : ''}${place.hash}`;
}

/** Absolute link to share (used by "Copy link"). */
export function shareLink(settings: Settings, place: Place = window.location): string {
  return new URL(urlFor(settings, place), place.href).href;
}

/** How long a change under way must pause before the address catches up with it. */
export const LIVE_PAUSE_MS = 250;

/**
 * Keeps the address bar in step with the store and the store in step with back/forward.
 *
 * A finished change (a click, a release of a slider, leaving a number box) adds a history entry
 * with pushState. A change still under way (dragging, typing, a burst of arrow keys) writes the
 * address only when it pauses for LIVE_PAUSE_MS or finishes: its first write adds one entry and
 * later writes update that entry with replaceState, so dragging never floods the history and Back
 * returns to the value before the drag. Nothing is written while the hand keeps moving: each
 * history call is slow, and a new address makes the browser fetch and decode the page's icon
 * again (about 4 ms of the page's main thread here), which cost the moving slider its frames.
 * (So Back pressed within LIVE_PAUSE_MS of a step, before the change has an entry, returns to the
 * last entry written and leaves out that change.) A click that lands while a change is still
 * unfinished (a preset just after arrow keys, whose burst is finished only after a pause) first
 * gives that change its entry, then adds its own. popstate reads the address back into the store.
 */
export function startUrlSync(store: Store = useSettingsStore, win: Window = window): () => void {
  // Whether the change under way already has its history entry.
  let entryOpen = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  /** Writes some settings to the address: a new entry unless the change under way has one. */
  const write = (settings: Settings, keepEntry: boolean) => {
    cancel();
    const url = urlFor(settings, win.location);
    const changed = url !== current();
    if (changed && entryOpen) win.history.replaceState(null, '', url);
    else if (changed) win.history.pushState(null, '', url);
    entryOpen = keepEntry && (entryOpen || changed);
  };

  const onChange = (state: StoreState, previous: StoreState) => {
    if (state.change.seq === previous.change.seq) return;
    switch (state.change.kind) {
      case 'external':
        cancel();
        entryOpen = false;
        return;
      case 'live':
        cancel();
        timer = setTimeout(() => write(store.getState().settings, true), LIVE_PAUSE_MS);
        return;
      case 'commit': {
        const unfinished = entryOpen || timer !== undefined;
        if (unfinished && state.settings !== previous.settings) write(previous.settings, false);
        write(state.settings, false);
      }
    }
  };
  const unsubscribe = store.subscribe(onChange);
  const onPop = () => {
    cancel();
    entryOpen = false;
    store.getState().loadFromQuery(win.location.search, 'external');
  };
  win.addEventListener('popstate', onPop);
  return () => {
    // A change still waiting for its pause is not written: the page may already show another
    // address (the Method page's), which it would overwrite.
    cancel();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
