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
  'fcn.budgetTable.HO': `${FCN_BUDGET_TABLE} For the Home Office, base, the two tables print £0.1bn and £0.2bn for the same amount; no amount rounds to both.`,
  'fcn.budgetTable.MoJ': FCN_BUDGET_TABLE,
  'fcn.budgetTable.DfE': FCN_BUDGET_TABLE,
  'fcn.pctBudget.LG': `${FCN_BUDGET_TABLE} These percentages are worked out from the budget table.`,
  'fcn.pctBudget.DH': `${FCN_BUDGET_TABLE} These percentages are worked out from the budget table.`,
  'fcn.pctBudget.HO': `${FCN_BUDGET_TABLE} These percentages are worked out from the budget table.`,
  'fcn.pctBudget.MoJ': `${FCN_BUDGET_TABLE} These percentages are worked out from the budget table.`,
  'ws.partner.MoJ.base': 'MoJ’s 2% of the £1.7bn net annual benefit is £0.034bn; the report prints £0.02bn (its own budget table says £0.02–0.03bn).',
  'total.pctSpend.base': '£7.9bn of £107.1bn is 7.4%, which rounds to 7%; the report prints 8%.',
  'ro.npv':
    'The annex’s 5-year range (−£0.3bn to £12.6bn) does not equal either pilot’s yearly figures added up (−£0.02bn and £13.7bn); the model follows the yearly figures.',
};
