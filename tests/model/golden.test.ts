// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseGoldenCsv, parseGoldenValue, printedPrecision, splitCsvLine } from '../../src/model/golden';
import { readPublishedCsv } from '../fixtures/model-data';

const HEADER = 'id,section,theme,measure,scenario,year,value,unit,tolerance,note';

describe('splitCsvLine', () => {
  it.each<[string, string[]]>([
    ['a,b,c', ['a', 'b', 'c']],
    ['', ['']],
    [',', ['', '']],
    ['a,,c,', ['a', '', 'c', '']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['""', ['']],
    ['""""', ['"']],
    ['"a""b""c"', ['a"b"c']],
    ['a "b" c,d', ['a b c', 'd']],
    ['"unterminated,still one field', ['unterminated,still one field']],
    [' spaced , kept ', [' spaced ', ' kept ']],
    ['£12.0bn,“curly”,é', ['£12.0bn', '“curly”', 'é']],
    ['x,"""under a fifth"" (6.1)",y', ['x', '"under a fifth" (6.1)', 'y']],
  ])('%j', (line, expected) => {
    expect(splitCsvLine(line)).toEqual(expected);
  });

  it('gives one more field than there are unquoted commas', () => {
    expect(splitCsvLine('1,2,3,4,5,6,7,8,9,10')).toHaveLength(10);
    expect(splitCsvLine('"1,2",3')).toHaveLength(2);
  });
});

describe('parseGoldenValue', () => {
  it.each<[string, number[]]>([
    ['5.8', [5.8]],
    ['12', [12]],
    ['-0.3', [-0.3]],
    [' 7.5 ', [7.5]],
    ['0.56-0.96', [0.56, 0.96]],
    ['3-4', [3, 4]],
    ['-0.3-12.6', [-0.3, 12.6]],
    ['1--2', [1, -2]],
    ['-0.07|0.13|0.2', [-0.07, 0.13, 0.2]],
    ['1|2|3|4|5', [1, 2, 3, 4, 5]],
    ['-1|-2', [-1, -2]],
  ])('%j → %j', (raw, expected) => {
    expect(parseGoldenValue(raw)).toEqual(expected);
  });

  it.each(['abc', '1-2-3', '5.8bn', '1e', '--1'])('%j has a non-number in it', (raw) => {
    expect(parseGoldenValue(raw).some((v) => !Number.isFinite(v))).toBe(true);
  });
});

describe('printedPrecision', () => {
  it.each<[string, number]>([
    ['12', 0.5],
    ['5.8', 0.05],
    ['0.01', 0.005],
    ['-0.07', 0.005],
    ['1.234', 0.0005],
  ])('%s → %f', (text, expected) => {
    expect(printedPrecision(text)).toBeCloseTo(expected, 15);
  });
});

describe('parseGoldenCsv', () => {
  const row = (cells: string) => `${HEADER}\n${cells}\n`;

  it('reads a single figure', () => {
    const [r, ...rest] = parseGoldenCsv(row('hsc.npv.base,6.2.1,hsc,5-year net benefit,base,,12.0,£bn,0.05,a note'));
    expect(rest).toEqual([]);
    expect(r).toEqual({
      id: 'hsc.npv.base',
      section: '6.2.1',
      theme: 'hsc',
      measure: '5-year net benefit',
      scenario: 'base',
      year: '',
      value: [12],
      rawValue: '12.0',
      unit: '£bn',
      tolerance: 0.05,
      tolerances: [0.05],
      note: 'a note',
    });
  });

  it('reads a prudent–base pair, widening each figure’s tolerance to its printed precision', () => {
    const [r] = parseGoldenCsv(row('x.range,6.2.2,hsc,range,prudent-base,,0.4-1,fraction,0.05,'));
    expect(r?.value).toEqual([0.4, 1]);
    expect(r?.tolerance).toBe(0.05);
    expect(r?.tolerances).toEqual([0.05, 0.5]);
  });

  it('reads a list of yearly figures with the row’s tolerance where that is wider', () => {
    const [r] = parseGoldenCsv(row('x.yearly,6.2.1,hsc,yearly,base,,-0.07|0.13|1.2,£bn,0.1,'));
    expect(r?.value).toEqual([-0.07, 0.13, 1.2]);
    expect(r?.tolerances).toEqual([0.1, 0.1, 0.1]);
  });

  it('reads quoted notes with commas and doubled quotes', () => {
    const [r] = parseGoldenCsv(row('t.lg,6.1,total,share,,,0.2,fraction,0.05,"""under a fifth"" (6.1), roughly"'));
    expect(r?.note).toBe('"under a fifth" (6.1), roughly');
  });

  it('copes with a byte-order mark, Windows line ends and blank lines', () => {
    const csv = `\uFEFF${HEADER}\r\na,1,t,m,,,1,£bn,0.1,\r\n\r\n   \r\nb,2,t,m,,,2,£bn,0.1,\r\n`;
    expect(parseGoldenCsv(csv).map((r) => [r.id, r.value])).toEqual([['a', [1]], ['b', [2]]]);
  });

  it('reads a header-only file as no rows', () => {
    expect(parseGoldenCsv(`${HEADER}\n`)).toEqual([]);
  });

  it.each([
    ['', 'an empty file'],
    ['id,section,theme\n', 'a short header'],
    [`${HEADER.replace('value', 'values')}\n`, 'a misspelt column'],
    [`${HEADER},extra\n`, 'an extra column'],
  ])('rejects %j (%s), naming the expected header', (csv) => {
    expect(() => parseGoldenCsv(csv)).toThrow(`published-figures.csv: the header should be ${HEADER}`);
  });

  it.each([
    [',6.2.1,hsc,m,,,1,£bn,0.05,', 'no id'],
    ['x,6.2.1,hsc,m,,,abc,£bn,0.05,', 'a value that is not a number'],
    ['x,6.2.1,hsc,m,,,1|two,£bn,0.05,', 'a list with a non-number'],
    ['x,6.2.1,hsc,m,,,1,£bn,wide,', 'a tolerance that is not a number'],
    ['x,6.2.1,hsc', 'a row cut short'],
  ])('rejects %j (%s), naming the line', (line) => {
    expect(() => parseGoldenCsv(`${HEADER}\nok,1,t,m,,,1,£bn,0.1,\n${line}\n`)).toThrow(/^published-figures\.csv: line 3 \(".*"\) cannot be read$/);
  });

  it('quotes at most 40 characters of a bad line', () => {
    const bad = `x,${'s'.repeat(100)},t,m,,,nope,£bn,0.1,`;
    let message = '';
    try {
      parseGoldenCsv(`${HEADER}\n${bad}\n`);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(`published-figures.csv: line 2 ("${bad.slice(0, 40)}") cannot be read`);
  });

  describe('the real published-figures.csv', () => {
    const rows = parseGoldenCsv(readPublishedCsv());

    it('parses, with many rows', () => {
      expect(rows.length).toBeGreaterThan(100);
    });

    it('has unique ids', () => {
      const ids = rows.map((r) => r.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it('gives every row finite values, a non-negative tolerance and one tolerance per value', () => {
      for (const r of rows) {
        expect(r.value.length, r.id).toBeGreaterThan(0);
        for (const v of r.value) expect(Number.isFinite(v), r.id).toBe(true);
        expect(r.tolerance, r.id).toBeGreaterThanOrEqual(0);
        expect(r.tolerances, r.id).toHaveLength(r.value.length);
        for (const t of r.tolerances) expect(t, r.id).toBeGreaterThanOrEqual(r.tolerance);
        expect(r.rawValue.trim().length, r.id).toBeGreaterThan(0);
      }
    });

    it('contains the headline figures', () => {
      const ids = new Set(rows.map((r) => r.id));
      for (const id of ['hsc.netAnnual.prudent', 'hsc.netAnnual.base', 'hsc.spend']) expect(ids.has(id), id).toBe(true);
    });
  });
});
