import type Decimal from 'decimal.js';
import { evaluate, includedThemes, netBenefit } from './evaluate';
import { ZERO } from './money';
import { uncertaintyOf } from './settings';
import { ADJUSTMENT_RANGE_KEYS, type ModelData, type Partner, type PartnerId, type RangeKey, type Results, type Settings, type Theme, type ThemeId } from './types';

// The swing in net benefit as one assumption moves across its range: scenario, each theme, each
// partner's share, and take-up, leakage and delay across a user's range. Without one they (and the
// rate) are `leftOut`: 0–100% would say more about the slider than the case.

export type TornadoInput =
  | { kind: 'scenario' }
  | { kind: 'setting'; key: RangeKey | 'rate'; fromUserRange: boolean }
  | { kind: 'theme'; theme: ThemeId }
  | { kind: 'partner'; partner: PartnerId; themes: ThemeId[] };

interface TornadoRow<M = Decimal> {
  id: string;
  input: TornadoInput;
  /** The assumption's value (a fraction, or years) and the net benefit there. */
  low: { value: number; npv: M };
  high: { value: number; npv: M };
  /** |high − low|, £bn. */
  swing: M;
}

/** The settings the tornado leaves out without a range; an adjustment with none is simply at its value. */
export type TornadoLeftOut = 'scale' | 'leakage' | 'delay' | 'rate' | 'scenario';

/** `base`: the net benefit as set; rows with the largest swing first. */
interface Tornado<M = Decimal> {
  base: M;
  rows: TornadoRow<M>[];
  leftOut: TornadoLeftOut[];
}

/** Every partner, with the included themes that give its share a published range (maybe none). */
export function rangedPartners(themes: readonly Theme[], partners: readonly Pick<Partner, 'id'>[]): { partner: PartnerId; themes: ThemeId[] }[] {
  return partners.map(({ id: partner }) => ({ partner, themes: themes.filter((t) => t.partnerShares[partner]?.range !== undefined).map((t) => t.id) }));
}

/** One partner's share at the low or high end of its range in the given themes. */
function withPartnerShare(data: ModelData, partner: PartnerId, themes: readonly ThemeId[], end: 0 | 1): ModelData {
  return {
    ...data,
    themes: data.themes.map((t) => {
      const share = t.partnerShares[partner];
      if (!themes.includes(t.id) || !share?.range) return t;
      return { ...t, partnerShares: { ...t.partnerShares, [partner]: { ...share, value: share.range[end] } } };
    }),
  };
}

export function tornado(data: ModelData, s: Settings): Tornado {
  const npvOf = (r: Results) => r.total.npv;
  const current = evaluate(data, s);
  const base = npvOf(current);
  const atPrudent = evaluate(data, { ...s, scenario: 0 });
  const atBase = evaluate(data, { ...s, scenario: 1 });
  const ranges = uncertaintyOf(s).ranges;
  const rows: Omit<TornadoRow, 'swing'>[] = [];

  const leftOut: TornadoLeftOut[] = [];
  // A case with one scenario has nothing to swing between (its prudent end is its base).
  const twoScenarios = data.scenarios.length > 1;
  if (twoScenarios) rows.push({ id: 'scenario', input: { kind: 'scenario' }, low: { value: 0, npv: npvOf(atPrudent) }, high: { value: 1, npv: npvOf(atBase) } });
  else leftOut.push('scenario');
  for (const key of ['scale', 'leakage', 'delay', ...ADJUSTMENT_RANGE_KEYS] as const) {
    const user = ranges[key];
    if (!user) {
      if (key === 'scale' || key === 'leakage' || key === 'delay') leftOut.push(key);
      continue;
    }
    const [lo, hi] = user;
    rows.push({
      id: key,
      input: { kind: 'setting', key, fromUserRange: true },
      low: { value: lo, npv: netBenefit(data, { ...s, [key]: lo }) },
      high: { value: hi, npv: netBenefit(data, { ...s, [key]: hi }) },
    });
  }
  // The total is the sum of the themes: one theme at prudent or base is the total with its part swapped.
  for (const theme of twoScenarios ? includedThemes(data, s) : []) {
    const part = (r: Results) => r.themes[theme.id]?.npv ?? ZERO;
    const swap = (r: Results) => base.minus(part(current)).plus(part(r));
    rows.push({ id: `theme.${theme.id}`, input: { kind: 'theme', theme: theme.id }, low: { value: 0, npv: swap(atPrudent) }, high: { value: 1, npv: swap(atBase) } });
  }
  leftOut.push('rate');
  for (const { partner, themes } of rangedPartners(includedThemes(data, s), data.partners)) {
    // A share moves only the themes it is in, so just those are worked out again and swapped into the total.
    const only: Settings = { ...s, themes };
    const before = themes.length === 0 ? ZERO : netBenefit(data, only);
    const end = (e: 0 | 1) => (themes.length === 0 ? base : base.minus(before).plus(netBenefit(withPartnerShare(data, partner, themes, e), only)));
    rows.push({ id: `partner.${partner}`, input: { kind: 'partner', partner, themes }, low: { value: 0, npv: end(0) }, high: { value: 1, npv: end(1) } });
  }
  const withSwing = rows.map((r, order) => ({ ...r, order, swing: r.high.npv.minus(r.low.npv).abs() }));
  withSwing.sort((a, b) => b.swing.comparedTo(a.swing) || a.order - b.order);
  return { base, rows: withSwing.map(({ order: _order, ...r }) => r), leftOut };
}

/** In plain numbers, so it can cross from the worker. */
export type TornadoSummary = Tornado<number>;

export const tornadoSummary = (t: Tornado): TornadoSummary => ({
  base: t.base.toNumber(),
  leftOut: t.leftOut,
  rows: t.rows.map((r) => ({
    id: r.id,
    input: r.input,
    low: { value: r.low.value, npv: r.low.npv.toNumber() },
    high: { value: r.high.value, npv: r.high.npv.toNumber() },
    swing: r.swing.toNumber(),
  })),
});
