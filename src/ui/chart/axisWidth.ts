/**
 * How wide a chart's value axis must be for its longest tick label, so that a label such as
 * "−£12.5bn" is never cut at the chart's edge (a lost minus sign turns a loss into a gain).
 * recharts takes the axis width as a number and clips what does not fit.
 */

const TICK_PADDING_PX = 12; // recharts' tick line and gap between label and axis
const FALLBACK_EM = 0.62; // a wide-ish average glyph for system sans fonts, where nothing can measure

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

// The page's font and letter spacing, read at most once a second: reading them can force the
// browser to recompute styles, and axis widths are worked out while a slider moves.
const PAGE_STYLE_MS = 1000;
let pageStyle: { font: string; spacing: string; at: number } | null = null;
function pageText(): { font: string; spacing: string } | null {
  if (typeof document === 'undefined') return null;
  const now = Date.now();
  if (!pageStyle || now - pageStyle.at > PAGE_STYLE_MS) {
    const style = getComputedStyle(document.body);
    // A reader's own letter spacing (WCAG 1.4.12 lets them widen it) widens every label too.
    pageStyle = { font: style.fontFamily, spacing: style.letterSpacing === 'normal' ? '0px' : style.letterSpacing, at: now };
  }
  return pageStyle;
}

function measure(label: string, fontPx: number): number {
  const page = pageText();
  const key = `${fontPx} ${page?.spacing ?? ''} ${label}`;
  let width = widths.get(key);
  if (width === undefined) {
    // jsdom (the component tests) has no canvas and says so on the console: the estimate stands in.
    context ??= page === null || navigator.userAgent.includes('jsdom') ? null : document.createElement('canvas').getContext('2d');
    if (context && page) {
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

/** The axis width for these tick labels at this font size, and never less than `least`. */
export function axisWidth(labels: readonly string[], fontPx: number, least: number): number {
  const widest = Math.max(0, ...labels.map((label) => measure(label, fontPx)));
  return Math.max(least, Math.ceil(widest + TICK_PADDING_PX));
}
