import { afterEach, beforeEach } from 'vitest';
import { resetDealStore, resetStore } from '../../../src/state';
import { resetSavedStore } from '../../../src/state/saved';
import { resetUiStore } from '../../../src/state/ui';

/** Each test starts from the report's settings, nothing saved, no panel or comparison, no presenter mode. */
export function freshWorkshopEachTest(): void {
  beforeEach(() => {
    resetStore();
    resetSavedStore();
    resetUiStore();
    resetDealStore();
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => document.documentElement.removeAttribute('data-presenter'));
}
