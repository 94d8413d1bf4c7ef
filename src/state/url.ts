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

const LIVE_WRITE_MS = 150;

/**
 * Keeps the address bar in step with the store and the store in step with back/forward.
 *
 * A finished change (a click, a release of a slider, leaving a number box) adds a history entry
 * with pushState. A change still under way (dragging, typing) adds one entry when it begins and
 * then only updates that entry with replaceState, so dragging never floods the history and Back
 * returns to the value before the drag. popstate reads the address back into the store.
 */
export function startUrlSync(store: Store = useSettingsStore, win: Window = window): () => void {
  let pending = false;
  // While a change is under way the address is rewritten at most every LIVE_WRITE_MS: history
  // calls are slow enough to cost frames when made on every slider step.
  let queued: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (queued !== null && queued !== current()) win.history.replaceState(null, '', queued);
    queued = null;
  };

  const onChange = (state: StoreState, previous: StoreState) => {
    if (state.change.seq === previous.change.seq) return;
    const url = urlFor(state.settings, win.location);
    switch (state.change.kind) {
      case 'external':
        queued = null;
        flush();
        pending = false;
        return;
      case 'live':
        if (!pending) {
          if (url === current()) return;
          win.history.pushState(null, '', url);
          pending = true;
          return;
        }
        queued = url;
        timer ??= setTimeout(flush, LIVE_WRITE_MS);
        return;
      case 'commit':
        queued = null;
        flush();
        if (pending) {
          if (url !== current()) win.history.replaceState(null, '', url);
        } else if (url !== current()) win.history.pushState(null, '', url);
        pending = false;
    }
  };
  const unsubscribe = store.subscribe(onChange);
  const onPop = () => {
    pending = false;
    store.getState().loadFromQuery(win.location.search, 'external');
  };
  win.addEventListener('popstate', onPop);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}

/** Copies text to the clipboard, falling back to a hidden text area where the API is missing. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the older way
  }
  try {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.appendChild(area);
    area.select();
    const ok = typeof doc.execCommand === 'function' && doc.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}
