// The one place numbers become text: en-GB, never "NaN" or "Infinity". Money arrives as £bn numbers.

/** A real minus sign (U+2212), easier to read on a projector than a hyphen. */
export const MINUS = '\u2212';
/** Shown where a figure does not exist (no payback within the horizon). */
export const NONE = '–';

// Building an Intl.NumberFormat costs far more than using one, and charts format hundreds of
// labels per frame while a slider moves: every formatter is made once and kept.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(minDigits: number, maxDigits: number, grouping: boolean): Intl.NumberFormat {
  const key = `${minDigits}/${maxDigits}/${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits, useGrouping: grouping });
    formatters.set(key, f);
  }
  return f;
}
const fixed = (digits: number) => numberFormat(digits, digits, true);

/**
 * Makes the first page's formatters one task at a time while the data downloads: the first
 * Intl.NumberFormat loads the locale's data, a long step on a phone. Returns a cancel function.
 */
export function warmFormatters(): () => void {
  const steps = [() => fixed(0), () => fixed(1), () => fixed(2), () => numberFormat(0, 2, false)];
  let timer: ReturnType<typeof setTimeout>;
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) timer = setTimeout(next, 0);
  };
  timer = setTimeout(next, 0);
  return () => clearTimeout(timer);
}

const isNumber = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const inBillions = (bn: number) => Math.round(Math.abs(bn) * 1000) >= 1000;

/** Rounded as the formats show it: halves away from zero. */
export function roundAway(value: number, digits: number): number {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

/** Rounds and drops the sign of a value that rounds to zero, so "−£0m" is never printed. */
function signed(value: number, digits: number, body: (abs: number) => string): string {
  const rounded = Math.abs(roundAway(value, digits));
  const sign = value < 0 && rounded > 0 ? MINUS : '';
  return sign + body(rounded);
}
const pounds = (value: number, digits: number, unit: 'bn' | 'm') => signed(value, digits, (abs) => `£${fixed(digits).format(abs)}${unit}`);

/**
 * The places an amount in £m is shown to: one under £100m ("£29.6m", "£4.4m"), so a small case's
 * figures are not rounded until they look alike; none from £100m ("£364m").
 */
function millionsPlaces(bn: number): 0 | 1 {
  return Math.abs(roundAway(bn * 1000, 1)) < 100 ? 1 : 0;
}

/** An amount in £m to `places`; one that rounds to nothing is "£0m", never "£0.0m" or "−£0m". */
function millionsText(bn: number, places: number): string {
  return roundAway(bn * 1000, places) === 0 ? '£0m' : pounds(bn * 1000, places, 'm');
}

/** £bn → "£12.0bn", "£364m", "£29.6m" (unit 'auto': £m below £1bn), null → "–"; `digits` are the £bn places. */
export function formatMoney(bn: number | null | undefined, options: { unit?: 'auto' | 'bn' | 'm'; digits?: number } = {}): string {
  if (!isNumber(bn)) return NONE;
  const digits = options.digits ?? 1;
  const millions = options.unit === 'm' || (options.unit !== 'bn' && !inBillions(bn));
  return millions ? millionsText(bn, millionsPlaces(bn)) : pounds(bn, digits, 'bn');
}

/** Fraction → "69%"; below 10% one place ("7.5%") keeps small shares apart. Null → "–". */
export function formatPercent(fraction: number | null | undefined, digits?: number): string {
  if (!isNumber(fraction)) return NONE;
  const places = digits ?? percentPlaces(fraction);
  return signed(fraction * 100, places, (abs) => `${fixed(places).format(abs)}%`);
}

/** A financial year without its century, for a narrow axis: "2012-13" → "12-13". */
export const shortYear = (year: string): string => year.slice(2);

/** "3.2 years", "1 year"; null → "–". */
export function formatYears(years: number | null | undefined): string {
  if (!isNumber(years)) return NONE;
  const places = yearsPlaces(years);
  const text = signed(years, places, (abs) => fixed(places).format(abs));
  return `${text} ${Math.round(years * 10) === 10 ? 'year' : 'years'}`;
}

function plain(value: number | null | undefined, format: Intl.NumberFormat): string {
  if (!isNumber(value)) return NONE;
  const text = format.format(Math.abs(value));
  return (value < 0 && text !== '0' ? MINUS : '') + text;
}

/** A plain number in display units for a control ("3.5", "20"), never NaN. */
export const formatNumber = (value: number | null | undefined, maxDigits = 2): string => plain(value, numberFormat(0, maxDigits, false));

/** A count of people or families with en-GB grouping: "117,000". */
export const formatCount = (value: number | null | undefined): string => plain(value, numberFormat(0, 0, true));

/** Short £bn value for chart axes: "£5bn", "−£2bn", "£0.5bn". */
export function formatAxisMoney(bn: number): string {
  if (!Number.isFinite(bn)) return '';
  const abs = Math.abs(bn);
  const digits = abs !== 0 && abs < 1 ? (Math.round(abs * 10) === abs * 10 ? 1 : 2) : abs % 1 === 0 ? 0 : 1;
  return pounds(bn, digits, 'bn');
}

/**
 * A table column of money in one unit and one number of places, so figures compare down the column:
 * £bn when any reaches £1bn (two places if one under £0.1bn is not zero), otherwise £m (one place
 * if one under £100m is not zero, as formatMoney gives it).
 */
export function formatMoneyColumn(values: readonly (number | null | undefined)[]): string[] {
  const finite = values.filter(isNumber);
  const digits = finite.some((v) => v !== 0 && Math.abs(v) < 0.095) ? 2 : 1;
  // £m when nothing reaches £1bn, or when £bn to two places would show a real amount as nothing.
  const inMillions = !finite.some((v) => Math.abs(v) >= 0.9995) || finite.some((v) => v !== 0 && Math.abs(v) < 0.005);
  const places = Math.max(0, ...finite.filter((v) => v !== 0).map(millionsPlaces));
  return values.map((v) => (v === 0 ? '£0' : !isNumber(v) ? NONE : inMillions ? millionsText(v, places) : formatMoney(v, { unit: 'bn', digits })));
}

/**
 * One unit for a set of figures read together (a chart's tooltip and its table): £bn to `digits`
 * places once any reaches £1bn, as the national case always has; otherwise £m, all to one place if
 * any under £100m needs it ("£29.6m", "£4.4m"), where £bn would print "£0.03bn" and "£0.00bn".
 */
export function moneyScale(values: Iterable<number | null | undefined>, digits = 2): { unit: '£bn' | '£m'; format: (bn: number | null | undefined) => string } {
  const finite = [...values].filter(isNumber);
  if (finite.length === 0 || finite.some((v) => Math.abs(v) >= 0.9995)) return { unit: '£bn', format: (v) => formatMoney(v, { unit: 'bn', digits }) };
  const places = Math.max(0, ...finite.filter((v) => v !== 0).map(millionsPlaces));
  return { unit: '£m', format: (v) => (isNumber(v) ? millionsText(v, places) : NONE) };
}

/** A table column of percentages, all to the places the most precise figure needs. */
export function formatPercentColumn(values: readonly (number | null | undefined)[]): string[] {
  const places = Math.max(0, ...values.filter(isNumber).map((v) => (formatPercent(v).includes('.') ? 1 : 0)));
  return values.map((v) => formatPercent(v, places));
}

/** £m axis labels for a local area's few £m (£bn labels read "£0.00bn"); one place if ticks are under £1m apart. */
export function millionsAxisFormat(ticks: readonly number[]): (bn: number) => string {
  const gaps = ticks.slice(1).map((t, i) => Math.abs(t - ticks[i]!));
  const digits = gaps.some((g) => g > 0 && Math.round(g * 1000 * 1e6) / 1e6 < 1) ? 1 : 0;
  return (bn) => (Number.isFinite(bn) ? pounds(bn * 1000, digits, 'm') : '');
}

/**
 * Labels for a money axis, chosen from its ticks: £m ("£0m, £10m, £20m") when every tick is under
 * £1bn in size, where £bn labels would read "£0.01bn, £0.02bn, £0.02bn"; otherwise £bn ("£5bn").
 */
export function moneyAxisFormat(ticks: readonly number[]): (bn: number) => string {
  const finite = ticks.filter(Number.isFinite);
  return finite.length > 0 && finite.every((t) => Math.abs(t) < 1) ? millionsAxisFormat(finite) : formatAxisMoney;
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

// Every difference shown beside figures (headline, partners, comparison) is the gap between the
// two figures *as shown*, current minus the other: "£9.6bn" against "£12.0bn" reads "▼ £2.4bn".

/** The places formatPercent gives a fraction: one below 10% (unless whole), else none. */
export function percentPlaces(fraction: number): number {
  const pct = Math.abs(fraction * 100);
  return pct < 9.95 && Math.round(pct * 10) % 10 !== 0 ? 1 : 0;
}

const yearsPlaces = (years: number): number => (Number.isInteger(Math.round(years * 10) / 10) ? 0 : 1);

/** The places of £m formatMoney shows a figure to (a figure in £bn counts as whole £m). */
const shownPlaces = (bn: number): 0 | 1 => (inBillions(bn) ? 0 : millionsPlaces(bn));

/** Money as formatMoney shows it, in £bn: £0.1m steps under £100m, £1m steps to £1bn, £0.1bn steps above. */
const shownMoney = (bn: number): number => (inBillions(bn) ? roundAway(bn, 1) : roundAway(bn * 1000, millionsPlaces(bn)) / 1000);

export interface Difference {
  /** ▲ or ▼ for money (its text starts with it), '' otherwise and for no change. */
  arrow: '▲' | '▼' | '';
  /** The unsigned amount for money ("£1.2bn"); the whole text otherwise. */
  amount: string;
  /** As shown: "▲ £1.2bn", "+0.4 years", "no change". */
  text: string;
  /** The same aloud: "up £1.2bn", "0.4 years more". */
  words: string;
}

const NO_DIFFERENCE: Difference = { arrow: '', amount: NONE, text: NONE, words: 'not available' };
const NO_CHANGE: Difference = { arrow: '', amount: 'no change', text: 'no change', words: 'no change' };

/**
 * "▲ £1.2bn", "▼ £400m", "▲ £4.4m", "no change": in £bn when either figure is shown in £bn, else £m,
 * to a place only where a figure is shown to one ("£29.6m" against "£25.2m") and the gap is under £100m.
 */
export function moneyDifference(current: number | null | undefined, other: number | null | undefined): Difference {
  if (!isNumber(current) || !isNumber(other)) return NO_DIFFERENCE;
  const d = shownMoney(current) - shownMoney(other);
  const billions = inBillions(current) || inBillions(other);
  // A gap too small for £0.1bn between two figures shown differently ("£1.0bn", "£999m") is given in £m.
  const tenths = formatMoney(Math.abs(d), { unit: 'bn' });
  const places = Math.min(Math.max(shownPlaces(current), shownPlaces(other)), millionsPlaces(d));
  const size = billions && tenths !== '£0.0bn' ? tenths : millionsText(Math.abs(d), places);
  if (size === '£0m') return NO_CHANGE;
  return d > 0 ? { arrow: '▲', amount: size, text: `▲ ${size}`, words: `up ${size}` } : { arrow: '▼', amount: size, text: `▼ ${size}`, words: `down ${size}` };
}

/** The gap between two percentages (in points) or years as shown: sign and size ("0.4"), null if equal. */
export function shownGap(kind: 'percent' | 'years', current: number, other: number): { sign: 1 | -1; size: string } | null {
  const places = kind === 'percent' ? Math.max(percentPlaces(current), percentPlaces(other)) : Math.max(yearsPlaces(current), yearsPlaces(other));
  const shown = (v: number) => (kind === 'percent' ? roundAway(v * 100, percentPlaces(v)) : roundAway(v, 1));
  const d = shown(current) - shown(other);
  const rounded = Math.abs(roundAway(d, places));
  return rounded === 0 ? null : { sign: d > 0 ? 1 : -1, size: fixed(places).format(rounded) };
}

export const gapUnit = (kind: 'percent' | 'years', size: string, short = false): string =>
  kind === 'percent' ? `${short ? '' : 'percentage '}${size === '1' ? 'point' : 'points'}` : size === '1' ? 'year' : 'years';

function scaledDifference(kind: 'percent' | 'years', current: number | null | undefined, other: number | null | undefined): Difference {
  if (!isNumber(current) || !isNumber(other)) return NO_DIFFERENCE;
  const gap = shownGap(kind, current, other);
  if (!gap) return NO_CHANGE;
  const text = `${gap.sign > 0 ? '+' : MINUS}${gap.size} ${gapUnit(kind, gap.size, true)}`;
  const words =
    kind === 'percent' ? `${gap.sign > 0 ? 'up' : 'down'} ${gap.size} ${gapUnit(kind, gap.size)}` : `${gap.size} ${gapUnit(kind, gap.size)} ${gap.sign > 0 ? 'more' : 'less'}`;
  return { arrow: '', amount: text, text, words };
}

/** "+12.5 points", "−1 point". */
export const percentDifference = (current: number | null | undefined, other: number | null | undefined): Difference => scaledDifference('percent', current, other);

/** "+0.4 years", "−1 year". */
export const yearsDifference = (current: number | null | undefined, other: number | null | undefined): Difference => scaledDifference('years', current, other);
