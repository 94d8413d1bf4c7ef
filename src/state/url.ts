import { serialiseSettings, type Settings } from '../model';
import { showCaseFromAddress } from './caseSwitch';
import { useSettingsStore, type StoreState } from './store';

type Store = Pick<typeof useSettingsStore, 'getState' | 'subscribe'>;
type Place = Pick<Location, 'pathname' | 'search' | 'hash' | 'href'>;

/** Same path and fragment, query holding only non-default values. */
export function urlFor(settings: Settings, place: Place = window.location): string {
  const query = serialiseSettings(settings);
  return `${place.pathname}${query ? `?${query}` : ''}${place.hash}`;
}

/** For "Copy link". */
export function shareLink(settings: Settings, place: Place = window.location): string {
  return new URL(urlFor(settings, place), place.href).href;
}

export const LIVE_PAUSE_MS = 250;

// A change under way writes only when it pauses or ends, pushing one entry then replacing it, so Back
// returns to before a drag. Not mid-drag: a new address makes the browser decode the icon (about 4 ms).
export function startUrlSync(store: Store = useSettingsStore, win: Window = window): () => void {
  // The change under way already has its history entry.
  let entryOpen = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
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
        // A change still unfinished (a preset just after arrow keys) gets its own entry first.
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
    showCaseFromAddress(win.location);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    // A change still waiting for its pause is not written: it would overwrite the Method page's address.
    cancel();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
