/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): 32-bit integer arithmetic only, so the same seed gives
 * the same draws on every platform. Period 2^32, ample for 100,000 draws of a few dozen numbers.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const uniformAt = (u: number, lo: number, hi: number): number => lo + (hi - lo) * u;

/** A triangular draw (inverse of the cumulative distribution); `mode` is clamped into [lo, hi]. */
export function triangularAt(u: number, lo: number, mode: number, hi: number): number {
  if (hi <= lo) return lo;
  const c = Math.min(hi, Math.max(lo, mode));
  const width = hi - lo;
  const split = (c - lo) / width;
  return u < split ? lo + Math.sqrt(u * width * (c - lo)) : hi - Math.sqrt((1 - u) * width * (hi - c));
}
