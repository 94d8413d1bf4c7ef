import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMoney, formatNumber, formatPercent, warmFormatters } from '../../src/components/format';

// A fresh module per test file: no formatter exists before these tests run.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const RealNumberFormat = Intl.NumberFormat;
/** Counts the formatters made, each still a real one. */
const countMade = () =>
  vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
    return new RealNumberFormat(...args);
  } as unknown as typeof Intl.NumberFormat);

describe('warmFormatters', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('does nothing once cancelled', async () => {
    const made = countMade();
    const cancel = warmFormatters();
    cancel();
    for (let i = 0; i < 6; i++) await nextTask();
    expect(made).not.toHaveBeenCalled();
  });

  it('makes one formatter per task, none in the task that asked', async () => {
    const made = countMade();
    warmFormatters();
    expect(made).not.toHaveBeenCalled();
    await nextTask();
    expect(made).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 6; i++) await nextTask();
    expect(made).toHaveBeenCalledTimes(4);
    // The first page's figures then reuse them.
    expect(formatMoney(20.618)).toBe('£20.6bn');
    expect(formatPercent(0.073)).toBe('7.3%');
    expect(formatNumber(12.5)).toBe('12.5');
    expect(made).toHaveBeenCalledTimes(4);
  });
});
