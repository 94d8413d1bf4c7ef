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
