// A block copied from a spreadsheet, as the clipboard carries it: tab-separated cells, one row a line
// (CRLF from Excel on Windows, LF elsewhere), a newline after the last row, and a cell holding a tab,
// a line break or a quote written in double quotes with its quotes doubled ("say ""hi""").

/** True when pasted text is a block of cells rather than text for one box. */
export const isBlock = (text: string): boolean => /[\t\r\n]/.test(text);

/**
 * The cells of a pasted block, row by row, as text (blank cells are ""). The newline after the last
 * row makes no extra row; a quote that is never closed is read as plain text.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      const quoted = readQuoted(text, i);
      if (quoted) {
        cell = quoted.text;
        i = quoted.end;
        continue;
      }
    }
    if (ch === '\t') {
      endCell();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  // Text after the last line break is a last row; a trailing line break leaves nothing behind.
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** A quoted cell starting at `start`: its text and where reading goes on, if it closes before a tab, a line break or the end. */
function readQuoted(text: string, start: number): { text: string; end: number } | null {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      if (text[i + 1] === '"') {
        out += '"';
        i += 2;
        continue;
      }
      const next = text[i + 1];
      return next === undefined || next === '\t' || next === '\r' || next === '\n' ? { text: out, end: i + 1 } : null;
    }
    out += ch;
    i += 1;
  }
  return null;
}

const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * A number as people type or copy it: "1,200", "£3.5", "25%", "-2", "−2" or "(2)" (negative, as
 * accounts write it), with spaces around. Null for blank text or anything else ("1,2", "3 4", "abc").
 * The "%" sign is only dropped: a column of percentages takes 25 and 25% alike.
 */
export function readNumber(text: string): number | null {
  let t = text.trim().replace(/\u2212/g, '-').replace(/\s+/g, ' ');
  if (t === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  if (t.startsWith('-') || t.startsWith('+')) {
    negative = negative !== t.startsWith('-');
    t = t.slice(1).trim();
  }
  t = t.replace(/^£\s?/, '').replace(/\s?%$/, '');
  if (GROUPED.test(t)) t = t.replace(/,/g, '');
  if (!PLAIN.test(t)) return null;
  const value = Number(t);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}
