// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_IGNORED_LINES, ignoredReport, moreText, paramLabel, summariseIgnored, timesText } from '../../src/model/ignored';
import { parseSettings } from '../../src/model/settings';

const copies = (query: string, n: number) => Array.from({ length: n }, () => query).join('&');

describe('summariseIgnored', () => {
  it('makes 2,000 copies of one bad parameter one line with a count', () => {
    const { ignored } = parseSettings(copies('leakage=abc', 2000));
    expect(summariseIgnored(ignored)).toEqual({ lines: [{ param: 'leakage', reason: '"abc" is not a number', count: 2000 }], more: 0 });
  });

  it('merges only identical reports, keeping the order each first appeared', () => {
    const { ignored } = parseSettings('foo=1&leakage=abc&foo=1&leakage=abc&foo=2&bar=1');
    expect(summariseIgnored(ignored).lines).toEqual([
      { param: 'foo', reason: 'not a setting this app knows', count: 2 },
      { param: 'leakage', reason: '"abc" is not a number', count: 2 },
      { param: 'foo', reason: 'given more than once; only the first value was read', count: 1 },
      { param: 'bar', reason: 'not a setting this app knows', count: 1 },
    ]);
  });

  it('keeps a parameter and reason apart from another pair that joins to the same text', () => {
    const { lines } = summariseIgnored([
      { param: 'a', reason: 'b: c' },
      { param: 'a: b', reason: 'c' },
    ]);
    expect(lines).toHaveLength(2);
  });

  it(`lists at most ${MAX_IGNORED_LINES} lines and counts every part left out, repeats included`, () => {
    const query = [...Array.from({ length: 20 }, (_, i) => `bad${i}=1`), copies('bad19=1', 99)].join('&');
    const { lines, more } = summariseIgnored(parseSettings(query).ignored);
    expect(MAX_IGNORED_LINES).toBe(6);
    expect(lines.map((l) => l.param)).toEqual(['bad0', 'bad1', 'bad2', 'bad3', 'bad4', 'bad5']);
    expect(more).toBe(14 + 99);
    expect(summariseIgnored(parseSettings(query).ignored, 100).lines).toHaveLength(20);
  });

  it('says nothing extra for a single report', () => {
    expect(timesText(1)).toBe('');
    expect(timesText(2000)).toBe(' (2,000 times)');
    expect(moreText(0)).toBeNull();
    expect(moreText(1)).toBe('…and 1 more part of the link');
    expect(moreText(1994)).toBe('…and 1,994 more parts of the link');
    expect(paramLabel('')).toBe('(no name)');
    expect(paramLabel('foo')).toBe('foo');
  });
});

describe('ignoredReport (the command line)', () => {
  it('writes the same merged, capped lines as the notice', () => {
    const query = [copies('themes=zzz', 2000), ...Array.from({ length: 10 }, (_, i) => `x${i}=1`), '=5'].join('&');
    expect(ignoredReport(parseSettings(query).ignored)).toEqual([
      'ignored themes: "zzz" is not a theme (use hsc, fcn, ws, da, ro), so the default themes are kept (2,000 times)',
      'ignored x0: not a setting this app knows',
      'ignored x1: not a setting this app knows',
      'ignored x2: not a setting this app knows',
      'ignored x3: not a setting this app knows',
      'ignored x4: not a setting this app knows',
      '…and 6 more parts of the link (all are in the JSON\'s "ignored" list)',
    ]);
    expect(ignoredReport([{ param: '', reason: 'not a setting this app knows' }])).toEqual(['ignored (no name): not a setting this app knows']);
    expect(ignoredReport([])).toEqual([]);
  });
});
