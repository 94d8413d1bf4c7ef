import type { ModelData, PartnerLens } from '../model';
import { lowerFirst } from './format';

// The two partner lenses described one way wherever they are explained (assumptions panel, partner
// chart, Method and sources), saying what the model does: src/model/partners.ts, decision 0010.
export const LEAVE_ONE_OUT =
  'Its share of the benefits is taken off; every cost stays; the other partners divide what is left in proportion to their shares.';

export const leftOutWords = (name: string): string => `${name} is left out: ${lowerFirst(LEAVE_ONE_OUT)}`;

export const ACTS_ALONE =
  'It runs only the themes in which it has a share of the savings; in those it pays all the costs and keeps only its own share.';

export const actsAloneWords = (name: string): string =>
  `${name} acts alone: it runs only the themes in which it has a share of the savings, and in those it pays all the costs and keeps only its own share.`;

/** The lens in a phrase: "all partners together", "Home Office acting alone", "every partner except Home Office". */
export function lensPhrase(lens: PartnerLens, data: Pick<ModelData, 'partners'>): string {
  if (lens.kind === 'all') return 'all partners together';
  const name = data.partners.find((p) => p.id === lens.partner)?.name ?? lens.partner;
  return lens.kind === 'lead' ? `${name} acting alone` : `every partner except ${name}`;
}
