/**
 * Published figures the model does not reproduce, each with the reason. The golden tests fail
 * if a figure outside this list misses, or a figure on it starts to match (so it stays true).
 * docs/model.md explains each group at more length.
 */
const SINGLE_PARTNER =
  'No rule stated in the report (own share of benefits less all costs, own share of net benefit, or either scaled to the prudent case) gives this figure; shown beside the model’s own-share rule.';
const FCN_BUDGET_TABLE =
  'The budget table in 6.3.1 quotes savings that disagree with the allocation table beside it (share × net annual benefit); the model follows the allocation table.';

export const KNOWN_DIFFERENCES: Record<string, string> = {
  'hsc.healthLed.prudent': SINGLE_PARTNER,
  'hsc.healthLed.base': SINGLE_PARTNER,
  'hsc.careLed.prudent': SINGLE_PARTNER,
  'hsc.careLed.base': SINGLE_PARTNER,
  'fcn.budgetTable.LG': FCN_BUDGET_TABLE,
  'fcn.budgetTable.DH': FCN_BUDGET_TABLE,
  'fcn.budgetTable.DWP': FCN_BUDGET_TABLE,
  'fcn.budgetTable.MoJ': FCN_BUDGET_TABLE,
  'fcn.budgetTable.DfE': FCN_BUDGET_TABLE,
  'fcn.pctBudget.LG': `${FCN_BUDGET_TABLE} These percentages are worked out from the budget table.`,
  'fcn.pctBudget.DH': `${FCN_BUDGET_TABLE} These percentages are worked out from the budget table.`,
  'fcn.pctBudget.HO': `${FCN_BUDGET_TABLE} These percentages are worked out from the budget table.`,
  'fcn.pctBudget.MoJ': `${FCN_BUDGET_TABLE} These percentages are worked out from the budget table.`,
  'ws.dwpRemoved.prudent':
    'With DWP’s published 69% share, £143m cannot be reached together with the 73% leakage value and the £3.1bn net benefit (it needs a share near 69.5%).',
  'fcn.partner.HO.base':
    'HO’s 13% of a net annual benefit of at least £1.19bn (needed for DH’s £0.3bn at 21%) is at least £0.15bn, which rounds to £0.2bn, not £0.1bn.',
  'ws.partner.MoJ.base': 'MoJ’s 2% of the £1.7bn net annual benefit is £0.034bn; the report prints £0.02bn (its own budget table says £0.02–0.03bn).',
  'total.pctSpend.base': '£7.9bn of £107.1bn is 7.4%, which rounds to 7%; the report prints 8%.',
  'da.npv':
    'The annex’s 5-year range (£0.2–0.33bn) does not equal either pilot’s yearly figures added up (£0.21bn and £0.5bn); the model follows the yearly figures.',
  'ro.npv':
    'The annex’s 5-year range (−£0.3bn to £12.6bn) does not equal either pilot’s yearly figures added up (−£0.02bn and £13.7bn); the model follows the yearly figures.',
};
