import type Decimal from 'decimal.js';
import { ZERO, money } from './money';
import type { PartnerId, Theme } from './types';

/**
 * The report's shares are whole percentages adding to 98–101%; divided by their sum they allocate
 * the whole benefit, as the report does (EY 2013, 6.2.2 scenario 4: 67/98 of £12.0bn is its £8.2bn).
 * See docs/decisions/0005-partner-shares.md.
 */
export function normalisedShares(theme: Theme): Record<PartnerId, Decimal> {
  const entries = Object.entries(theme.partnerShares).map(([id, share]) => [id, money(share.value)] as const);
  const total = entries.reduce((a, [, v]) => a.plus(v), ZERO);
  if (total.lte(0)) return {};
  return Object.fromEntries(entries.map(([id, v]) => [id, v.div(total)]));
}

export const normalisedShare = (theme: Theme, partner: PartnerId): Decimal => normalisedShares(theme)[partner] ?? ZERO;
