// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pricesWords, sourceLine } from '../../src/lib/describe';
import { defaultSettings } from '../../src/model';
import { loadData } from '../helpers';

const data = loadData();

describe('the prices money is in', () => {
  it('is the case’s first year unless a price-base factor is set', () => {
    expect(pricesWords(defaultSettings(), data)).toBe('2012-13 prices');
    expect(pricesWords({ uprate: 1.3, pricebase: '2025-26' }, data)).toBe('2025-26 prices (2012-13 prices × 130%)');
    expect(pricesWords({ uprate: 1.255, pricebase: '' }, data)).toBe('2012-13 prices × 125.5%');
  });

  it('ends the source line of every export', () => {
    expect(sourceLine(defaultSettings(), data)).toMatch(/Money in £, 2012-13 prices\.$/);
    expect(sourceLine({ ...defaultSettings(), uprate: 1.3, pricebase: '2025-26' }, data)).toMatch(/Money in £, 2025-26 prices \(2012-13 prices × 130%\)\.$/);
  });
});
