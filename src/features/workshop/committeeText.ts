import { defaultSettings, type ModelData, type Results, type Settings } from '../../model';
import { buildHeadlineFigures, netBenefitFigure } from '../../lib/headlineFigures';
import { moneyDifference } from '../../lib/format';
import { largestChanges, buildPartnerChangeRows, PARTNER_FIGURE_WORDS } from './partnerChange';
import { settingsInWords } from '../../lib/provenance';

const BASE_SETTINGS = defaultSettings();

/** A partner's name inside a sentence: "the Home Office", "local government". */
const partnerInSentence = (key: string, name: string): string =>
  key === 'LG' ? 'local government' : key === 'unallocated' ? 'the part not allocated to a partner' : `the ${name}`;

/** What the figures are not: said in every paragraph that leaves the tool. */
export const NOT_AUDITED =
  'These are illustrative model estimates, not a budget forecast: they scale up four pilot areas’ own 2013 business cases, which were not audited (EY 2013, section 3.5), and are in 2012-13 prices.';

/**
 * A short plain-English paragraph for a committee report: the net benefit and its
 * change from the report's base, who bears the change, the break-even margins and the settings,
 * each figure rounded as the screen shows it, and a line on what the figures are not.
 */
export function buildCommitteeText(results: Results, baseline: Results, settings: Settings, data: ModelData, link: string): string {
  const figures = buildHeadlineFigures(results, baseline, settings, BASE_SETTINGS);
  const byId = (id: string) => figures.find((f) => f.id === id)!;
  const npv = byId('npv');
  const baseNpv = netBenefitFigure(baseline, baseline, BASE_SETTINGS);
  const change = moneyDifference(results.total.npv.toNumber(), baseline.total.npv.toNumber());
  const against =
    change.arrow === ''
      ? `the same as the report’s base`
      : `${change.amount} ${change.arrow === '▲' ? 'more' : 'less'} than the report’s base of ${baseNpv.value}`;
  const movers = largestChanges(buildPartnerChangeRows(results, baseline, data, settings));
  const who =
    movers.length === 0
      ? 'No partner’s share moves from the report’s base.'
      : `The change falls mostly on ${movers
          .map((m) => `${partnerInSentence(m.key, m.name)} (${moneyDifference(m.value, m.base).words})`)
          .join(' and ')}, comparing each partner’s ${PARTNER_FIGURE_WORDS}.`;
  return [
    `On ${settingsInWords(settings, data)}, the Community Budgets Explorer puts the ${npv.label} for England at ${npv.value}, ${against}.`,
    who,
    `Break-even margins: ${byId('leakageHeadroom').explanation} ${byId('delayHeadroom').explanation}`,
    `Annual net benefit once fully running: ${byId('annual').value}.`,
    `Settings: ${link}`,
    NOT_AUDITED,
  ].join(' ');
}
