/**
 * The theme and partner ids a settings link may name: those of the 2013 national case
 * (public/data/cases/england-2013.json). Only the link parser (settings.ts) reads them; the
 * model itself takes every id from the case it evaluates. The settings spec
 * (docs/decisions/0011) is to read them from the loaded case instead.
 */
export const THEME_IDS = ['hsc', 'fcn', 'ws', 'da', 'ro'] as const;
export const PARTNER_IDS = ['DH', 'LG', 'DWP', 'HO', 'MoJ', 'DfE'] as const;
/** The themes a link without `themes=` includes: those the report aggregated. */
export const LINK_DEFAULT_THEMES = ['hsc', 'fcn', 'ws'] as const;
