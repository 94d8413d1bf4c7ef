import type Decimal from 'decimal.js';
import { ZERO, money } from './money';
import type { PartnerId, Theme } from './types';

/**
 * Each partner's share of a theme's benefits. The report rounds shares to whole percentages, so
 * they add to 98–101%; dividing each by their sum allocates the whole benefit. This is also what
 * the report itself does in its "full collaboration" figures (6.2.2 scenario 4: 67/98 of £12.0bn
 * is the £8.2bn it prints). See docs/decisions/0005-partner-shares.md. In the order the theme
 * lists them (the loader puts them in the partners' order).
 */
export function normalisedShares(theme: Theme): Record<PartnerId, Decimal> {
  const entries = Object.entries(theme.partnerShares).map(([id, share]) => [id, money(share.value)] as const);
  const total = entries.reduce((a, [, v]) => a.plus(v), ZERO);
  if (total.lte(0)) return {};
  return Object.fromEntries(entries.map(([id, v]) => [id, v.div(total)]));
}

export const normalisedShare = (theme: Theme, partner: PartnerId): Decimal => normalisedShares(theme)[partner] ?? ZERO;
