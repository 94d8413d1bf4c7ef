import type Decimal from 'decimal.js';
import { ZERO, money } from './money';
import { PARTNER_IDS, type PartnerId, type Theme } from './types';

/**
 * Each partner's share of a theme's benefits. The report rounds shares to whole percentages, so
 * they add to 98–101%; dividing each by their sum allocates the whole benefit. This is also what
 * the report itself does in its "full collaboration" figures (6.2.2 scenario 4: 67/98 of £12.0bn
 * is the £8.2bn it prints). See docs/decisions/0005-partner-shares.md.
 */
export function normalisedShares(theme: Theme): Partial<Record<PartnerId, Decimal>> {
  const entries = PARTNER_IDS.flatMap((id) => {
    const v = theme.partnerShares[id]?.value;
    return v === undefined ? [] : [[id, money(v)] as const];
  });
  const total = entries.reduce((a, [, v]) => a.plus(v), ZERO);
  if (total.lte(0)) return {};
  return Object.fromEntries(entries.map(([id, v]) => [id, v.div(total)]));
}

export const normalisedShare = (theme: Theme, partner: PartnerId): Decimal => normalisedShares(theme)[partner] ?? ZERO;
