import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useHoverTip } from '../../src/lib/useHoverTip';

function Tip() {
  const { open, tipId, toggle, hoverProps, focusProps } = useHoverTip();
  return (
    <div data-testid="area" {...hoverProps}>
      <button type="button" aria-describedby={tipId} aria-expanded={open} {...focusProps} onClick={toggle}>
        ?
      </button>
      <div role="tooltip" id={tipId} hidden={!open}>
        The explanation
      </div>
      <button type="button">Elsewhere</button>
    </div>
  );
}

const tip = () => screen.queryByRole('tooltip');
const button = () => screen.getByRole('button', { name: '?' });

describe('useHoverTip', () => {
  afterEach(cleanup);

  it('a tap on a touch screen (hover, focus, then click) leaves the tip open', () => {
    render(<Tip />);
    fireEvent.mouseEnter(screen.getByTestId('area'));
    fireEvent.focus(button());
    fireEvent.click(button());
    expect(tip()).not.toBeNull();
    expect(button()).toHaveAttribute('aria-expanded', 'true');
  });

  it('a click on a tip showing on hover keeps it; a second click hides it', async () => {
    const user = userEvent.setup();
    render(<Tip />);
    await user.hover(screen.getByTestId('area'));
    expect(tip()).not.toBeNull();
    await user.click(button());
    expect(tip()).not.toBeNull();
    await user.click(button());
    expect(tip()).toBeNull();
  });

  it('pinned open, it stays when the pointer leaves and goes when focus moves on', async () => {
    const user = userEvent.setup();
    render(<Tip />);
    await user.click(button());
    await user.unhover(screen.getByTestId('area'));
    expect(tip()).not.toBeNull();
    await user.tab();
    expect(tip()).toBeNull();
  });

  it('pinned open, it goes when the pointer presses elsewhere (Safari does not focus a tapped button)', () => {
    render(<Tip />);
    fireEvent.click(button());
    expect(tip()).not.toBeNull();
    fireEvent.pointerDown(button());
    expect(tip()).not.toBeNull();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(tip()).toBeNull();
  });

  it('Escape hides it, pinned or not', async () => {
    const user = userEvent.setup();
    render(<Tip />);
    await user.click(button());
    await user.keyboard('{Escape}');
    expect(tip()).toBeNull();
    expect(button()).toHaveFocus();
  });
});
