/**
 * How wide a chart's value axis must be for its longest tick label, so that a label such as
 * "−£12.5bn" is never cut at the chart's edge (a lost minus sign turns a loss into a gain).
 * recharts takes the axis width as a number and clips what does not fit.
 */

const TICK_PADDING_PX = 12; // recharts' tick line and gap between label and axis
const FALLBACK_EM = 0.62; // a wide-ish average glyph for system sans fonts, where nothing can measure

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

function measure(label: string, fontPx: number): number {
  const key = `${fontPx} ${label}`;
  let width = widths.get(key);
  if (width === undefined) {
    // jsdom (the component tests) has no canvas and says so on the console: the estimate stands in.
    context ??= typeof document === 'undefined' || navigator.userAgent.includes('jsdom') ? null : document.createElement('canvas').getContext('2d');
    if (context) {
      context.font = `${fontPx}px ${getComputedStyle(document.body).fontFamily}`;
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
