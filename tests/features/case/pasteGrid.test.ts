import { describe, expect, it } from 'vitest';
import { isBlock, parseTsv, readNumber } from '../../../src/features/case/pasteGrid';

describe('parseTsv: a block copied from a spreadsheet', () => {
  it('reads tab-separated rows with CRLF or LF, without a row for the trailing newline', () => {
    expect(parseTsv('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(parseTsv('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('7\r\n')).toEqual([['7']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps blank cells where they are, at the start, the middle and the end of a row', () => {
    expect(parseTsv('\t2\t\t4\t\n\t\n')).toEqual([
      ['', '2', '', '4', ''],
      ['', ''],
    ]);
    expect(parseTsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('reads quoted cells as Excel writes them: tabs, line breaks and doubled quotes inside', () => {
    expect(parseTsv('"Early help\tfor families"\t5\r\n"line one\r\nline two"\t"say ""hi"""\r\n')).toEqual([
      ['Early help\tfor families', '5'],
      ['line one\r\nline two', 'say "hi"'],
    ]);
    expect(parseTsv('""\t1')).toEqual([['', '1']]);
  });

  it('reads a quote that is not a quoted cell as plain text', () => {
    expect(parseTsv('5" pipe\t2')).toEqual([['5" pipe', '2']]);
    expect(parseTsv('"unclosed\t2\n3')).toEqual([['"unclosed', '2'], ['3']]);
    expect(parseTsv('"quoted" then more\t2')).toEqual([['"quoted" then more', '2']]);
  });

  it('tells a block from text for one box', () => {
    expect(isBlock('12.5')).toBe(false);
    expect(isBlock('12.5\r\n')).toBe(true);
    expect(isBlock('1\t2')).toBe(true);
  });
});

describe('readNumber: numbers as people type and copy them', () => {
  it('reads plain numbers, thousands separators, pound and per cent signs', () => {
    expect(readNumber('12.5')).toBe(12.5);
    expect(readNumber(' 1,200 ')).toBe(1200);
    expect(readNumber('1,234,567.89')).toBe(1234567.89);
    expect(readNumber('£3.5')).toBe(3.5);
    expect(readNumber('£ 1,200')).toBe(1200);
    expect(readNumber('25%')).toBe(25);
    expect(readNumber('25 %')).toBe(25);
    expect(readNumber('.5')).toBe(0.5);
    expect(readNumber('5.')).toBe(5);
    expect(readNumber('1e3')).toBe(1000);
  });

  it('reads negatives written with a minus sign, a typographic minus or brackets', () => {
    expect(readNumber('-2')).toBe(-2);
    expect(readNumber('\u22122.5')).toBe(-2.5);
    expect(readNumber('(1,200)')).toBe(-1200);
    expect(readNumber('-£3')).toBe(-3);
  });

  it('refuses blank text and anything that is not one number', () => {
    for (const text of ['', '   ', 'abc', '1,2', '12,34', '3 4', '1.2.3', '£', '%', '--2', 'Infinity', 'NaN', '0x10', '1e999']) expect(readNumber(text), text).toBeNull();
  });
});
