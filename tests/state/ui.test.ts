import { beforeEach, describe, expect, it } from 'vitest';
import { resetUiStore, useWorkshopStore } from '../../src/state/ui';

beforeEach(() => resetUiStore());

describe('the UI store: workshop', () => {
  it('toggles presenter and compare and remembers the two sides', () => {
    const s = useWorkshopStore.getState();
    s.togglePresenter();
    s.toggleCompare();
    s.setCompareSide('b', 'saved:abc');
    expect(useWorkshopStore.getState()).toMatchObject({ presenter: true, compare: true, compareA: 'current', compareB: 'saved:abc' });
  });

  it('turns single-key shortcuts off and remembers it', () => {
    useWorkshopStore.getState().setShortcuts(false);
    expect(window.localStorage.getItem('community-budgets-explorer:shortcuts')).toBe('off');
    useWorkshopStore.getState().setShortcuts(true);
  });
});

