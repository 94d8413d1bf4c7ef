import { beforeEach, describe, expect, it } from 'vitest';
import { resetUiStore, useUiStore } from '../../src/state/ui';

beforeEach(() => resetUiStore());

describe('the UI store: workshop', () => {
  it('toggles presenter and compare and remembers the two sides', () => {
    const s = useUiStore.getState();
    s.togglePresenter();
    s.toggleCompare();
    s.setCompareSide('b', 'saved:abc');
    expect(useUiStore.getState()).toMatchObject({ presenter: true, compare: true, compareA: 'current', compareB: 'saved:abc' });
  });

  it('turns single-key shortcuts off and remembers it', () => {
    useUiStore.getState().setShortcuts(false);
    expect(window.localStorage.getItem('community-budgets-explorer:shortcuts')).toBe('off');
    useUiStore.getState().setShortcuts(true);
  });
});

