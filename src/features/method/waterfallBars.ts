/** Waterfall steps as floating bars on one common scale (in % of the plot width). Pure; the component only draws. */
import { formatMoney } from '../../lib/format';

export interface StepInput {
  id: string;
  label: string;
  /** The change this step makes (£bn), or the level itself for a total. */
  value: number;
  /** Running level after the step (£bn). */
  level: number;
  basis: string;
  /** A total bar is drawn from zero; a change from the previous level. */
  total: boolean;
  /** Where the numbers behind this step come from, shown on hover and focus. */
  source?: string;
}

export interface WaterfallBar extends Pick<StepInput, 'id' | 'label' | 'basis' | 'source'> {
  kind: 'total' | 'up' | 'down' | 'none';
  valueText: string;
  levelText: string;
  left: number;
  width: number;
}

export interface WaterfallLayout {
  bars: WaterfallBar[];
  /** Where zero sits. */
  zero: number;
}

/** A change in £bn with its sign: "+£1.2bn", "−£0.4bn", or "no change" when it rounds to nothing. */
export function formatStep(bn: number): string {
  if (formatMoney(Math.abs(bn)) === '£0m') return 'no change';
  return bn > 0 ? `+${formatMoney(bn)}` : formatMoney(bn);
}

export function layoutWaterfall(steps: readonly StepInput[]): WaterfallLayout {
  const spans = steps.map((s, i) => ({ from: s.total || i === 0 ? 0 : steps[i - 1]!.level, to: s.level }));
  const ends = spans.flatMap((s) => [s.from, s.to]);
  const min = Math.min(0, ...ends);
  const span = Math.max(0, ...ends) - min || 1;
  const at = (v: number) => ((v - min) / span) * 100;
  const bars = steps.map(({ id, label, basis, source, total, value, level }, i): WaterfallBar => {
    const { from, to } = spans[i]!;
    const valueText = total ? formatMoney(level) : formatStep(value);
    return {
      id,
      label,
      basis,
      source,
      kind: total ? 'total' : valueText === 'no change' ? 'none' : value > 0 ? 'up' : 'down',
      valueText,
      levelText: formatMoney(level),
      left: at(Math.min(from, to)),
      width: Math.abs(at(to) - at(from)),
    };
  });
  return { bars, zero: at(0) };
}
