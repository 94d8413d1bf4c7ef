import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The service worker's registration, as the app sees it: offline ready, no newer version.
const sw = vi.hoisted(() => ({ offlineReady: true, needRefresh: false }));
vi.mock('virtual:pwa-register/react', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW: () => ({
      needRefresh: useState(sw.needRefresh),
      offlineReady: useState(sw.offlineReady),
      updateServiceWorker: vi.fn(),
    }),
  };
});
const { UpdatePrompt } = await import('../../src/app/UpdatePrompt');

describe('the offline and update notices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('puts "ready to work offline" in the page footer, in the flow of the page, never floating over a figure', () => {
    sw.offlineReady = true;
    sw.needRefresh = false;
    // The page's footer is there before the service worker reports (it is part of the first paint).
    const footer = document.body.appendChild(document.createElement('footer'));
    footer.className = 'site-footer';
    render(<UpdatePrompt />);
    const note = screen.getByText('The explorer is ready to work offline.');
    expect(note.closest('footer.site-footer')).not.toBeNull();
    expect(note.closest('.update-prompt')).toBeNull();
    // Good news, not a decision: it clears itself.
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.queryByText('The explorer is ready to work offline.')).toBeNull();
    footer.remove();
  });

  it('offers a newer version in a floating box that waits for an answer', () => {
    sw.offlineReady = false;
    sw.needRefresh = true;
    render(<UpdatePrompt />);
    const offer = screen.getByText('A newer version of the explorer is available.');
    expect(offer.closest('.update-prompt')).not.toBeNull();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('button', { name: 'Update now' })).toBeTruthy();
  });
});
