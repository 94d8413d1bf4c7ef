import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WorkshopBar } from '../../../src/features/workshop/WorkshopBar';
import { useSettingsStore } from '../../../src/state';
import { useSavedStore } from '../../../src/state/saved';
import { useUiStore } from '../../../src/state/ui';
import { renderWithData } from '../../helpers';
import { freshWorkshopEachTest } from './freshWorkshop';

// Keyboard and focus in the saved scenarios panel: focus must never fall to the page itself.

// After the first render, which reads (empty) storage.
const saveScenarios = (...names: string[]) =>
  act(() => {
    for (const name of names) useSavedStore.getState().save(name, useSettingsStore.getState().settings);
  });

/** The header bar, with a button and a field elsewhere on the page. */
function renderBar() {
  const user = userEvent.setup();
  renderWithData(
    <>
      <WorkshopBar />
      <button type="button">Somewhere else</button>
      <label>
        Field that handles Escape itself
        <input
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.preventDefault();
          }}
        />
      </label>
    </>,
  );
  return user;
}

const openSaved = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: /^Saved scenarios/ }));
  return screen.getByRole('region', { name: 'Saved scenarios' });
};

freshWorkshopEachTest();

describe('renaming a saved scenario', () => {
  it('Escape cancels only the rename and puts focus back on its Rename button', async () => {
    const user = renderBar();
    saveScenarios('Alpha');
    const panel = await openSaved(user);
    await user.click(within(panel).getByRole('button', { name: 'Rename “Alpha”' }));
    await user.type(within(panel).getByLabelText('New name for “Alpha”'), ' changed');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('region', { name: 'Saved scenarios' })).toBeInTheDocument();
    expect(within(panel).queryByLabelText('New name for “Alpha”')).not.toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Alpha' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Rename “Alpha”' })).toHaveFocus();
    // A second Escape, now the rename is gone, closes the panel.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Saved scenarios' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Saved scenarios/ })).toHaveFocus();
  });

  it('Cancel puts focus back on the Rename button', async () => {
    const user = renderBar();
    saveScenarios('Alpha');
    const panel = await openSaved(user);
    await user.click(within(panel).getByRole('button', { name: 'Rename “Alpha”' }));
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).getByRole('button', { name: 'Rename “Alpha”' })).toHaveFocus();
  });
});

describe('deleting a saved scenario', () => {
  it('moves focus to the next scenario, or the previous one when it was the last', async () => {
    const user = renderBar();
    saveScenarios('Alpha', 'Bravo', 'Charlie');
    const panel = await openSaved(user);
    await user.click(within(panel).getByRole('button', { name: 'Delete “Alpha”' }));
    expect(within(panel).getByRole('button', { name: 'Load “Bravo”' })).toHaveFocus();
    await user.click(within(panel).getByRole('button', { name: 'Delete “Charlie”' }));
    expect(within(panel).getByRole('button', { name: 'Load “Bravo”' })).toHaveFocus();
    // Undo stays one Shift+Tab away, before the list.
    await user.tab({ shift: true });
    expect(within(panel).getByRole('button', { name: 'Undo' })).toHaveFocus();
  });

  it('moves focus to Undo when the list is empty, and back to the scenario once put back', async () => {
    const user = renderBar();
    saveScenarios('Alpha');
    const panel = await openSaved(user);
    await user.click(within(panel).getByRole('button', { name: 'Delete “Alpha”' }));
    expect(within(panel).queryByRole('list', { name: 'Your saved scenarios' })).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(panel).getByRole('button', { name: 'Load “Alpha”' })).toHaveFocus();
  });
});

describe('Escape and the header panels', () => {
  it('closes the open panel when focus is elsewhere on the page, leaving focus there', async () => {
    const user = renderBar();
    await openSaved(user);
    await user.click(screen.getByRole('button', { name: 'Somewhere else' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Saved scenarios' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Somewhere else' })).toHaveFocus();
  });

  it('closes the open panel when nothing has focus', async () => {
    const user = renderBar();
    await user.click(screen.getByRole('button', { name: 'Shortcuts' }));
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });

  it('leaves the panel open when a field elsewhere handles Escape itself', async () => {
    const user = renderBar();
    await openSaved(user);
    await user.click(screen.getByLabelText('Field that handles Escape itself'));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('region', { name: 'Saved scenarios' })).toBeInTheDocument();
  });

  it('closes the panel from the name box and returns focus to its button, staying in presenter mode', async () => {
    const user = renderBar();
    await user.keyboard('p');
    const panel = await openSaved(user);
    await user.click(within(panel).getByLabelText('Name for the current settings'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Saved scenarios' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Saved scenarios/ })).toHaveFocus();
    expect(useUiStore.getState().presenter).toBe(true);
  });
});
