import { useState, type RefObject } from 'react';
import type { Settings } from '../../model';
import { chartToSvg, svgToPng } from '../../lib/chartImage';
import { downloadBlob, fileDate, fileSlug } from '../../lib/download';
import { provenanceLines } from '../../lib/provenance';
import { shareLink, useAppData, useSettledSettings } from '../../state';

/** PNG and SVG downloads of the chart in `plot`, with a footer of the settings that drew it, the date and the link. */
export function ChartDownloads({ plot, title, note, settings }: { plot: RefObject<HTMLElement | null>; title: string; note: RefObject<HTMLElement | null>; settings?: Settings }) {
  const [error, setError] = useState<string | null>(null);
  const { data } = useAppData();
  const settled = useSettledSettings();
  const shown = settings ?? settled;
  const run = async (kind: 'png' | 'svg') => {
    setError(null);
    const el = plot.current;
    if (!el) return;
    try {
      const now = new Date();
      const name = `community-budgets-${fileSlug(title)}-${fileDate(now)}`;
      const image = chartToSvg(el, title, note.current?.textContent ?? '', provenanceLines(shown, data, shareLink(shown), now));
      if (kind === 'svg') downloadBlob(new Blob([image.svg], { type: 'image/svg+xml' }), `${name}.svg`);
      else downloadBlob(await svgToPng(image), `${name}.png`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <span className="chart-downloads">
      <button type="button" className="secondary-button" onClick={() => void run('png')} aria-label={`Download “${title}” as a PNG image`}>
        PNG
      </button>
      <button type="button" className="secondary-button" onClick={() => void run('svg')} aria-label={`Download “${title}” as an SVG image`}>
        SVG
      </button>
      {error && (
        <span role="alert" className="chart-download-error">
          {error}
        </span>
      )}
    </span>
  );
}
