import type { Ignored } from './settings';

export interface IgnoredLine extends Ignored {
  count: number;
}

export interface IgnoredSummary {
  lines: IgnoredLine[];
  /** Ignored parts of the link not in `lines`, each repeat counted. */
  more: number;
}

/** A hostile link can hold thousands of bad parameters: six lines name them without pushing a phone's page down. */
export const MAX_IGNORED_LINES = 6;

/** Merges identical reports into lines with a count, in first-seen order, and caps them. */
export function summariseIgnored(ignored: readonly Ignored[], maxLines = MAX_IGNORED_LINES): IgnoredSummary {
  const merged = new Map<string, IgnoredLine>();
  for (const i of ignored) {
    // A character that cannot appear in either part keeps "a" + "b:c" apart from "a:b" + "c".
    const key = `${i.param}\u0000${i.reason}`;
    const line = merged.get(key);
    if (line) line.count += 1;
    else merged.set(key, { param: i.param, reason: i.reason, count: 1 });
  }
  const all = [...merged.values()];
  const lines = all.slice(0, maxLines);
  const more = all.slice(maxLines).reduce((n, line) => n + line.count, 0);
  return { lines, more };
}

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "(2,000 times)" after a line given more than once, else nothing. */
export const timesText = (count: number): string => (count > 1 ? ` (${COUNT.format(count)} times)` : '');

/** "…and 1,994 more parts of the link" when some were left out, else null. */
export const moreText = (more: number): string | null =>
  more > 0 ? `…and ${COUNT.format(more)} more ${more === 1 ? 'part' : 'parts'} of the link` : null;

/** A parameter's name as shown; a link can hold a value with no name at all ("=5"). */
export const paramLabel = (param: string): string => param || '(no name)';

/** For the command line's stderr. */
export function ignoredReport(ignored: readonly Ignored[]): string[] {
  const { lines, more } = summariseIgnored(ignored);
  const text = lines.map((l) => `ignored ${paramLabel(l.param)}: ${l.reason}${timesText(l.count)}`);
  const rest = moreText(more);
  return rest ? [...text, `${rest} (all are in the JSON's "ignored" list)`] : text;
}
