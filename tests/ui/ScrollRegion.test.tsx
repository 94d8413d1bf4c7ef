import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BenefitProfileChart } from '../../src/features/charts/BenefitProfileChart';
import { ScrollRegion } from '../../src/ui/ScrollRegion';
import { defaultSettings, evaluate } from '../../src/model';
import { resetStore } from '../../src/state';
import { appData, renderWithData } from '../helpers';

/** A ResizeObserver the test fires by hand (jsdom has none, and lays nothing out). */
class FakeResizeObserver {
  static instances = new Set<FakeResizeObserver>();
  readonly targets = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.add(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    FakeResizeObserver.instances.delete(this);
  }
  /** Reports a resize to every observer watching `target` (others, such as recharts', are left alone). */
  static resize(target: Element) {
    for (const o of FakeResizeObserver.instances) {
      if (o.targets.has(target)) o.callback([], o as unknown as ResizeObserver);
    }
  }
  static watching(target: Element) {
    return [...FakeResizeObserver.instances].some((o) => o.targets.has(target));
  }
}

/** Widths jsdom would otherwise give as 0, per element. */
const widths = new Map<Element, { scroll: number; client: number }>();
const setWidths = (el: Element, scroll: number, client: number) => widths.set(el, { scroll, client });

beforeEach(() => {
  widths.clear();
  FakeResizeObserver.instances.clear();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return widths.get(this)?.scroll ?? 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return widths.get(this)?.client ?? 0;
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  // Back to jsdom's own (on Element.prototype).
  delete (HTMLElement.prototype as { scrollWidth?: number }).scrollWidth;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

const box = (container: HTMLElement) => container.querySelector('.wide-box') as HTMLElement;

/** A box around an empty table, named "Figures table"; returns the box. */
function renderTableBox(): HTMLElement {
  const { container } = render(
    <ScrollRegion className="wide-box" label="Figures table">
      <table />
    </ScrollRegion>,
  );
  return box(container);
}

describe('ScrollRegion', () => {
  it('is a plain div while its content fits', () => {
    const el = renderTableBox();
    setWidths(el, 300, 300);
    act(() => FakeResizeObserver.resize(el));
    expect(el.tagName).toBe('DIV');
    expect(el).not.toHaveAttribute('tabindex');
    expect(el).not.toHaveAttribute('role');
    expect(el).not.toHaveAttribute('aria-label');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('becomes a named, focusable region while its content is wider than the box, and plain again when it fits', () => {
    const el = renderTableBox();
    setWidths(el, 573, 210);
    act(() => FakeResizeObserver.resize(el));
    const region = screen.getByRole('region', { name: 'Figures table' });
    expect(region).toBe(el);
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('wide-box');

    setWidths(el, 573, 600);
    act(() => FakeResizeObserver.resize(el));
    expect(el).not.toHaveAttribute('tabindex');
    expect(el).not.toHaveAttribute('role');
    expect(el).not.toHaveAttribute('aria-label');
  });

  it('keeps its tab stop while it has focus, so a table that comes to fit does not drop focus to the page', () => {
    const { container } = render(
      <>
        <ScrollRegion className="wide-box" label="Figures table">
          <table />
        </ScrollRegion>
        <button type="button">Next</button>
      </>,
    );
    const el = box(container);
    setWidths(el, 573, 210);
    act(() => FakeResizeObserver.resize(el));
    act(() => el.focus());
    setWidths(el, 573, 600);
    act(() => FakeResizeObserver.resize(el));
    expect(document.activeElement).toBe(el);
    expect(el).toHaveAttribute('tabindex', '0');
    act(() => screen.getByRole('button', { name: 'Next' }).focus());
    expect(el).not.toHaveAttribute('tabindex');
  });

  it('notices content that grows without the box resizing (it watches the table too)', () => {
    const { container } = render(
      <ScrollRegion className="wide-box" labelledBy="cap">
        <table>
          <caption id="cap">Published figures</caption>
        </table>
      </ScrollRegion>,
    );
    const el = box(container);
    const table = el.querySelector('table')!;
    setWidths(el, 900, 400);
    act(() => FakeResizeObserver.resize(table));
    expect(screen.getByRole('region', { name: 'Published figures' })).toHaveAttribute('tabindex', '0');
    expect(el).toHaveAttribute('aria-labelledby', 'cap');
  });

  it('follows a table added after the first render', async () => {
    const { container, rerender } = render(<ScrollRegion className="wide-box" label="Figures table" />);
    const el = box(container);
    rerender(
      <ScrollRegion className="wide-box" label="Figures table">
        <table />
      </ScrollRegion>,
    );
    const table = el.querySelector('table')!;
    await act(async () => {}); // the MutationObserver's callback
    expect(FakeResizeObserver.watching(table)).toBe(true);
    setWidths(el, 900, 400);
    act(() => FakeResizeObserver.resize(table));
    expect(el).toHaveAttribute('tabindex', '0');
  });

  it('passes id and hidden through', () => {
    const { container } = render(
      <ScrollRegion className="wide-box" label="Figures table" id="t1" hidden>
        <table />
      </ScrollRegion>,
    );
    const el = box(container);
    expect(el).toHaveAttribute('id', 't1');
    expect(el).toHaveAttribute('hidden');
  });

  it('stays a plain div where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const el = renderTableBox();
    setWidths(el, 900, 100);
    expect(el).not.toHaveAttribute('tabindex');
    expect(el).not.toHaveAttribute('role');
  });
});

describe('ChartFrame table box', () => {
  beforeEach(() => resetStore());

  it('is a region named after the chart once its shown table overflows', async () => {
    const user = userEvent.setup();
    const app = appData();
    const settings = defaultSettings();
    const { container } = renderWithData(<BenefitProfileChart data={app.data} golden={app.golden} results={evaluate(app.data, settings)} settings={settings} animate={false} />, app);
    const tableBox = container.querySelector('.chart-table') as HTMLElement;
    expect(tableBox).not.toHaveAttribute('tabindex');

    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = tableBox.querySelector('table')!;
    expect(FakeResizeObserver.watching(table)).toBe(true);
    setWidths(tableBox, 573, 210);
    act(() => FakeResizeObserver.resize(tableBox));

    const region = screen.getByRole('region', { name: 'Benefit profile data table' });
    expect(region).toBe(tableBox);
    expect(region).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-controls', region.id);
  });
});
