/** The "Check against the report" rows: `fidelityTable` (as in `npm run fidelity`) formatted for reading. Pure. */
import { FIT_CLASS_TEXT, type FidelityRow, type FidelitySummary, type FitClass, type GoldenRow, type ModelData } from '../../model';
import { capitalise, formatMoney, formatNumber, formatPercent, formatYears } from '../../lib/format';

export type MatchFilter = 'all' | 'match' | 'miss';

export interface CheckRow {
  id: string;
  section: string;
  /** Theme id from the CSV ('hsc' … 'ro', or 'total'). */
  theme: string;
  themeLabel: string;
  figure: string;
  published: string;
  model: string;
  difference: string;
  allowed: string;
  match: boolean;
  /** The documented reason for a figure that does not match, or ''. */
  reason: string;
  kind: string;
}

/** The three classes in a few words each (docs/model.md, "How well it matches"). */
const KIND_WORDS: Record<FitClass, string> = { input: 'Input shown back', fitted: 'Fitted to', notFitted: 'Not fitted: a test' };

/** Number of decimal places printed in one part of the report's figure ("0.56" → 2). */
const decimalsOf = (text: string): number => text.trim().split('.')[1]?.length ?? 0;

/** The report's text split into one part per figure (pairs "a-b", lists "a|b|c"). */
function printedParts(raw: string): string[] {
  const text = raw.trim();
  if (text.includes('|')) return text.split('|');
  const pair = /^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$/.exec(text);
  return pair ? [pair[1] ?? '', pair[2] ?? ''] : [text];
}

/** One figure in the row's unit, to the report's own number of decimal places. */
function formatIn(unit: string, value: number, decimals: number): string {
  if (unit === '£bn') return formatMoney(value, { unit: 'bn', digits: decimals });
  if (unit === 'fraction') return formatPercent(value, Math.max(0, decimals - 2));
  if (unit === 'years') return formatYears(value);
  return `${formatNumber(value, decimals)}${unit ? ` ${unit}` : ''}`;
}

/** Figures to the places the report printed (plus `extra`); pairs read "prudent to base", lists (pilot years) "a; b; c". */
function formatParts(row: GoldenRow, values: readonly number[], extra: number): string {
  const printed = printedParts(row.rawValue);
  const parts = values.map((v, i) => formatIn(row.unit, v, decimalsOf(printed[i] ?? printed[0] ?? '') + extra));
  if (parts.length === 2 && row.scenario === 'prudent-base') return `${parts[0]} (prudent) to ${parts[1]} (base)`;
  if (parts.length === 2) return `${parts[0]} to ${parts[1]}`;
  return parts.join('; ');
}

function formatPublished(row: GoldenRow): string {
  if (row.unit !== 'years') return formatParts(row, row.value, 0);
  const [lo, hi] = row.value;
  if (hi !== undefined) return `${formatNumber(lo, 0)} to ${formatYears(hi)}`;
  return `${formatYears(lo)}, read as between ${formatNumber(lo, 0)} and ${formatYears((lo ?? 0) + 1)}`;
}

/** Decimal places of the row's tolerance: £0.05bn → 2, so differences are shown to the same step. */
const toleranceDigits = (row: GoldenRow): number => decimalsOf(String(Math.max(...row.tolerances)));

const NBSP = '\u00a0';
/** Percentage points, kept on one line with their number ("0.5 points", "1 point"). */
const points = (size: string) => `${size}${NBSP}${size === '1' ? 'point' : 'points'}`;

/** A difference or tolerance to the tolerance's own step; a share in percentage points. */
function formatGap(row: GoldenRow, size: number): string {
  const digits = toleranceDigits(row);
  return row.unit === 'fraction' ? points(formatNumber(size * 100, Math.max(0, digits - 2))) : formatIn(row.unit, size, digits);
}

function formatDifference(row: GoldenRow, f: FidelityRow): string {
  if (f.difference === null) return '–';
  if (row.unit !== 'years') return formatGap(row, f.difference);
  const [lo = 0, hi = lo + 1] = row.value;
  const v = f.model?.[0] ?? lo;
  return v >= lo && v <= hi ? 'inside the band' : formatYears(Math.min(Math.abs(v - lo), Math.abs(v - hi)));
}

