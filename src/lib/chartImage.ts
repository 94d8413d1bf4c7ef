// A chart on the page as a standalone SVG (styles inlined, the HTML legend redrawn, title and
// source added) and, through a canvas, a PNG; loaded from a blob: URL to work under the page's CSP.
const STYLE_PROPS = [
  ...['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity'],
  ...['font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'],
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

/** Copies the computed look of each element of `source` onto the same element of `clone`. */
function inlineStyles(source: Element, clone: Element): void {
  const view = source.ownerDocument.defaultView;
  if (!view) return;
  const walkA = [source, ...Array.from(source.querySelectorAll('*'))];
  const walkB = [clone, ...Array.from(clone.querySelectorAll('*'))];
  walkA.forEach((el, i) => {
    const target = walkB[i];
    if (!target) return;
    const cs = view.getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const v = cs.getPropertyValue(prop);
      if (v && v !== 'normal' && !(prop === 'stroke-dasharray' && v === 'none')) target.setAttribute(prop, v);
    }
    if (cs.display === 'none') target.setAttribute('display', 'none');
    for (const attr of ['class', 'style', 'tabindex']) target.removeAttribute(attr);
  });
}

/** Splits text into lines of at most `max` characters, at spaces. */
function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Like wrapText, but a word longer than a line (a link) is cut into pieces that fit. */
export function wrapLink(text: string, max: number): string[] {
  return wrapText(text, max).flatMap((line) => (line.length <= max ? [line] : line.match(new RegExp(`.{1,${Math.max(1, max)}}`, 'g')) ?? []));
}

function svgEl<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string | number>, content?: string) {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (content !== undefined) el.textContent = content;
  return el;
}

const textEl = (doc: Document, x: number, y: number, content: string, size: number, weight = 'normal', fill = '#1a1a1a') =>
  svgEl(doc, 'text', { x, y, 'font-family': FONT, 'font-size': size, 'font-weight': weight, fill }, content);

function placed<T extends Element>(source: T, x: number, y: number, width: number, height: number): T {
  const clone = source.cloneNode(true) as T;
  inlineStyles(source, clone);
  for (const [k, v] of Object.entries({ x, y, width, height })) clone.setAttribute(k, String(v));
  return clone;
}

interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/** The drawings inside `plot` with title, legend, note and `footer` (provenanceLines: what made it). */
export function chartToSvg(plot: HTMLElement, title: string, note: string, footer: readonly string[] = []): ChartImage {
  const doc = plot.ownerDocument;
  const box = plot.getBoundingClientRect();
  const pad = 16;
  const titleSize = 20;
  const top = pad + titleSize + 12;
  const width = Math.max(320, Math.round(box.width) + pad * 2);

  const root = svgEl(doc, 'svg', { xmlns: SVG_NS });
  root.appendChild(svgEl(doc, 'rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  root.appendChild(textEl(doc, pad, pad + titleSize, title, titleSize, 'bold'));

  let bottom = top;
  const surfaces = Array.from(plot.querySelectorAll('svg.recharts-surface')).filter((s) => !s.closest('.recharts-legend-wrapper')) as SVGSVGElement[];
  for (const s of surfaces) {
    const r = s.getBoundingClientRect();
    const [x, y] = [r.left - box.left + pad, r.top - box.top + top].map(Math.round) as [number, number];
    const clone = placed(s, x, y, Math.round(r.width), Math.round(r.height));
    if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${Math.round(r.width)} ${Math.round(r.height)}`);
    root.appendChild(clone);
    bottom = Math.max(bottom, r.bottom - box.top + top);
  }
  // HTML text inside the plot that belongs to the drawing (small-multiple titles).
  for (const p of Array.from(plot.querySelectorAll('.small-chart-title'))) {
    const r = p.getBoundingClientRect();
    root.appendChild(textEl(doc, Math.round(r.left - box.left + pad), Math.round(r.bottom - box.top + top - 4), p.textContent ?? '', 15, 'bold'));
  }
  // The legend is HTML in recharts: redraw each item as icon + text in rows below the drawing.
  const items = Array.from(plot.querySelectorAll('.recharts-legend-item'));
  if (items.length) {
    let x = pad;
    let y = bottom + 12;
    const rowHeight = 22;
    for (const item of items) {
      const label = item.querySelector('.recharts-legend-item-text')?.textContent ?? item.textContent ?? '';
      const itemWidth = 22 + label.length * 8 + 18;
      if (x + itemWidth > width - pad && x > pad) {
        x = pad;
        y += rowHeight;
      }
      const icon = item.querySelector('svg');
      if (icon) root.appendChild(placed(icon, x, y, 14, 14));
      root.appendChild(textEl(doc, x + 20, y + 12, label, 14));
      x += itemWidth;
    }
    bottom = y + rowHeight;
  }
  let y = bottom + 16;
  const perLine = Math.floor((width - pad * 2) / 7);
  for (const line of wrapText(note, perLine)) {
    root.appendChild(textEl(doc, pad, y, line, 12, 'normal', '#454545'));
    y += 16;
  }
  if (footer.length) {
    // Ruled off from the chart's own source note: this says which settings made the image.
    y += 2;
    root.appendChild(svgEl(doc, 'line', { x1: pad, x2: width - pad, y1: y - 10, y2: y - 10, stroke: '#c9ccd1' }));
    const group = svgEl(doc, 'g', { class: 'chart-provenance' });
    for (const paragraph of footer)
      for (const line of wrapLink(paragraph, perLine)) {
        group.appendChild(textEl(doc, pad, y, line, 12, 'normal', '#1a1a1a'));
        y += 16;
      }
    root.appendChild(group);
  }
  const height = Math.round(y + pad - 8);
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` })) root.setAttribute(k, String(v));
  root.insertBefore(svgEl(doc, 'title', {}, title), root.firstChild);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { svg, width, height };
}

export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = image.width;
    img.height = image.height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images (no canvas).');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
