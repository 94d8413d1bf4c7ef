import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumericControl } from '../../../src/features/assumptions/NumericControl';
import { NUMERIC_SPECS, type NumericSpec } from '../../../src/model';

const spec = (key: NumericSpec['key']) => NUMERIC_SPECS.find((s) => s.key === key)!;

/** The control with its value held in state, as the store would hold it. */
function Harness({ specKey, start, onCommit = () => {} }: { specKey: NumericSpec['key']; start: number; onCommit?: () => void }) {
  const s = spec(specKey);
  const [value, setValue] = useState(start);
  return <NumericControl spec={s} value={value} onValue={(v) => setValue(v)} onCommit={onCommit} onReset={() => setValue(s.default)} isDefault={value === s.default} />;
}

const box = (name: RegExp) => screen.getByRole('spinbutton', { name });

describe('typing an exact value', () => {
  afterEach(cleanup);

  it('applies a usable value as it is typed', async () => {
    render(<Harness specKey="leakage" start={30} />);
    await userEvent.clear(box(/Leakage, exact value/));
    await userEvent.type(box(/Leakage, exact value/), '45');
    await userEvent.tab();
    expect(screen.getByRole('slider', { name: 'Leakage' })).toHaveValue('45');
    expect(screen.queryByText(/stays at/)).toBeNull();
  });

  it('keeps the value from before typing when an out-of-range entry is left, and says so', async () => {
    render(<Harness specKey="leakage" start={30} />);
    await userEvent.clear(box(/Leakage, exact value/));
    await userEvent.type(box(/Leakage, exact value/), '125');
    expect(screen.getByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    await userEvent.tab();
    // Not clamped to 100, and not left at "12", the prefix typed on the way.
    expect(screen.getByRole('slider', { name: 'Leakage' })).toHaveValue('30');
    expect(box(/Leakage, exact value/)).toHaveValue(30);
    expect(screen.getByText('“125” is not a number from 0 to 100, so Leakage stays at 30%.')).toBeInTheDocument();
    expect(box(/Leakage, exact value/)).toHaveAccessibleDescription(/stays at 30%/);
  });

  it('leaves an out-of-range entry in the box on Enter, to be corrected', async () => {
    const onCommit = vi.fn();
    render(<Harness specKey="leakage" start={30} onCommit={onCommit} />);
    await userEvent.clear(box(/Leakage, exact value/));
    await userEvent.type(box(/Leakage, exact value/), '500{Enter}');
    expect(box(/Leakage, exact value/)).toHaveValue(500);
    expect(box(/Leakage, exact value/)).toHaveAttribute('aria-invalid', 'true');
    expect(onCommit).not.toHaveBeenCalled();
    await userEvent.clear(box(/Leakage, exact value/));
    await userEvent.type(box(/Leakage, exact value/), '50{Enter}');
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('slider', { name: 'Leakage' })).toHaveValue('50');
  });

  it('takes only whole years for the horizon', async () => {
    render(<Harness specKey="horizon" start={5} />);
    await userEvent.clear(box(/Appraisal horizon, exact value/));
    await userEvent.type(box(/Appraisal horizon, exact value/), '7.5');
    expect(screen.getByText('Enter a whole number from 5 to 10.')).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole('slider', { name: 'Appraisal horizon' })).toHaveValue('5');
    expect(screen.getByText('“7.5” is not a whole number from 5 to 10, so Appraisal horizon stays at 5 years.')).toBeInTheDocument();
  });

  it('goes back to the value from before typing when the box is left empty', async () => {
    render(<Harness specKey="leakage" start={30} />);
    await userEvent.clear(box(/Leakage, exact value/));
    await userEvent.type(box(/Leakage, exact value/), '4{Backspace}');
    await userEvent.tab();
    expect(screen.getByRole('slider', { name: 'Leakage' })).toHaveValue('30');
  });

  it('clears the note at the next change', async () => {
    render(<Harness specKey="delay" start={1} />);
    await userEvent.clear(box(/Delay, exact value/));
    await userEvent.type(box(/Delay, exact value/), '9');
    await userEvent.tab();
    expect(screen.getByText(/so Delay stays at 1 year\./)).toBeInTheDocument();
    await userEvent.type(box(/Delay, exact value/), '{Backspace}2');
    expect(screen.queryByText(/stays at/)).toBeNull();
  });
});

describe('committing slider steps', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('commits a burst of keyboard steps once it pauses, and a pending burst on unmount', async () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    const { unmount } = render(<Harness specKey="leakage" start={30} onCommit={onCommit} />);
    const slider = screen.getByRole('slider', { name: 'Leakage' });
    for (const v of ['31', '32']) fireEvent.change(slider, { target: { value: v } });
    await vi.advanceTimersByTimeAsync(300);
    expect(onCommit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(onCommit).toHaveBeenCalledTimes(1);
    fireEvent.change(slider, { target: { value: '33' } });
    await vi.advanceTimersByTimeAsync(0);
    unmount();
    expect(onCommit).toHaveBeenCalledTimes(2);
  });

  it('commits at once when a dragged slider is released', async () => {
    const onCommit = vi.fn();
    render(<Harness specKey="leakage" start={30} onCommit={onCommit} />);
    const slider = screen.getByRole('slider', { name: 'Leakage' });
    fireEvent.pointerDown(slider);
    fireEvent.change(slider, { target: { value: '40' } });
    await Promise.resolve();
    expect(onCommit).toHaveBeenCalledTimes(1);
  });
});
