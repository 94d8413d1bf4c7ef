import type { ModelData, Results, Settings } from '../model';
import { capitalise, formatMoney, formatPercent, formatYears, gapUnit, moneyDifference, shownGap } from './format';

export type FigureId = 'npv' | 'annual' | 'pctOfSpend' | 'payback' | 'leakageHeadroom' | 'delayHeadroom';

export interface HeadlineFigure {
  id: FigureId;
  label: string;
  value: string;
  /** Against the report's base run: an arrow and amount for money, the base figure otherwise. */
  comparison: { arrow: '▲' | '▼' | ''; text: string; spoken: string };
  /** One plain-English line saying what the figure means with the current numbers. */
  explanation: string;
  /** A line shown on the card under the value (the break-evens' margin from the setting). */
  detail?: string;
}

const horizonLabel = (s: Settings) => `${s.horizon}-year net benefit`;

/** What the figures are set against: the report's base for the national case, a place's own case as given. */
export interface BaseWords {
  short: string;
  spoken: string;
  firstYear: string;
}
export const REPORT_BASE: BaseWords = { short: 'report base', spoken: 'the report’s base scenario', firstYear: '2012-13' };
export const baseWordsOf = (data: Pick<ModelData, 'published' | 'firstYear'>): BaseWords =>
  data.published ? { ...REPORT_BASE, firstYear: data.firstYear } : { short: 'case as given', spoken: 'the case as given', firstYear: data.firstYear };

function moneyComparison(current: number, base: number, words: BaseWords): HeadlineFigure['comparison'] {
  const change = moneyDifference(current, base);
  if (change.arrow === '') return { arrow: '', text: `Same as ${words.short}`, spoken: `Same as ${words.spoken}` };
  // The arrow is drawn on its own (coloured), so the text carries only the amount.
  return { arrow: change.arrow, text: `${change.amount} vs ${words.short}`, spoken: `${change.words} on ${words.spoken}` };
}

function textComparison(current: string, base: string, words: BaseWords): HeadlineFigure['comparison'] {
  if (current === base) return { arrow: '', text: `Same as ${words.short}`, spoken: `Same as ${words.spoken}` };
  return { arrow: '', text: `${capitalise(words.short)}: ${base}`, spoken: `${capitalise(words.spoken)} gives ${base}` };
}

/** A break-even and its margin from the setting; `detail` is on the card (presenter mode has no tooltips). */
type BreakEven = Pick<HeadlineFigure, 'value' | 'explanation'> & { detail: string };

// The break-even's distance from the setting ("45 points beyond your 20%", "your 80% is 15 points
// past it"); null when the setting differs by theme.
function marginWords(kind: 'percent' | 'years', breakEven: number, current: number, uniform: boolean, short = true): string | null {
  if (!uniform) return null;
  const yours = kind === 'percent' ? formatPercent(current) : formatYears(current);
  const gap = shownGap(kind, breakEven, current);
  if (!gap) return `at your ${yours}`;
  // Short enough for one line of a card on a 1024×768 projector ("points": percentage points).
  const size = `${gap.size} ${gapUnit(kind, gap.size, short)}`;
  if (gap.sign < 0) return `your ${yours} is ${size} past it`;
  return `${size} beyond your ${yours}`;
}

