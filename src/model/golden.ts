/** A row of public/data/published-figures.csv (transcribed from the 2013 report). */
export interface GoldenRow {
  id: string;
  section: string;
  theme: string;
  measure: string;
  /** 'prudent', 'base', 'prudent-base' (a pair), or ''. */
  scenario: string;
  year: string;
  /** One figure, a prudent–base pair, or a list of yearly figures. */
  value: number[];
  rawValue: string;
  unit: string;
  /** The tightest its printed figures allow. */
  tolerance: number;
  /** Each figure's: the row's, or half its last printed digit where wider (docs/decisions/0003-precision.md). */
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

/** "5.8" → [5.8]; "0.56-0.96" → two; "-0.07|0.13|…" → a list. A bad part gives NaN, so the row is refused, not read as 0. */
export function parseGoldenValue(raw: string): number[] {
  return componentsOf(raw).map((c) => (WHOLE_NUMBER.test(c.trim()) ? Number(c) : Number.NaN));
}

const COLUMNS = ['id', 'section', 'theme', 'measure', 'scenario', 'year', 'value', 'unit', 'tolerance', 'note'] as const;

export function parseGoldenCsv(csv: string): GoldenRow[] {
  // Each line keeps its own number, so an error points at the right place.
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ text, number: i + 1 }))
    .filter((l) => l.text.trim() !== '');
  const header = splitCsvLine(lines[0]?.text ?? '');
  if (header.join(',') !== COLUMNS.join(',')) {
    throw new Error(`published-figures.csv: the header should be ${COLUMNS.join(',')}`);
  }
  return lines.slice(1).map(({ text: line, number }) => {
    const cells = splitCsvLine(line);
    const row = Object.fromEntries(COLUMNS.map((column, i) => [column, cells[i] ?? ''])) as Record<(typeof COLUMNS)[number], string>;
    const value = parseGoldenValue(row.value);
    const tolerance = Number(row.tolerance);
    if (!row.id || value.some((v) => !Number.isFinite(v)) || !WHOLE_NUMBER.test(row.tolerance.trim())) {
      throw new Error(`published-figures.csv: line ${number} ("${line.slice(0, 40)}") cannot be read`);
    }
    const tolerances = componentsOf(row.value).map((c) => (value.length > 1 ? Math.max(tolerance, printedPrecision(c)) : tolerance));
    return { ...row, value, rawValue: row.value, tolerance, tolerances };
  });
}
