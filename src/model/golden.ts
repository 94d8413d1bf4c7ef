/**
 * The published figures (public/data/published-figures.csv, transcribed from the 2013 report),
 * read into typed rows. Both the fidelity check and the golden tests start here.
 */
export interface GoldenRow {
  id: string;
  section: string;
  theme: string;
  measure: string;
  /** 'prudent', 'base', 'prudent-base' (a pair), or '' (not scenario-specific). */
  scenario: string;
  year: string;
  /** One figure, a prudent–base pair, or a list of yearly figures. */
  value: number[];
  rawValue: string;
  unit: string;
  /** The tolerance the CSV gives for the row (the tightest its printed figures allow). */
  tolerance: number;
  /**
   * The tolerance for each figure of the row: the row's, or half a unit in the last digit
   * printed for that figure where that is wider. "0.4%–1%" is judged as 0.4% ± 0.05 points and
   * 1% ± 0.5 points, as the report printed them (docs/decisions/0003-precision.md).
   */
  tolerances: number[];
  note: string;
}

const NUMBER = '-?\\d+(?:\\.\\d+)?';
const PAIR = new RegExp(`^(${NUMBER})-(${NUMBER})$`);

/** Half a unit in the last printed digit: "0.01" → 0.005, "5.8" → 0.05, "12" → 0.5. */
export function printedPrecision(text: string): number {
  const decimals = text.split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

const componentsOf = (raw: string): string[] => {
  const text = raw.trim();
  if (text.includes('|')) return text.split('|');
  const pair = PAIR.exec(text);
  return pair ? [pair[1] ?? '', pair[2] ?? ''] : [text];
};

/** Splits one CSV line, honouring double-quoted fields with doubled quotes inside. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}


const WHOLE_NUMBER = new RegExp(`^${NUMBER}$`);

/**
 * "5.8" → [5.8]; "0.56-0.96" and "-0.3-12.6" → two values; "-0.07|0.13|…" → a list.
 * A blank or non-numeric part gives NaN, so the row is rejected rather than read as zero.
 */
export function parseGoldenValue(raw: string): number[] {
  return componentsOf(raw).map((c) => (WHOLE_NUMBER.test(c.trim()) ? Number(c) : Number.NaN));
}

export function parseGoldenCsv(csv: string): GoldenRow[] {
  // Keep each line's own number (1-based) so an error points at the right place in the file.
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ text, number: i + 1 }))
    .filter((l) => l.text.trim() !== '');
  const header = splitCsvLine(lines[0]?.text ?? '');
  const expected = ['id', 'section', 'theme', 'measure', 'scenario', 'year', 'value', 'unit', 'tolerance', 'note'];
  if (header.join(',') !== expected.join(',')) {
    throw new Error(`published-figures.csv: the header should be ${expected.join(',')}`);
  }
  return lines.slice(1).map(({ text: line, number }) => {
    const [id, section, theme, measure, scenario, year, value, unit, tolerance, note] = splitCsvLine(line);
    const parsed = parseGoldenValue(value ?? '');
    if (!id || parsed.some((v) => !Number.isFinite(v)) || !WHOLE_NUMBER.test((tolerance ?? '').trim())) {
      throw new Error(`published-figures.csv: line ${number} ("${line.slice(0, 40)}") cannot be read`);
    }
    return {
      id,
      section: section ?? '',
      theme: theme ?? '',
      measure: measure ?? '',
      scenario: scenario ?? '',
      year: year ?? '',
      value: parsed,
      rawValue: value ?? '',
      unit: unit ?? '',
      tolerance: Number(tolerance),
      tolerances: componentsOf(value ?? '').map((c) => (parsed.length > 1 ? Math.max(Number(tolerance), printedPrecision(c)) : Number(tolerance))),
      note: note ?? '',
    };
  });
}
