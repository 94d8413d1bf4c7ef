import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparePanel } from '../../../src/features/workshop/ComparePanel';
import { WorkshopBar } from '../../../src/features/workshop/WorkshopBar';
import { useUiStore } from '../../../src/state/ui';
import { renderWithData } from '../../helpers';
import { freshWorkshopEachTest } from './freshWorkshop';

// Closing the comparison, by its button or Escape, and where focus goes afterwards.

/** The header bar and, as in the explorer, the comparison while it is open. */
function Page() {
  const comparing = useUiStore((s) => s.compare);
  return (
    <>
      <WorkshopBar />
      {comparing && <ComparePanel />}
    </>
  );
}

const compareButton = () => screen.getByRole('button', { name: 'Compare' });
const comparison = () => screen.queryByRole('region', { name: 'Compare scenarios' });

function renderPage() {
  const user = userEvent.setup();
  renderWithData(<Page />);
  return user;
}

freshWorkshopEachTest();

describe('closing the comparison', () => {
  it('“Close comparison” returns focus to the header’s Compare button', async () => {
    const user = renderPage();
    await user.click(compareButton());
    await user.click(screen.getByRole('button', { name: 'Close comparison' }));
    expect(comparison()).not.toBeInTheDocument();
    expect(compareButton()).toHaveFocus();
  });

  it('Escape closes it from inside and returns focus to the Compare button', async () => {
    const user = renderPage();
    await user.click(compareButton());
    await user.click(screen.getByRole('button', { name: 'Swap A and B' }));
    await user.keyboard('{Escape}');
    expect(comparison()).not.toBeInTheDocument();
    expect(compareButton()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Comparison closed.');
  });

  it('Escape closes it when nothing has focus', async () => {
    const user = renderPage();
    await user.click(compareButton());
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('{Escape}');
    expect(comparison()).not.toBeInTheDocument();
    expect(compareButton()).toHaveFocus();
  });

  it('Escape leaves it open while choosing a scenario from a list', async () => {
    const user = renderPage();
    await user.click(compareButton());
    await user.click(screen.getByLabelText('First scenario (A)'));
    await user.keyboard('{Escape}');
    expect(comparison()).toBeInTheDocument();
  });

  it('Escape closes the innermost thing first: a header panel, then the comparison, then presenter mode', async () => {
    const user = renderPage();
    await user.keyboard('p');
    await user.keyboard('c');
    expect(comparison()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export and print' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Export and print' })).not.toBeInTheDocument();
    expect(comparison()).toBeInTheDocument();
    expect(useUiStore.getState().presenter).toBe(true);
    await user.keyboard('{Escape}');
    expect(comparison()).not.toBeInTheDocument();
    expect(useUiStore.getState().presenter).toBe(true);
    await user.keyboard('{Escape}');
    expect(useUiStore.getState().presenter).toBe(false);
  });

  it('does not take focus when the comparison is opened and closed by key while focus is elsewhere', async () => {
    const user = renderPage();
    await user.keyboard('p');
    await user.click(screen.getByRole('button', { name: 'Shortcuts' }));
    const box = screen.getByRole('checkbox', { name: 'Use single-key shortcuts' });
    await user.click(box);
    await user.click(box);
    await user.keyboard('cc');
    expect(comparison()).not.toBeInTheDocument();
    expect(box).toHaveFocus();
  });
});
