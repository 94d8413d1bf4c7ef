// The ids a link may name: the 2013 case's. The model takes ids from its case; the settings spec
// (docs/decisions/0011) is to read these from the loaded case too.
export const THEME_IDS = ['hsc', 'fcn', 'ws', 'da', 'ro'] as const;
export const PARTNER_IDS = ['DH', 'LG', 'DWP', 'HO', 'MoJ', 'DfE'] as const;
/** The themes a link without `themes=` includes: those the report aggregated. */
export const LINK_DEFAULT_THEMES = ['hsc', 'fcn', 'ws'] as const;
