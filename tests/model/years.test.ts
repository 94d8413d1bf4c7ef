import { describe, expect, it } from 'vitest';
import { financialYear } from '../../src/model/years';

describe('financialYear', () => {
  it.each([
    ['2012-13', 0, '2012-13'],
    ['2012-13', 1, '2013-14'],
    ['2012-13', 2, '2014-15'],
    ['2012-13', 9, '2021-22'],
    ['1998-99', 1, '1999-00'],
    ['1999-00', 0, '1999-00'],
    ['1999-00', 1, '2000-01'],
    ['2089-90', 10, '2099-00'],
    ['2099-00', 1, '2100-01'],
    ['2008-09', 1, '2009-10'],
  ] as const)('%s + %i = %s', (first, index, expected) => {
    expect(financialYear(first, index)).toBe(expected);
  });

  it('always gives a label of the form YYYY-YY with consecutive years', () => {
    for (let i = 0; i < 120; i++) {
      const label = financialYear('1950-51', i);
      expect(label).toMatch(/^\d{4}-\d{2}$/);
      const start = Number(label.slice(0, 4));
      expect(start).toBe(1950 + i);
      expect(Number(label.slice(5))).toBe((start + 1) % 100);
    }
  });
});
