import type { CSSProperties } from 'react';

/**
 * How far along its track a slider's value sits, for the filled part our CSS draws (the browser's
 * own track is too faint against the panel: WCAG 2.2, 1.4.11).
 */
export function rangeFill(value: number, min: number, max: number): CSSProperties {
  const share = max > min && Number.isFinite(value) ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0;
  return { '--fill': `${Math.round(share * 10000) / 100}%` } as CSSProperties;
}
