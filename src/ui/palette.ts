import type { PartnerId, ThemeId } from '../model';

// The Okabe–Ito colour-blind-safe set; bars also get a dark OUTLINE so neighbouring segments stay apart.
export const BLUE = '#0072B2';
export const VERMILLION = '#D55E00';
export const THEME_COLOURS: Record<ThemeId, string> = {
  hsc: BLUE,
  fcn: VERMILLION,
  ws: '#009E73', // bluish green
  da: '#CC79A7', // reddish purple
  ro: '#E69F00', // orange
};

export type PartnerKey = PartnerId | 'unallocated';

export const PARTNER_COLOURS: Record<PartnerKey, string> = {
  DH: '#0072B2', // blue
  LG: '#E69F00', // orange
  DWP: '#009E73', // bluish green
  HO: '#CC79A7', // reddish purple
  MoJ: '#D55E00', // vermillion
  DfE: '#56B4E9', // sky blue
  unallocated: '#8C8C8C', // grey
};

/** Lines and marks that are not a theme or a partner. */
export const INK = '#1a1a1a';
export const OUTLINE = '#1a1a1a';
export const CUMULATIVE = '#000000';
export const PUBLISHED = '#6b6b6b';
export const GRID = '#d9d9d9';
export const MARKER = '#5b2a86';
export const ZERO_LINE = '#444444';
export const GHOST_FILL = '#e6e6e6';
/** Edges of the uncertainty fan's bands: the blue darkened to 7.4:1 on white. */
export const BAND_EDGE = '#005A8C';

/** Partners in the case's order, then the benefit nobody receives. */
export const partnerOrder = (data: { partners: readonly { id: PartnerId }[] }): PartnerKey[] => [...data.partners.map((p) => p.id), 'unallocated'];