function breakEvenText(results: Results, settings: Settings, which: 'leakage' | 'delay'): BreakEven {
  const leakage = which === 'leakage';
  const v = results.total.switching[which];
  const horizon = horizonLabel(settings);
  const longest = formatYears(settings.horizon);
  if (v === null) {
    const positive = results.total.npv.gt(0) || (!leakage && results.total.npvWithoutDelay.gt(0));
    // The detail is short, for one line of a card on a projector; the explanation says it in full.
    const detail = leakage ? 'Below zero at 0% leakage' : 'Below zero with no delay';
    if (!positive) return { value: 'none', detail, explanation: `The ${horizon} is at or below zero even with no ${which}.` };
    if (leakage) return { value: 'none', detail: 'Never reaches zero', explanation: `No level of leakage takes the ${horizon} to zero.` };
    const late = `Even ${longest} late, the ${horizon} stays above zero.`;
    return { value: `over ${longest}`, detail: `Positive even ${longest} late`, explanation: late };
  }
  const value = leakage ? formatPercent(v) : formatYears(v);
  const uniform = Object.keys(leakage ? settings.leakageByTheme : settings.delayByTheme).length === 0;
  const theirs = `with one ${which} on every theme (yours differ by theme)`;
  const margin = marginWords(leakage ? 'percent' : 'years', v, settings[which], uniform) ?? theirs;
  const spelt = marginWords(leakage ? 'percent' : 'years', v, settings[which], uniform, false) ?? theirs;
  const explanation = leakage
    ? `Break-even at ${value} leakage: ${spelt}. At that leakage the ${horizon} is zero.`
    : `Break-even at ${value} late: ${spelt}. With benefits that late the ${horizon} is zero.`;
  return { value, detail: capitalise(margin), explanation };
}

/** A break-even as its card gives it: the switching value, or null, with the card's words ("none", "over 5 years"). */
export function headroomOf(results: Results, settings: Settings, which: 'leakage' | 'delay'): { value: number | null; text: string } {
  return { value: results.total.switching[which], text: breakEvenText(results, settings, which).value };
}

/** The net benefit over the horizon against the report's base, for the places that need only it. */
export function netBenefitFigure(results: Results, baseline: Results, settings: Settings, words: BaseWords = REPORT_BASE): HeadlineFigure {
  const npv = results.total.npv.toNumber();
  return {
    id: 'npv',
    label: capitalise(horizonLabel(settings)),
    value: formatMoney(npv),
    comparison: moneyComparison(npv, baseline.total.npv.toNumber(), words),
    explanation: `Benefits minus costs over ${settings.horizon} years from ${words.firstYear}, with later years counted at today’s value.`,
  };
}

/** The six headline figures for the user's run, each compared with the report's base run. */
export function buildHeadlineFigures(results: Results, baseline: Results, settings: Settings, baseSettings: Settings, words: BaseWords = REPORT_BASE): HeadlineFigure[] {
  const t = results.total;
  const b = baseline.total;
  const annual = t.annualNet.toNumber();
  const pct = formatPercent(t.pctOfSpend);
  const payback = t.paybackYear ?? 'not yet';
  const basePayback = b.paybackYear ?? 'not yet';
  const spend = formatMoney(t.addressableSpend.toNumber());
  return [
    netBenefitFigure(results, baseline, settings, words),
    {
      id: 'annual',
      label: 'Annual net benefit',
      value: formatMoney(annual),
      comparison: moneyComparison(annual, b.annualNet.toNumber(), words),
      explanation: 'Benefits minus ongoing costs in a typical year once the changes are fully running.',
    },
    {
      id: 'pctOfSpend',
      label: 'Share of spend saved',
      value: pct,
      comparison: textComparison(pct, formatPercent(b.pctOfSpend), words),
      explanation: `The annual net benefit as a share of the ${spend} a year spent on these services.`,
    },
    {
      id: 'payback',
      label: 'Pays back in',
      value: payback,
      comparison: textComparison(payback, basePayback, words),
      explanation:
        t.paybackYear === null
          ? `Running costs are not covered by benefits within ${settings.horizon} years.`
          : `The first year in which benefits to date (at today’s value) outweigh costs to date.`,
    },
    ...(['leakage', 'delay'] as const).map((which): HeadlineFigure => {
      const mine = breakEvenText(results, settings, which);
      return {
        id: `${which}Headroom`,
        label: `Break-even ${which}`,
        value: mine.value,
        detail: mine.detail,
        comparison: textComparison(mine.value, breakEvenText(baseline, baseSettings, which).value, words),
        explanation: mine.explanation,
      };
    }),
  ];
}
