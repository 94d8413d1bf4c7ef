import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type FormatModule = typeof import('../../src/lib/format');

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const tasks = async (n: number) => {
  for (let i = 0; i < n; i++) await nextTask();
};
const RealNumberFormat = Intl.NumberFormat;

describe('warmFormatters', () => {
  let made: ReturnType<typeof vi.spyOn>;
  let format: FormatModule;

  beforeEach(async () => {
    // A fresh module for each test, so no formatter exists yet whatever ran before.
    vi.resetModules();
    format = await import('../../src/lib/format');
    // Counts the formatters made, each still a real one.
    made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      return new RealNumberFormat(...args);
    } as unknown as typeof Intl.NumberFormat);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('makes one formatter per task, none in the task that asked', async () => {
    format.warmFormatters();
    expect(made).not.toHaveBeenCalled();
    await nextTask();
    expect(made).toHaveBeenCalledTimes(1);
    await tasks(6);
    expect(made).toHaveBeenCalledTimes(4);
    // The first page's figures then reuse them.
    expect(format.formatMoney(20.618)).toBe('£20.6bn');
    expect(format.formatPercent(0.073)).toBe('7.3%');
    expect(format.formatNumber(12.5)).toBe('12.5');
    expect(made).toHaveBeenCalledTimes(4);
  });

  it('does nothing once cancelled', async () => {
    format.warmFormatters()();
    await tasks(6);
    expect(made).not.toHaveBeenCalled();
  });

  it('stops part way when cancelled after a step', async () => {
    const cancel = format.warmFormatters();
    await nextTask();
    cancel();
    await tasks(6);
    expect(made).toHaveBeenCalledTimes(1);
  });
});
