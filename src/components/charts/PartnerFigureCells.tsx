import { formatMoney, moneyDifference } from '../format';
import type { PartnerRow } from './partnerRows';

/** A change cell: the arrow and amount as shown, and words for a screen reader. */
export function ChangeCell({ current, base }: { current: number; base: number | null | undefined }) {
  const change = moneyDifference(current, base);
  return (
    <td>
      <span aria-hidden="true">{change.text}</span>
      <span className="visually-hidden">{change.words}</span>
    </td>
  );
}

/**
 * A partner's four figures as every table gives them (the partner chart's, the print summary's):
 * net benefit over the horizon, its change from the report base, the annual figure and its change.
 */
export function PartnerFigureCells({ row }: { row: Pick<PartnerRow, 'npv' | 'annual' | 'base'> }) {
  return (
    <>
      <td>{formatMoney(row.npv)}</td>
      <ChangeCell current={row.npv} base={row.base?.npv} />
      <td>{formatMoney(row.annual)}</td>
      <ChangeCell current={row.annual} base={row.base?.annual} />
    </>
  );
}
