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

/** The benefit nobody receives, in every case. */
const UNALLOCATED_GREY = '#8C8C8C';
/** What is left over in a chart (the themes not drawn one by one): the unallocated grey. */
export const REST_GREY = UNALLOCATED_GREY;

export const PARTNER_COLOURS: Record<PartnerKey, string> = {
  DH: '#0072B2', // blue
  LG: '#E69F00', // orange
  DWP: '#009E73', // bluish green
  HO: '#CC79A7', // reddish purple
  MoJ: '#D55E00', // vermillion
  DfE: '#56B4E9', // sky blue
  unallocated: UNALLOCATED_GREY,
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

/**
 * The Okabe–Ito set without its black (the outlines and running totals are near-black): a place's
 * own themes and partners take these, yellow last as it is the faintest on white.
 */
export const OKABE_ITO = [BLUE, '#E69F00', '#009E73', '#CC79A7', VERMILLION, '#56B4E9', '#F0E442'] as const;

/**
 * A colour for each id in a case's own order: an id of the national case keeps its colour there;
 * any other takes, by its position among them, the next of `cycle` that no national id in the order
 * already has, cycling when more ids than colours need one.
 */
function coloursInOrder(ids: readonly string[], national: Readonly<Record<string, string>>, cycle: readonly string[]): Record<string, string> {
  const known = (id: string) => Object.hasOwn(national, id);
  const taken = new Set(ids.filter(known).map((id) => national[id]!));
  const free = cycle.filter((c) => !taken.has(c));
  const choices = free.length > 0 ? free : cycle;
  const out: Record<string, string> = {};
  let next = 0;
  for (const id of ids) {
    if (Object.hasOwn(out, id)) continue;
    out[id] = known(id) ? national[id]! : choices[next++ % choices.length]!;
  }
  return out;
}

// Themes from the national order on (blue, vermillion, …), partners likewise, then the rest of the set.
const THEME_CYCLE = [...new Set<string>([...Object.values(THEME_COLOURS), ...OKABE_ITO])];
const PARTNER_CYCLE = [...new Set<string>([...Object.values(PARTNER_COLOURS).filter((c) => c !== UNALLOCATED_GREY), ...OKABE_ITO])];

// Charts ask at every render: one record per order, kept (a session sees a few cases at most).
const remembered = new Map<string, Record<string, string>>();
function remember(kind: string, ids: readonly string[], make: () => Record<string, string>): Record<string, string> {
  const key = `${kind}\u0000${ids.join('\u0000')}`;
  let colours = remembered.get(key);
  if (!colours) {
    if (remembered.size > 64) remembered.clear();
    colours = make();
    remembered.set(key, colours);
  }
  return colours;
}

/** Each theme's colour, by the case's own order of themes (`data.themes`): the national ones as always. */
export function themeColours(themes: readonly (ThemeId | { id: ThemeId })[]): Record<ThemeId, string> {
  const ids = themes.map((t) => (typeof t === 'string' ? t : t.id));
  return remember('theme', ids, () => coloursInOrder(ids, THEME_COLOURS, THEME_CYCLE));
}

/** Each partner's colour, by the case's own order (`partnerOrder(data)`); 'unallocated' always grey. */
export function partnerColours(keys: readonly PartnerKey[]): Record<PartnerKey, string> {
  const ids = keys.filter((k) => k !== 'unallocated');
  return remember('partner', ids, () => ({ ...coloursInOrder(ids, PARTNER_COLOURS, PARTNER_CYCLE), unallocated: UNALLOCATED_GREY }));
}

/**
 * One theme's colour: its national colour, or the one its position `index` in the case's order
 * gives (pass the order too, so no colour a national theme in it has is given twice).
 */
export function themeColour(id: ThemeId, index: number, order?: readonly ThemeId[]): string {
  if (Object.hasOwn(THEME_COLOURS, id)) return THEME_COLOURS[id]!;
  return (order && themeColours(order)[id]) ?? THEME_CYCLE[index % THEME_CYCLE.length]!;
}

/** One partner's colour, as themeColour: national, grey for 'unallocated', otherwise by position. */
export function partnerColour(key: PartnerKey, index: number, order?: readonly PartnerKey[]): string {
  if (key === 'unallocated') return UNALLOCATED_GREY;
  if (Object.hasOwn(PARTNER_COLOURS, key)) return PARTNER_COLOURS[key]!;
  return (order && partnerColours(order)[key]) ?? PARTNER_CYCLE[index % PARTNER_CYCLE.length]!;
}
