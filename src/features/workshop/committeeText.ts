import { type ModelData, type Results, type Settings } from '../../model';
import { baseSettingsOf } from '../../state';
import { baseWordsOf, buildHeadlineFigures, netBenefitFigure } from '../../lib/headlineFigures';
import { moneyDifference } from '../../lib/format';
import { buildPartnerRows } from '../charts/partnerRows';
import { settingsInWords } from '../../lib/provenance';
import { pricesWords } from '../../lib/describe';

const partnerInSentence = (key: string, name: string): string =>
  key === 'LG' ? 'local government' : key === 'unallocated' ? 'the part not allocated to a partner' : `the ${name}`;

type PartnerChangeRow = ReturnType<typeof buildPartnerChangeRows>[number];

/** Each partner's net benefit over the horizon now and at the report's base, £bn; a missing one counts zero. */
export function buildPartnerChangeRows(results: Results, baseline: Results, data: ModelData, settings: Settings) {
  return buildPartnerRows(results, data, settings, baseline).map((r) => {
    const base = r.base?.npv ?? 0;
    return { key: r.key, name: r.name, value: r.npv, base, change: r.npv - base };
  });
}

/** The partners whose figure moved most from the base (largest change first), up to `count`. */
export function largestChanges(rows: readonly PartnerChangeRow[], count = 2, least = 0.005): PartnerChangeRow[] {
  return [...rows].filter((r) => Math.abs(r.change) >= least).sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, count);
}

export const notAudited = (prices: string) =>
  `These are illustrative model estimates, not a budget forecast: they scale up four pilot areas’ own 2013 business cases, which were not audited (EY 2013, section 3.5), and are in ${prices}.`;

export const ownCaseCaveat = (prices: string) =>
  `These are model estimates from the figures entered for this case, not a budget forecast; they are as reliable as those figures and their sources, and are in ${prices}.`;

/** A paragraph for a committee report, each figure rounded as the screen shows it. */
export function buildCommitteeText(results: Results, baseline: Results, settings: Settings, data: ModelData, link: string): string {
  const words = baseWordsOf(data);
  const baseNoun = data.published ? 'the report’s base' : 'the case as given';
  const figures = buildHeadlineFigures(results, baseline, settings, baseSettingsOf(data), words);
  const byId = (id: string) => figures.find((f) => f.id === id)!;
  const npv = byId('npv');
  const baseNpv = netBenefitFigure(baseline, baseline, baseSettingsOf(data), words);
  const change = moneyDifference(results.total.npv.toNumber(), baseline.total.npv.toNumber());
  const against =
    change.arrow === ''
      ? `the same as ${baseNoun}`
      : `${change.amount} ${change.arrow === '▲' ? 'more' : 'less'} than ${baseNoun} of ${baseNpv.value}`;
  const movers = largestChanges(buildPartnerChangeRows(results, baseline, data, settings));
  const who =
    movers.length === 0
      ? `No partner’s share moves from ${baseNoun}.`
      : `The change falls mostly on ${movers
          .map((m) => `${partnerInSentence(m.key, m.name)} (${moneyDifference(m.value, m.base).words})`)
          .join(' and ')}, comparing each partner’s net benefit over the appraisal horizon.`;
  return [
    `On ${settingsInWords(settings, data)}, the Community Budgets Explorer puts the ${npv.label} ${data.published ? 'for England' : `of ${data.name}`} at ${npv.value}, ${against}.`,
    who,
    `Break-even margins: ${byId('leakageHeadroom').explanation} ${byId('delayHeadroom').explanation}`,
    `Annual net benefit once fully running: ${byId('annual').value}.`,
    `Settings: ${link}`,
    data.published ? notAudited(pricesWords(settings, data)) : ownCaseCaveat(pricesWords(settings, data)),
  ].join(' ');
}
