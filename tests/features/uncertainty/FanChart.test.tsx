import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FanChart } from '../../../src/features/uncertainty/McCharts';
import type { FanRow } from '../../../src/features/uncertainty/uncertaintyRows';
import '../../helpers';

/**
 * WCAG 2.2 1.4.11 and 1.4.1 for the fan chart: each band's edge is visible at 3:1 or more, the two
 * bands differ by more than colour, and the legend draws each band as the chart does. Everything
 * is read from the rendered SVG, not from the component's constants.
 */

const rows: FanRow[] = ['2012-13', '2013-14', '2014-15', '2015-16', '2016-17'].map((year, i) => ({
  year,
  outer: [-1 + i, 3 + i],
  inner: [i, 2 + i],
  p10: -1 + i,
  p25: i,
  p50: 1 + i,
  p75: 2 + i,
  p90: 3 + i,
}));

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255];

function hex(colour: string | null): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(colour ?? '');
  if (!m) throw new Error(`not a #rrggbb colour: ${colour}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const over = (c: Rgb, alpha: number, bg: Rgb): Rgb => c.map((v, i) => v * alpha + bg[i]! * (1 - alpha)) as Rgb;

function renderFan() {
  const { container } = render(<FanChart rows={rows} />);
  const areas = Array.from(container.querySelectorAll('.recharts-area'));
  expect(areas).toHaveLength(2);
  const band = (i: number) => {
    const area = areas[i]!;
    const fill = area.querySelector('.recharts-area-area')!;
    return { fill, edges: Array.from(area.querySelectorAll('.recharts-area-curve')) };
  };
  const legend = Array.from(container.querySelectorAll('.recharts-legend-item'));
  return { container, outer: band(0), inner: band(1), legend };
}

describe('FanChart bands (1.4.11, 1.4.1)', () => {
  it('draws both edges of each band in a colour at 3:1 or more against white and against the band around it', () => {
    const { outer, inner } = renderFan();
    const outerFill = over(hex(outer.fill.getAttribute('fill')), Number(outer.fill.getAttribute('fill-opacity')), WHITE);
    const innerFill = over(hex(inner.fill.getAttribute('fill')), Number(inner.fill.getAttribute('fill-opacity')), outerFill);
    for (const { edges } of [outer, inner]) {
      // A range area: one line along its top, one along its bottom.
      expect(edges).toHaveLength(2);
      for (const edge of edges) {
        expect(edge.getAttribute('fill')).toBe('none');
        expect(Number(edge.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(1.5);
        expect(contrast(hex(edge.getAttribute('stroke')), WHITE)).toBeGreaterThanOrEqual(3);
      }
    }
    // The light band's edge lies between white and the light band; the dark band's between the two bands.
    for (const edge of outer.edges) expect(contrast(hex(edge.getAttribute('stroke')), outerFill)).toBeGreaterThanOrEqual(3);
    for (const edge of inner.edges) {
      expect(contrast(hex(edge.getAttribute('stroke')), outerFill)).toBeGreaterThanOrEqual(3);
      expect(contrast(hex(edge.getAttribute('stroke')), innerFill)).toBeGreaterThanOrEqual(3);
    }
  });

  it('tells the bands apart by edge style, not colour alone: the 10th–90th dashed, the 25th–75th solid', () => {
    const { outer, inner } = renderFan();
    expect(outer.edges).toHaveLength(2);
    expect(inner.edges).toHaveLength(2);
    for (const edge of outer.edges) expect(edge.getAttribute('stroke-dasharray')).toMatch(/^\d+(\.\d+)?[ ,]+\d+(\.\d+)?$/);
    for (const edge of inner.edges) expect(edge.getAttribute('stroke-dasharray')).toBeNull();
  });

  it('gives the edges classes that the forced-colours styles can reach', () => {
    const { container } = renderFan();
    expect(container.querySelectorAll('.fan-band.fan-band-outer .recharts-area-curve')).toHaveLength(2);
    expect(container.querySelectorAll('.fan-band.fan-band-inner .recharts-area-curve')).toHaveLength(2);
  });

  it('draws a different legend swatch for each band, matching the band as drawn', () => {
    const { outer, inner, legend } = renderFan();
    expect(legend.map((li) => li.querySelector('.recharts-legend-item-text')?.textContent)).toEqual(['10th to 90th percentile', '25th to 75th percentile', 'Median']);
    const [outerIcon, innerIcon, medianIcon] = legend.map((li) => li.querySelector('svg')!);
    expect(outerIcon!.innerHTML).not.toBe(innerIcon!.innerHTML);
    expect(innerIcon!.innerHTML).not.toBe(medianIcon!.innerHTML);

    for (const [icon, band] of [
      [outerIcon!, outer],
      [innerIcon!, inner],
    ] as const) {
      const swatchFill = icon.querySelector('rect');
      expect(swatchFill).not.toBeNull();
      expect(swatchFill!.getAttribute('fill')).toBe(band.fill.getAttribute('fill'));
      expect(swatchFill!.getAttribute('fill-opacity')).toBe(band.fill.getAttribute('fill-opacity'));
      const swatchEdges = Array.from(icon.querySelectorAll('line'));
      expect(swatchEdges.length).toBeGreaterThan(0);
      for (const line of swatchEdges) {
        expect(line.getAttribute('stroke')).toBe(band.edges[0]!.getAttribute('stroke'));
        expect(line.getAttribute('stroke-dasharray')).toBe(band.edges[0]!.getAttribute('stroke-dasharray'));
        expect(line.getAttribute('stroke-width')).toBe(band.edges[0]!.getAttribute('stroke-width'));
      }
    }
  });

  it('keeps the median as a black line with dots, and its swatch likewise', () => {
    const { container, legend } = renderFan();
    const median = container.querySelector('.recharts-line-curve')!;
    expect(median.getAttribute('stroke')).toBe('#000000');
    expect(median.getAttribute('stroke-width')).toBe('2.5');
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(rows.length);
    const icon = legend[2]!.querySelector('svg')!;
    expect(icon.querySelector('line')?.getAttribute('stroke')).toBe('#000000');
    expect(icon.querySelector('circle')).not.toBeNull();
  });
});
