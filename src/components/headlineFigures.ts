import type { Results, Settings } from '../model';
import { capitalise, formatMoney, formatPercent, formatYears, moneyDifference } from './format';

export type FigureId = 'npv' | 'annual' | 'pctOfSpend' | 'payback' | 'leakageHeadroom' | 'delayHeadroom';

export interface HeadlineFigure {
  id: FigureId;
  label: string;
  value: string;
  /** Against the report's base run: an arrow and amount for money, the base figure otherwise. */
  comparison: { arrow: '▲' | '▼' | ''; text: string; spoken: string };
  /** One plain-English line saying what the figure means with the current numbers. */
  explanation: string;
}

const horizonLabel = (s: Settings) => `${s.horizon}-year net benefit`;

function moneyComparison(current: number, base: number): HeadlineFigure['comparison'] {
  const change = moneyDifference(current, base);
  if (change.arrow === '') return { arrow: '', text: 'Same as report base', spoken: 'Same as the report’s base scenario' };
  // The arrow is drawn on its own (coloured), so the text carries only the amount.
  return { arrow: change.arrow, text: `${change.amount} vs report base`, spoken: `${change.words} on the report’s base scenario` };
}

function textComparison(current: string, base: string): HeadlineFigure['comparison'] {
  if (current === base) return { arrow: '', text: 'Same as report base', spoken: 'Same as the report’s base scenario' };
  return { arrow: '', text: `Report base: ${base}`, spoken: `The report’s base scenario gives ${base}` };
}

function leakageText(results: Results, settings: Settings): { value: string; explanation: string } {
  const v = results.total.switching.leakage;
  const horizon = horizonLabel(settings);
  const positive = results.total.npv.gt(0);
  if (v === null) {
    return positive
      ? { value: 'none', explanation: `No level of leakage takes the ${horizon} to zero.` }
      : { value: 'none', explanation: `The ${horizon} is at or below zero even with no leakage.` };
  }
  const pct = formatPercent(v);
  if (!positive) return { value: 'none', explanation: `The ${horizon} is already at or below zero; leakage would need to be under ${pct} for it to be positive.` };
  const uniform = Object.keys(settings.leakageByTheme).length === 0;
  if (uniform && settings.leakage === 0) return { value: pct, explanation: `Benefits could fall by ${pct} before the ${horizon} reaches zero.` };
  return { value: pct, explanation: `Leakage could rise to ${pct}${uniform ? ` (now ${formatPercent(settings.leakage)})` : ''} before the ${horizon} reaches zero.` };
}

function delayText(results: Results, settings: Settings): { value: string; explanation: string } {
  const v = results.total.switching.delay;
  const horizon = horizonLabel(settings);
  const positive = results.total.npv.gt(0);
  if (v === null) {
    return positive
      ? { value: `over ${formatYears(settings.horizon)}`, explanation: `Even ${formatYears(settings.horizon)} late, the ${horizon} stays above zero.` }
      : { value: 'none', explanation: `The ${horizon} is at or below zero even with no delay.` };
  }
  const years = formatYears(v);
  if (!positive) return { value: 'none', explanation: `The ${horizon} is already at or below zero; benefits would need to arrive less than ${years} late for it to be positive.` };
  const uniform = Object.keys(settings.delayByTheme).length === 0;
  if (uniform && settings.delay === 0) return { value: years, explanation: `Benefits could arrive ${years} late before the ${horizon} reaches zero.` };
  return { value: years, explanation: `Benefits could arrive up to ${years} late${uniform ? ` (now ${formatYears(settings.delay)})` : ''} before the ${horizon} reaches zero.` };
}

/**
 * A headroom as the headline card gives it: the switching value while the net benefit is above
 * zero (`value`), and otherwise no number, only the card's words ("none", "over 5 years").
 */
export function headroomOf(results: Results, settings: Settings, which: 'leakage' | 'delay'): { value: number | null; text: string } {
  const v = results.total.switching[which];
  const text = (which === 'leakage' ? leakageText : delayText)(results, settings).value;
  return { value: v !== null && results.total.npv.gt(0) ? v : null, text };
}

/** The six headline figures for the user's run, each compared with the report's base run. */
export function buildHeadlineFigures(results: Results, baseline: Results, settings: Settings, baseSettings: Settings): HeadlineFigure[] {
  const t = results.total;
  const b = baseline.total;
  const npv = t.npv.toNumber();
  const annual = t.annualNet.toNumber();
  const pct = formatPercent(t.pctOfSpend);
  const payback = t.paybackYear ?? 'not yet';
  const basePayback = b.paybackYear ?? 'not yet';
  const leak = leakageText(results, settings);
  const baseLeak = leakageText(baseline, baseSettings);
  const delay = delayText(results, settings);
  const baseDelay = delayText(baseline, baseSettings);
  const horizon = horizonLabel(settings);
  const spend = formatMoney(t.addressableSpend.toNumber());
  return [
    {
      id: 'npv',
      label: capitalise(horizon),
      value: formatMoney(npv),
      comparison: moneyComparison(npv, b.npv.toNumber()),
      explanation: `Benefits minus costs over ${settings.horizon} years from 2012-13, with later years counted at today’s value.`,
    },
    {
      id: 'annual',
      label: 'Annual net benefit',
      value: formatMoney(annual),
      comparison: moneyComparison(annual, b.annualNet.toNumber()),
      explanation: 'Benefits minus ongoing costs in a typical year once the changes are fully running.',
    },
    {
      id: 'pctOfSpend',
      label: 'Share of spend saved',
      value: pct,
      comparison: textComparison(pct, formatPercent(b.pctOfSpend)),
      explanation: `The annual net benefit as a share of the ${spend} a year spent on these services.`,
    },
    {
      id: 'payback',
      label: 'Pays back in',
      value: payback,
      comparison: textComparison(payback, basePayback),
      explanation:
        t.paybackYear === null
          ? `Running costs are not covered by benefits within ${settings.horizon} years.`
          : `The first year in which benefits to date (at today’s value) outweigh costs to date.`,
    },
    {
      id: 'leakageHeadroom',
      label: 'Leakage headroom',
      value: leak.value,
      comparison: textComparison(leak.value, baseLeak.value),
      explanation: leak.explanation,
    },
    {
      id: 'delayHeadroom',
      label: 'Delay headroom',
      value: delay.value,
      comparison: textComparison(delay.value, baseDelay.value),
      explanation: delay.explanation,
    },
  ];
}
