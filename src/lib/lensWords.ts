/**
 * "Leave one partner out", described one way wherever it is explained (the assumptions panel,
 * the partner chart, Method and sources). It says what the model does (src/model/partners.ts and
 * the lens multiplier in streams.ts): the partner's share of the benefits comes off, every cost
 * stays, and the others divide the net result in proportion to their shares.
 */
export const LEAVE_ONE_OUT =
  'Its share of the benefits is taken off; every cost stays; the other partners divide what is left in proportion to their shares.';

/** The same, naming the partner: for the chart under that lens. */
export const leftOutWords = (name: string): string =>
  `${name} is left out: its share of the benefits is taken off; every cost stays; the other partners divide what is left in proportion to their shares.`;

/**
 * "One partner acts alone", likewise: the model (decision 0010) runs only the themes in which the
 * partner has a share; in those it pays every cost and keeps only its own share of the savings.
 */
export const ACTS_ALONE =
  'It runs only the themes in which it has a share of the savings; in those it pays all the costs and keeps only its own share.';

/** The same, naming the partner: for the chart under that lens. */
export const actsAloneWords = (name: string): string =>
  `${name} acts alone: it runs only the themes in which it has a share of the savings, and in those it pays all the costs and keeps only its own share.`;