function formatAllowed(row: GoldenRow): string {
  const [lo = 0, hi = lo + 1] = row.value;
  if (row.unit === 'years') return `between ${formatNumber(lo, 0)} and ${formatYears(hi)}`;
  const tol = Math.max(...row.tolerances);
  return tol === 0 ? 'exact' : `±${NBSP}${formatGap(row, tol)}`;
}

/** The year column in words: "year 2", or "years 1 to 5" for a list. */
function yearWords(year: string): string {
  if (!year) return '';
  const [a, b] = year.split('-');
  return b ? `years ${a} to ${b}` : `year ${a}`;
}

function describe(row: GoldenRow, data: ModelData): string {
  const measure = capitalise(row.measure);
  const key = row.id.split('.')[2];
  // The delay test is judged on the base scenario alone; a printed pair names its scenarios itself.
  const named = ['prudent', 'base'].includes(row.scenario) ? row.scenario : '';
  const scenario = row.id.endsWith('.switchDelay') ? 'base' : row.value.length === 1 ? named : '';
  const extras = [
    data.partners.find((p) => p.id === key)?.name,
    data.areas.find((a) => a.id === key)?.name,
    yearWords(row.year),
    scenario,
  ].filter(Boolean);
  return extras.length ? `${measure} (${extras.join(', ')})` : measure;
}

export function themeLabel(theme: string, data: ModelData): string {
  if (theme === 'total') return 'Three themes together';
  return data.themes.find((t) => t.id === theme)?.name ?? theme;
}

/** The fidelity table as rows to read. `golden` must be the rows the table was built from, in order. */
export function buildCheckRows(table: readonly FidelityRow[], golden: readonly GoldenRow[], data: ModelData): CheckRow[] {
  return table.flatMap((f, i) => {
    const row = golden[i];
    if (!row || row.id !== f.id) return [];
    return [
      {
        id: f.id,
        section: f.section,
        theme: row.theme,
        themeLabel: themeLabel(row.theme, data),
        figure: describe(row, data),
        published: formatPublished(row),
        // One more place than the report printed, so a near miss is visible.
        model: f.model ? formatParts(row, f.model, 1) : 'not modelled',
        difference: formatDifference(row, f),
        allowed: formatAllowed(row),
        match: f.match,
        reason: f.match ? '' : (f.knownReason ?? 'No documented reason: please report this.'),
        kind: KIND_WORDS[f.fitClass],
      },
    ];
  });
}

/** Theme filter choices, in the order themes first appear in the table. */
export function themeOptions(rows: readonly CheckRow[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.theme)) seen.set(r.theme, r.themeLabel);
  return [{ value: 'all', label: 'All themes' }, ...[...seen].map(([value, label]) => ({ value, label }))];
}

export function filterCheckRows(rows: readonly CheckRow[], match: MatchFilter, theme: string): CheckRow[] {
  return rows.filter((r) => (match === 'all' || (match === 'match') === r.match) && (theme === 'all' || r.theme === theme));
}

/** "173 of 192 published figures match at the precision the report printed (90.1%)." */
export function summaryLine(summary: FidelitySummary): string {
  const pct = summary.total ? formatPercent(summary.matched / summary.total, 1) : '–';
  return `${summary.matched} of ${summary.total} published figures match at the precision the report printed them (${pct}).`;
}

/** One line per class: inputs shown back, figures fitted to, figures not fitted to; counts as "49 of 66 match (74.2%)". */
export function classLines(summary: FidelitySummary) {
  return summary.byClass.map((c) => ({
    fitClass: c.fitClass,
    name: FIT_CLASS_TEXT[c.fitClass].name,
    count: `${c.matched} of ${c.total} match${c.total ? ` (${formatPercent(c.matched / c.total, 1)})` : ''}`,
    reason: capitalise(FIT_CLASS_TEXT[c.fitClass].reason),
  }));
}

export function missLine(summary: FidelitySummary): string {
  const misses = summary.total - summary.matched;
  if (misses === 0) return 'Every published figure matches.';
  const unexplained = summary.unexplained.length;
  const base = `The ${misses} that do not match are places where the report contradicts itself or prints a figure no stated rule produces; each has its reason in the table.`;
  return unexplained ? `${base} ${unexplained} have no documented reason yet.` : base;
}
