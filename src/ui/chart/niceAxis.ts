import { niceStep } from '../../model';

export interface NiceAxis {
  domain: [number, number];
  ticks: number[];
}

// Round ticks (1, 2 or 5 × a power of ten; recharts picks steps such as £0.95bn) over every value and
// zero, no finer than the labels show. `fromZero` false: a histogram's axis starts near its values.
export function niceAxis(values: Iterable<number>, target = 4, minStep = 0.01, fromZero = true): NiceAxis {
  let lo = fromZero ? 0 : Infinity;
  let hi = fromZero ? 0 : -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) lo = hi = 0;
  // All zero: a short axis in the chart's own scale (£0–0.5bn nationally, £0–5m for an area).
  const step = Math.max(minStep, niceStep(hi - lo || minStep * 100, target));
  // The 1e-9 keeps a value that is already a whole number of steps from gaining another.
  const first = Math.floor(lo / step + 1e-9);
  return stepTicks(first, Math.max(first + 1, Math.ceil(hi / step - 1e-9)), step);
}

/** An axis with a tick at every step from `first` to `last` steps (rounded off floating-point dust). */
export function stepTicks(first: number, last: number, step: number): NiceAxis {
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => Math.round((first + i) * step * 1e9) / 1e9);
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}

/** The finest step a money axis takes: £0.1m, as its £m labels show it (moneyAxisFormat). */
export const FINEST_MONEY_STEP = 0.0001;

/**
 * A money axis (£bn values): as niceAxis, but down to £0.1m steps, as a small case's £m labels
 * ("£0m, £2m, £4m") show them where £bn ones could not; all zero, the national £0–0.5bn as before.
 */
export function moneyAxis(values: Iterable<number>, target = 4, fromZero = true): NiceAxis {
  const list = [...values];
  const any = list.some((v) => Number.isFinite(v) && v !== 0);
  return niceAxis(list, target, any ? FINEST_MONEY_STEP : 0.01, fromZero);
}
