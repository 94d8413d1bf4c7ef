import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { IgnoredNotice } from '../../../src/features/assumptions/IgnoredNotice';
import { resetStore, useSettingsStore } from '../../../src/state';
// Testing Library's clean-up after each test.
import '../../helpers';

beforeEach(() => resetStore());

const copies = (query: string, n: number) => Array.from({ length: n }, () => query).join('&');
const notice = () => screen.getByRole('region', { name: 'Part of this link was ignored' });
const items = () => within(notice()).getAllByRole('listitem').map((li) => li.textContent);

describe('IgnoredNotice', () => {
  it('shows 2,000 copies of one bad parameter as one line with a count', () => {
    useSettingsStore.getState().loadFromQuery(copies('themes=zzz', 2000));
    render(<IgnoredNotice />);
    expect(items()).toEqual(['themes: "zzz" is not a theme (use hsc, fcn, ws, da, ro), so the default themes are kept (2,000 times)']);
    expect(notice()).not.toHaveTextContent('more parts');
  });

  it('lists at most six lines and counts the parts it leaves out', () => {
    useSettingsStore.getState().loadFromQuery([...Array.from({ length: 10 }, (_, i) => `x${i}=1`), copies('leakage=abc', 50)].join('&'));
    render(<IgnoredNotice />);
    expect(items()).toHaveLength(6);
    expect(items()[0]).toBe('x0: not a setting this app knows');
    expect(notice()).toHaveTextContent('…and 54 more parts of the link.');
  });

  it('names a parameter that has no name', () => {
    useSettingsStore.getState().loadFromQuery('=5');
    render(<IgnoredNotice />);
    expect(items()).toEqual(['(no name): not a setting this app knows']);
  });

  it('shows nothing for a link the app wrote', () => {
    useSettingsStore.getState().loadFromQuery('scenario=35&leakage=73.404376&themes=&lens=lead:DH&area=custom&pop=1.5&v=1');
    render(<IgnoredNotice />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
