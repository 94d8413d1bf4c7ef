import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../src/ui/DataTable';
import { columnsOf, figureCell, tableRow, textCell, type TableSpec } from '../../src/ui/tableSpec';

const spec: TableSpec = {
  caption: 'Net benefit by partner',
  name: 'partners',
  columns: [{ header: 'Partner' }, { header: 'Net benefit' }, { header: 'Change' }],
  rows: [
    tableRow('DH', textCell('Department of Health'), [figureCell(4.1, '£4.1bn'), { value: -0.9, text: '▼ £0.9bn', words: 'down £0.9bn' }], 'DH'),
    tableRow('2012-13', textCell('2012-13', 'year'), [figureCell(1, '£1.0bn'), textCell('–')]),
  ],
  footer: [tableRow('total', textCell('Total'), [figureCell(5.1, '£5.1bn'), textCell('–')])],
  note: 'Shares are rounded one by one.',
};

describe('DataTable', () => {
  afterEach(cleanup);

  it('names the table by its caption and gives every header its scope', () => {
    render(<DataTable spec={spec} />);
    const table = screen.getByRole('table', { name: 'Net benefit by partner' });
    expect(table.getAttribute('data-table')).toBe('partners');
    const cols = within(table).getAllByRole('columnheader');
    expect(cols.map((c) => [c.textContent, c.getAttribute('scope')])).toEqual([
      ['Partner', 'col'],
      ['Net benefit', 'col'],
      ['Change', 'col'],
    ]);
    const rowHeads = within(table).getAllByRole('rowheader');
    expect(rowHeads.map((c) => [c.textContent, c.getAttribute('scope')])).toEqual([
      ['Department of Health', 'row'],
      ['2012-13', 'row'],
      ['Total', 'row'],
    ]);
    expect(rowHeads[1]!.className).toBe('year');
    expect(table.querySelector('tr[data-id="DH"]')).not.toBeNull();
  });

  it('shows a symbol with words for a screen reader, and no values in the markup unless asked', () => {
    render(<DataTable spec={spec} />);
    const cell = screen.getByText('▼ £0.9bn');
    expect(cell.getAttribute('aria-hidden')).toBe('true');
    expect(cell.nextElementSibling?.textContent).toBe('down £0.9bn');
    expect(cell.nextElementSibling?.className).toBe('visually-hidden');
    expect(document.querySelector('[data-value]')).toBeNull();
  });

  it('rules off the totals and the note in the foot, the note across every column', () => {
    const { container } = render(<DataTable spec={spec} />);
    const foot = container.querySelector('tfoot')!;
    expect([...foot.querySelectorAll('tr')].map((r) => r.textContent)).toEqual(['Total£5.1bn–', 'Shares are rounded one by one.']);
    const note = foot.querySelector('td.table-note')!;
    expect(note.getAttribute('colspan')).toBe('3');
    expect(container.querySelector('tbody')!.querySelectorAll('tr')).toHaveLength(2);
  });

  it('has no foot without totals or a note, and marks values, the caption id and the row id attribute when asked', () => {
    const { container, rerender } = render(<DataTable spec={{ ...spec, footer: undefined, note: undefined, markValues: true }} captionId="cap" />);
    expect(container.querySelector('tfoot')).toBeNull();
    expect(container.querySelector('caption')!.id).toBe('cap');
    expect([...container.querySelectorAll('tbody tr:first-child td')].map((td) => td.getAttribute('data-value'))).toEqual(['4.1', '-0.9']);
    expect(container.querySelector('tr[data-id]')).not.toBeNull();
    rerender(<DataTable spec={{ ...spec, idAttribute: 'data-figure' }} />);
    expect([container.querySelector('tr[data-figure="DH"]'), container.querySelector('tr[data-id]')]).toEqual([expect.any(HTMLTableRowElement), null]);
  });

  it('builds a table passed as its builder only when it is rendered (a chart’s hidden table is not built at every redraw)', () => {
    const build = vi.fn(() => spec);
    // As ChartFrame holds its table: the element is made at every redraw, rendered only when shown.
    const frame = (shown: boolean) => {
      const table = <DataTable spec={build} />;
      return <div>{shown ? table : null}</div>;
    };
    const { rerender } = render(frame(false));
    rerender(frame(false));
    expect(build).not.toHaveBeenCalled();
    rerender(frame(true));
    expect(screen.getByRole('table', { name: 'Net benefit by partner' })).toBeTruthy();
    expect(build).toHaveBeenCalled();
  });
  it('draws the method pages\' extras: a cell before the header, blocks under a heading, a marked table, sources and marks', () => {
    const method: TableSpec = {
      caption: 'Settings',
      captionHidden: true,
      mark: 'data-settings-table',
      columns: [{ header: 'Section' }, { header: 'Setting' }, { header: 'Default' }],
      rows: [
        { key: 'a', group: 'Money', className: 'is-miss', lead: [textCell('6.2.1')], header: { ...textCell('Rate'), kicker: 'Health' }, cells: [{ ...textCell('3.5%'), source: 'EY 2013, 3.6' }] },
        { key: 'b', group: 'Money', header: textCell('Horizon'), cells: [{ ...textCell('Yes'), mark: '✓' }] },
        { key: 'c', group: 'Time', header: textCell('Delay'), cells: [textCell('0')] },
      ],
    };
    const { container } = render(<DataTable spec={method} />);
    const table = container.querySelector('table')!;
    expect(table.hasAttribute('data-settings-table')).toBe(true);
    expect(table.querySelector('caption')!.className).toBe('visually-hidden');
    const bodies = [...table.querySelectorAll('tbody')];
    expect(bodies.map((b) => b.querySelector('th[scope="rowgroup"]')?.textContent)).toEqual(['Money', 'Time']);
    const first = bodies[0]!.querySelectorAll('tr')[1]!;
    expect(first.className).toBe('is-miss');
    expect([...first.children].map((c) => c.tagName)).toEqual(['TD', 'TH', 'TD']);
    expect(first.querySelector('th .cell-kicker')!.textContent).toBe('Health');
    expect(within(first).getByText('3.5%').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole('tooltip', { hidden: true }).textContent).toBe('Source: EY 2013, 3.6');
    expect(screen.getByText('✓', { exact: false }).getAttribute('aria-hidden')).toBe('true');
  });

  it('shows a cell that names a key as a keycap', () => {
    const keys: TableSpec = { caption: 'Keys', columns: columnsOf('Key', 'What it does'), rows: [{ key: 'p', header: { ...textCell('P'), kbd: true }, cells: [textCell('Presenter')] }] };
    const { container } = render(<DataTable spec={keys} />);
    expect(container.querySelector('th[scope="row"] kbd')!.textContent).toBe('P');
    expect(container.querySelector('td kbd')).toBeNull();
  });
});
