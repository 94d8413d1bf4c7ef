import { useEffect, useLayoutEffect } from 'react';
import { PRESETS, SAVED_KEY, useDealStore, useSavedStore, useSettingsStore, useUiStore } from '../../state';
import { isInDialog, isTypingTarget, shortcutFor, toggleFullscreen } from './shortcuts';
import { prefersReducedMotion } from '../../lib/motion';

/** Keeps html[data-presenter], which the presenter stylesheet keys on, in step with the store. */
export function usePresenterAttribute(): void {
  const presenter = useUiStore((s) => s.presenter);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenter', presenter);
    return () => document.documentElement.removeAttribute('data-presenter');
  }, [presenter]);
}

export function togglePresenterAloud(announce: (text: string) => void): void {
  const { presenter, togglePresenter } = useUiStore.getState();
  togglePresenter();
  announce(presenter ? 'Presenter mode off.' : 'Presenter mode on. Press Escape to leave.');
}

export const fullscreenAloud = (announce: (text: string) => void): void =>
  void toggleFullscreen().then((r) => {
    if (r === 'unavailable') announce('Full screen is not available in this browser.');
  });

/** Reads saved scenarios once, and again when another tab changes them. */
export function useSavedHydration(): void {
  useEffect(() => {
    if (!useSavedStore.getState().hydrated) useSavedStore.getState().hydrate();
    const onStorage = (e: StorageEvent) => {
      if (e.key === SAVED_KEY) useSavedStore.getState().hydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}

/**
 * The single-key shortcuts, said aloud through `announce`. Escape closes the innermost thing open:
 * a header panel (`closePanel` says if one was), the comparison, then presenter mode; one listener
 * keeps that order. A field that handled Escape prevents its default, and a dialog closes itself.
 */
export function useWorkshopKeys(announce: (text: string) => void, closePanel: () => boolean): void {
  // Before the first paint: a key pressed as soon as the page shows must not be lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ws = useUiStore.getState();
      if (e.key === 'Escape' && !e.defaultPrevented && !e.repeat && !isInDialog(e.target)) {
        if (closePanel()) {
          e.preventDefault();
          return;
        }
        // In a list, Escape belongs to the list; in a box, the box may use it.
        if (ws.compare && !isTypingTarget(e.target)) {
          e.preventDefault();
          ws.setCompare(false);
          announce('Comparison closed.');
          return;
        }
      }
      const action = shortcutFor(e, { presenter: ws.presenter, enabled: ws.shortcuts });
      if (!action) return;
      e.preventDefault();
      const settings = useSettingsStore.getState();
      if (action.kind === 'presenter') togglePresenterAloud(announce);
      else if (action.kind === 'fullscreen') fullscreenAloud(announce);
      else if (action.kind === 'leave') {
        ws.setPresenter(false);
        announce('Presenter mode off.');
      } else if (action.kind === 'preset') {
        settings.applyPreset(action.id);
        announce(`Preset: ${PRESETS.find((p) => p.id === action.id)?.label ?? action.id}.`);
      } else if (action.kind === 'reset') {
        settings.resetAll();
        announce('All settings reset to the report base.');
      } else if (action.kind === 'deal') {
        const deal = useDealStore.getState();
        deal.toggleOpen();
        announce(deal.open ? 'Deal room closed.' : 'Deal room open.');
      } else {
        ws.toggleCompare();
        announce(ws.compare ? 'Comparison closed.' : 'Comparison open.');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [announce, closePanel]);
}

const WATCHED = '.figure-value, .control-value, .compare-figures td';
/** How long a changed figure stays lit before its 250 ms fade (workshop.css): 300 ms in all. */
export const FLASH_HOLD_MS = 50;

/**
 * In presenter mode a changed figure lights up and fades, so the room sees what moved. One that
 * keeps changing stays lit (held, not restarted, which would force a layout at every step).
 */
export function useFlashChanges(on: boolean): void {
  useEffect(() => {
    if (!on || prefersReducedMotion() || typeof MutationObserver === 'undefined') return;
    const root = document.getElementById('main');
    if (!root) return;
    const timers = new Map<Element, number>();
    const observer = new MutationObserver((mutations) => {
      const changed = new Set<Element>();
      for (const m of mutations) {
        const node = m.target.nodeType === Node.TEXT_NODE ? m.target.parentElement : (m.target as Element);
        const el = node?.closest?.(WATCHED);
        if (el) changed.add(el);
      }
      for (const el of changed) {
        el.setAttribute('data-moved', '');
        window.clearTimeout(timers.get(el));
        timers.set(
          el,
          window.setTimeout(() => {
            el.removeAttribute('data-moved');
            timers.delete(el);
          }, FLASH_HOLD_MS),
        );
      }
    });
    observer.observe(root, { subtree: true, characterData: true, childList: true });
    return () => {
      observer.disconnect();
      // Leaving presenter mode mid-highlight must not leave a figure lit for next time.
      for (const [el, t] of timers) {
        window.clearTimeout(t);
        el.removeAttribute('data-moved');
      }
    };
  }, [on]);
}
