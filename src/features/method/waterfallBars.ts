/**
 * Shapes waterfall steps into bars: where each floating bar starts and how wide it is, as
 * percentages of one common scale, plus the text shown beside it. Pure; the component only draws.
 */
import { formatMoney } from '../../lib/format';

export interface StepInput {
  id: string;
  label: string;
  /** The change this step makes (£bn), or the level itself for a total. */
  value: number;
  /** Running level after the step (£bn). */
  level: number;
  basis: string;
  /** A total bar (drawn from zero) rather than a change (drawn from the previous level). */
  total: boolean;
  /** Where the numbers behind this step come from, shown on hover and focus. */
  source?: string;
}

export interface WaterfallBar {
  id: string;
  label: string;
  basis: string;
  source?: string;
  kind: 'total' | 'up' | 'down' | 'none';
  /** "£20.6bn" for a total; "+£1.2bn", "−£0.4bn" or "no change" for a step. */
  valueText: string;
  /** Running total after the step, formatted. */
  levelText: string;
  /** Left edge and width of the bar, in % of the plot width. */
  left: number;
  width: number;
}

export interface WaterfallLayout {
  bars: WaterfallBar[];
  /** Where zero sits, in % of the plot width. */
  zero: number;
}

/** A change in £bn with its sign: "+£1.2bn", "−£0.4bn", or "no change" when it rounds to nothing. */
export function formatStep(bn: number): string {
  if (formatMoney(Math.abs(bn)) === '£0m') return 'no change';
  return bn > 0 ? `+${formatMoney(bn)}` : formatMoney(bn);
}

export function layoutWaterfall(steps: readonly StepInput[]): WaterfallLayout {
  const spans = steps.map((s, i) => {
    const previous = i === 0 ? 0 : (steps[i - 1]?.level ?? 0);
    return s.total ? { from: 0, to: s.level } : { from: previous, to: s.level };
  });
  const ends = spans.flatMap((s) => [s.from, s.to]);
  const min = Math.min(0, ...ends);
  const max = Math.max(0, ...ends);
  const span = max - min || 1;
  const at = (v: number) => ((v - min) / span) * 100;
  const bars = steps.map((s, i): WaterfallBar => {
    const { from, to } = spans[i]!;
    const valueText = s.total ? formatMoney(s.level) : formatStep(s.value);
    const kind: WaterfallBar['kind'] = s.total ? 'total' : valueText === 'no change' ? 'none' : s.value > 0 ? 'up' : 'down';
    return {
      id: s.id,
      label: s.label,
      basis: s.basis,
      ...(s.source ? { source: s.source } : {}),
      kind,
      valueText,
      levelText: formatMoney(s.level),
      left: at(Math.min(from, to)),
      width: Math.abs(at(to) - at(from)),
    };
  });
  return { bars, zero: at(0) };
}
