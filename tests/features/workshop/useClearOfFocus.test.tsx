import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { overlaps, useClearOfFocus } from '../../../src/features/workshop/useClearOfFocus';

const rect = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

function Notice({ message, fixed }: { message: string; fixed: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const moved = useClearOfFocus(ref, message);
  return (
    <>
      <button type="button" data-place="covered">
        Saved scenarios
      </button>
      <button type="button" data-place="clear">
        Presenter mode
      </button>
      <p ref={ref} data-place="notice" style={{ position: fixed ? 'fixed' : 'static' }} data-moved={moved}>
        {message}
      </p>
    </>
  );
}

// The notice spans the header's right-hand end, over the "covered" button only.
const PLACES: Record<string, DOMRect> = { notice: rect(376, 7, 1000, 67), covered: rect(730, 10, 983, 58), clear: rect(24, 10, 361, 58) };

describe('overlaps', () => {
  it('counts shared area only', () => {
    expect(overlaps(PLACES.notice!, PLACES.covered!)).toBe(true);
    expect(overlaps(PLACES.notice!, PLACES.clear!)).toBe(false);
    expect(overlaps(rect(0, 0, 10, 10), rect(10, 0, 20, 10))).toBe(false);
    expect(overlaps(rect(0, 0, 0, 0), rect(0, 0, 0, 0))).toBe(false);
  });
});

describe('useClearOfFocus', () => {
  afterEach(cleanup);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return PLACES[this.dataset.place ?? ''] ?? rect(0, 0, 0, 0);
  });
  const moved = (container: HTMLElement) => container.querySelector('p')!.dataset.moved;

  it('moves a fixed notice that would cover the focused button, and back when focus leaves it', () => {
    const { container, getByText, rerender } = render(<Notice message="" fixed />);
    getByText('Saved scenarios').focus();
    rerender(<Notice message="Presenter mode on." fixed />);
    expect(moved(container)).toBe('true');
    act(() => getByText('Presenter mode').focus());
    expect(moved(container)).toBe('false');
    act(() => getByText('Saved scenarios').focus());
    expect(moved(container)).toBe('true');
    rerender(<Notice message="" fixed />);
    expect(moved(container)).toBe('false');
  });

  it('leaves a notice in the page flow where it is', () => {
    const { container, getByText, rerender } = render(<Notice message="" fixed={false} />);
    getByText('Saved scenarios').focus();
    rerender(<Notice message="Presenter mode on." fixed={false} />);
    expect(moved(container)).toBe('false');
  });
});
