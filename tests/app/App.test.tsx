import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { loadAppData, resetStore, useSettingsStore } from '../../src/state';
import { diskFetch } from '../helpers';

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.restoreAllMocks());

describe('App loading', () => {
  it('shows a loading message, then the explorer', async () => {
    render(<App load={() => loadAppData(diskFetch(), '/data/')} syncUrl={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(await screen.findByRole('heading', { name: 'Headline figures' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Community Budgets Explorer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getByText(/This is not a budget forecast/)).toBeInTheDocument();
  });

  it('explains a data problem in the page instead of going blank', async () => {
    const broken = diskFetch({ 'cases/england-2013.json': '{"version":1,"partners":[]}' });
    render(<App load={() => loadAppData(broken, '/data/')} syncUrl={false} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data files could not be loaded');
    expect(alert).toHaveTextContent('cases/england-2013.json');
  });

  it('copies a link to the current settings and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    useSettingsStore.getState().loadFromQuery('leakage=20');
    render(<App load={() => loadAppData(diskFetch(), '/data/')} syncUrl={false} />);
    await user.click(await screen.findByRole('button', { name: 'Copy link to these settings' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?leakage=20&v=1`);
    expect(await screen.findByText('✓ Link copied')).toBeInTheDocument();
  });

  it('offers the link to copy by hand when the clipboard is not available', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    render(<App load={() => loadAppData(diskFetch(), '/data/')} syncUrl={false} />);
    await user.click(await screen.findByRole('button', { name: 'Copy link to these settings' }));
    expect(await screen.findByRole('textbox', { name: 'Link to these settings' })).toHaveValue(`${window.location.origin}/`);
  });
});

function Boom(): never {
  throw new Error('Chart exploded');
}

describe('ErrorBoundary', () => {
  it('shows what went wrong, resets settings and copies details', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    useSettingsStore.getState().loadFromQuery('leakage=40');
    window.history.replaceState(null, '', '/?leakage=40');
    let fail = true;
    function MaybeBoom() {
      if (fail) Boom();
      return <p>All well</p>;
    }
    render(
      <ErrorBoundary>
        <MaybeBoom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('alert')).toHaveTextContent('Chart exploded');
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Chart exploded'));
    expect(screen.getByText('✓ Details copied')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Reset settings' }));
    expect(screen.getByText('All well')).toBeInTheDocument();
    expect(useSettingsStore.getState().settings.leakage).toBe(0);
    expect(window.location.search).toBe('');
  });
});
