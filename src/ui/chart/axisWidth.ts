import { useMemo } from 'react';
import { moneyAxisFormat } from '../../lib/format';
import type { NiceAxis } from './niceAxis';
import { useStable } from './stableProps';

// As wide as the longest tick label: recharts clips the rest, and a cut "−£12.5bn" turns a loss into a gain.

const TICK_PADDING_PX = 12; // recharts' tick line and gap between label and axis
const FALLBACK_EM = 0.62; // a wide-ish average glyph for system sans fonts, where nothing can measure

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

// Read at most once a second: reading styles can force a recalculation, and widths are worked out as a slider moves.
let pageStyle: { font: string; spacing: string; at: number } | null = null;
function pageText(): { font: string; spacing: string } {
  if (!pageStyle || Date.now() - pageStyle.at > 1000) {
    const style = getComputedStyle(document.body);
    // A reader's own letter spacing (WCAG 1.4.12 lets them widen it) widens every label too.
    pageStyle = { font: style.fontFamily, spacing: style.letterSpacing === 'normal' ? '0px' : style.letterSpacing, at: Date.now() };
  }
  return pageStyle;
}

function measure(label: string, fontPx: number): number {
  const page = pageText();
  const key = `${fontPx} ${page.spacing} ${label}`;
  let width = widths.get(key);
  if (width === undefined) {
    // jsdom (the component tests) has no canvas and says so on the console: the estimate stands in.
    context ??= navigator.userAgent.includes('jsdom') ? null : document.createElement('canvas').getContext('2d');
    if (context) {
      context.font = `${fontPx}px ${page.font}`;
      context.letterSpacing = page.spacing;
      width = context.measureText(label).width;
    } else {
      width = label.length * fontPx * FALLBACK_EM;
    }
    widths.set(key, width);
  }
  return width;
}

export function axisWidth(labels: readonly string[], fontPx: number, least: number): number {
  const widest = Math.max(0, ...labels.map((label) => measure(label, fontPx)));
  return Math.max(least, Math.ceil(widest + TICK_PADDING_PX));
}

/**
 * Ticks, domain, width and labels for a recharts axis: the same objects while the ticks are, so the
 * chart is not redrawn. Without a `format`, money labels in £m or £bn as the ticks need (moneyAxisFormat).
 */
export function useValueAxis(axis: NiceAxis, fontPx: number, least: number, format?: (v: number) => string) {
  const ticks = useStable(axis.ticks);
  const domain = useStable(axis.domain);
  const tickFormatter = useMemo(() => format ?? moneyAxisFormat(ticks), [format, ticks]);
  const width = useMemo(() => axisWidth(ticks.map(tickFormatter), fontPx, least), [ticks, fontPx, least, tickFormatter]);
  return { ticks, domain, width, tickFormatter };
}
