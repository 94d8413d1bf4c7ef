// Percentiles interpolate between order statistics (Excel's PERCENTILE.INC, numpy's default):
// the p-th of n sorted values sits at h = p·(n − 1) and is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).

export const sortedCopy = (values: ArrayLike<number>): Float64Array => Float64Array.from(values).sort();

/** The p-th quantile (p in 0–1) of values sorted ascending; NaN when there are none. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = Math.min(1, Math.max(0, p)) * (n - 1);
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(n - 1, lo + 1)]!;
  return a + (h - lo) * (b - a);
}

export const quantiles = (values: ArrayLike<number>, ps: readonly number[]): number[] => {
  const sorted = sortedCopy(values);
  return ps.map((p) => quantileSorted(sorted, p));
};

export function shareAbove(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) count++;
  return count / values.length;
}

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total / values.length;
}

/** From `from` (included) to `to` (excluded, except in the last bin). */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** A "nice" bin width (1, 2 or 5 × a power of ten) giving about `target` bins over `span`. */
export function niceStep(span: number, target: number): number {
  if (!(span > 0) || !(target > 0)) return 1;
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return nice * power;
}

/** About `target` equal bins with round edges, from the smallest to the largest value. */
export function histogram(values: ArrayLike<number>, target = 24): HistogramBin[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    min = Math.min(min, values[i]!);
    max = Math.max(max, values[i]!);
  }
  // Values that differ only by floating-point rounding are one bar, not dozens of empty ones.
  if (max - min <= 1e-9 * Math.max(1, Math.abs(min), Math.abs(max))) return [{ from: min, to: max, count: values.length }];
  const step = niceStep(max - min, target);
  const start = Math.floor(min / step) * step;
  const count = Math.max(1, Math.ceil((max - start) / step + 1e-12));
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => ({ from: start + i * step, to: start + (i + 1) * step, count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const k = Math.min(count - 1, Math.max(0, Math.floor((values[i]! - start) / step)));
    bins[k]!.count++;
  }
  return bins;
}
