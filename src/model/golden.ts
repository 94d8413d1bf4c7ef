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
  tolerance: number;
  note: string;
}

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

const NUMBER = '-?\\d+(?:\\.\\d+)?';
const PAIR = new RegExp(`^(${NUMBER})-(${NUMBER})$`);

/** "5.8" → [5.8]; "0.56-0.96" and "-0.3-12.6" → two values; "-0.07|0.13|…" → a list. */
export function parseGoldenValue(raw: string): number[] {
  const text = raw.trim();
  if (text.includes('|')) return text.split('|').map(Number);
  const pair = PAIR.exec(text);
  if (pair) return [Number(pair[1]), Number(pair[2])];
  return [Number(text)];
}

export function parseGoldenCsv(csv: string): GoldenRow[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '');
  const expected = ['id', 'section', 'theme', 'measure', 'scenario', 'year', 'value', 'unit', 'tolerance', 'note'];
  if (header.join(',') !== expected.join(',')) {
    throw new Error(`published-figures.csv: the header should be ${expected.join(',')}`);
  }
  return lines.slice(1).map((line, i) => {
    const [id, section, theme, measure, scenario, year, value, unit, tolerance, note] = splitCsvLine(line);
    const parsed = parseGoldenValue(value ?? '');
    if (!id || parsed.some((v) => !Number.isFinite(v)) || !Number.isFinite(Number(tolerance))) {
      throw new Error(`published-figures.csv: line ${i + 2} ("${line.slice(0, 40)}") cannot be read`);
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
      note: note ?? '',
    };
  });
}
