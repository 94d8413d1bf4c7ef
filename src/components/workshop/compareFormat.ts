import { formatChange, formatMoney, formatNumber, formatPercent, formatYears, MINUS, NONE } from '../format';
import type { CompareFigureRow } from './compareRows';

/** A figure of the comparison table as text. */
export function figureText(row: CompareFigureRow, side: 'a' | 'b'): string {
  const v = row[side];
  if (v === null) return row.kind === 'year' ? 'not yet' : NONE;
  if (row.kind === 'money') return formatMoney(v as number);
  if (row.kind === 'percent') return formatPercent(v as number);
  if (row.kind === 'years') return formatYears(v as number);
  return String(v);
}

const signedNumber = (n: number, digits: number) => {
  const text = formatNumber(Math.abs(n), digits);
  return text === '0' ? '0' : `${n < 0 ? MINUS : '+'}${text}`;
};

/** The difference B − A in words that read aloud well. */
export function diffText(row: CompareFigureRow): { text: string; spoken: string } {
  const d = row.diff;
  if (d === null) return { text: NONE, spoken: 'no difference can be given' };
  if (row.kind === 'money') {
    const c = formatChange(d);
    return { text: c.arrow ? `${c.arrow} ${c.text}` : c.text, spoken: c.words };
  }
  if (row.kind === 'percent') {
    const t = signedNumber(d * 100, 1);
    return t === '0' ? { text: 'no change', spoken: 'no change' } : { text: `${t} points`, spoken: `${d > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(d * 100), 1)} percentage points` };
  }
  if (row.kind === 'years') {
    const t = signedNumber(d, 1);
    return t === '0' ? { text: 'no change', spoken: 'no change' } : { text: `${t} ${Math.abs(d) === 1 ? 'year' : 'years'}`, spoken: `${formatYears(Math.abs(d))} ${d > 0 ? 'more' : 'less'}` };
  }
  if (d === 0) return { text: 'same year', spoken: 'the same year' };
  const n = Math.abs(d);
  return { text: `${n} ${n === 1 ? 'year' : 'years'} ${d > 0 ? 'later' : 'earlier'}`, spoken: `${n} ${n === 1 ? 'year' : 'years'} ${d > 0 ? 'later' : 'earlier'}` };
}
