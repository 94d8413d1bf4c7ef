import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLASH_HOLD_MS, useFlashChanges } from '../../../src/features/workshop/useWorkshopEffects';

function Page({ on }: { on: boolean }) {
  useFlashChanges(on);
  return (
    <main id="main">
      <dd className="figure-value">£20.6bn</dd>
      <p className="other">unwatched</p>
    </main>
  );
}

const figure = () => document.querySelector('.figure-value')!;
// Text changes reach the MutationObserver as a microtask; flush it inside act.
const setText = async (el: Element, text: string) => {
  await act(async () => {
    el.firstChild!.nodeValue = text;
    await Promise.resolve();
  });
};

describe('useFlashChanges (presenter mode highlight)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('lights a changed figure and lets it fade after the hold', async () => {
    render(<Page on />);
    await setText(figure(), '£19.0bn');
    expect(figure().hasAttribute('data-moved')).toBe(true);
    act(() => vi.advanceTimersByTime(FLASH_HOLD_MS));
    expect(figure().hasAttribute('data-moved')).toBe(false);
  });

  it('keeps a figure lit while it keeps changing, without a break, and lets go once it stops', async () => {
    render(<Page on />);
    // Each time the mark is put on afresh (it was absent, however briefly) the highlight restarts:
    // count those, and the times it comes off.
    let added = 0;
    let removals = 0;
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        if (r.oldValue === null) added++;
        else if (!(r.target as Element).hasAttribute('data-moved')) removals++;
      }
    });
    watch.observe(figure(), { attributes: true, attributeFilter: ['data-moved'], attributeOldValue: true });
    for (let i = 0; i < 10; i++) {
      await setText(figure(), `£${19 - i}.0bn`);
      act(() => vi.advanceTimersByTime(FLASH_HOLD_MS - 20));
      await act(async () => Promise.resolve());
      expect(figure().hasAttribute('data-moved')).toBe(true);
    }
    expect(added).toBe(1);
    expect(removals).toBe(0);
    act(() => vi.advanceTimersByTime(20));
    await act(async () => Promise.resolve());
    expect(figure().hasAttribute('data-moved')).toBe(false);
    expect(removals).toBe(1);
    watch.disconnect();
  });

  it('clears a highlight still held when presenter mode ends', async () => {
    const { rerender } = render(<Page on />);
    await setText(figure(), '£19.0bn');
    expect(figure().hasAttribute('data-moved')).toBe(true);
    rerender(<Page on={false} />);
    expect(figure().hasAttribute('data-moved')).toBe(false);
  });

  it('leaves unwatched text alone, and does nothing outside presenter mode', async () => {
    const { rerender } = render(<Page on />);
    await setText(document.querySelector('.other')!, 'changed');
    expect(document.querySelector('.other')!.hasAttribute('data-moved')).toBe(false);
    rerender(<Page on={false} />);
    await setText(figure(), '£1.0bn');
    expect(figure().hasAttribute('data-moved')).toBe(false);
  });

  it('does nothing when the reader prefers reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }));
    render(<Page on />);
    await setText(figure(), '£1.0bn');
    expect(figure().hasAttribute('data-moved')).toBe(false);
  });
});
