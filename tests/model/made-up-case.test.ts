// @vitest-environment node
// A case that has nothing to do with 2013: three partners, two themes, one scenario, its own ids
// and first year. Every figure below is worked out by hand at a 0% rate, so the test shows that
// the model takes any case (docs/decisions/0012-case-format.md).
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  centralDraw,
  compileFloatModel,
  defaultSettings,
  evaluate,
  fidelityTable,
  knownDifferences,
  localArea,
  outcomePartners,
  parseModelData,
  tornado,
  type ModelData,
  type Settings,
} from '../../src/model/index';

const source = 'made up for this test';
const sourced = (value: number) => ({ value, source });
const years = (values: number[]) => ({ values, source });

/** The case file and an areas file, as they would arrive over the network. */
const files = {
  case: {
    version: 1,
    id: 'made-up',
    name: 'A made-up case',
    firstYear: '2020-21',
    scenarios: [{ id: 'base', name: 'Central' }],
    themes: [
      {
        id: 'ageing',
        name: 'Ageing well',
        shortName: 'Ageing',
        status: 'aggregated',
        addressableSpend: sourced(20),
        scenarios: { base: { profile: years([0.5, 1, 1, 1, 1]), grossBenefit: sourced(4), costs: years([2, 1, 0.5, 0.5, 0.5]), ongoingCost: sourced(0.5) } },
        partnerShares: { nhs: { value: 0.75, source }, council: { value: 0.25, source } },
      },
      {
        id: 'youth',
        name: 'Young people',
        shortName: 'Youth',
        status: 'aggregated',
        addressableSpend: sourced(10),
        scenarios: { base: { profile: years([0, 0.5, 1, 1, 1]), grossBenefit: sourced(2), costs: years([1, 1, 0, 0, 0]), ongoingCost: sourced(0) } },
        partnerShares: { council: { value: 0.5, source }, police: { value: 0.5, range: [0.3, 0.7], source } },
      },
    ],
    partners: [
      { id: 'council', name: 'The council', kind: 'local', budget: { ...sourced(10), kind: 'DEL' } },
      { id: 'nhs', name: 'The health service', kind: 'central', budget: { ...sourced(100), kind: 'DEL' } },
      { id: 'police', name: 'The police', kind: 'central', budget: { ...sourced(5), kind: 'DEL' } },
    ],
  },
  areas: { version: 1, nationalCohort: sourced(1000), areas: [] },
};

function load(): ModelData {
  const parsed = parseModelData(files);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const data = load();
const settings = (o: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), themes: ['ageing', 'youth'], rate: 0, ...o });
const n = (d: Decimal | undefined) => (d === undefined ? Number.NaN : d.toNumber());

describe('a made-up case (3 partners, 2 themes, 1 scenario)', () => {
  it('loads, with its partner shares in the partners’ order', () => {
    expect(data.themes.map((t) => t.id)).toEqual(['ageing', 'youth']);
    expect(Object.keys(data.themes[0]!.partnerShares)).toEqual(['council', 'nhs']);
    expect(data.themes[0]!.localDriver).toBe('population');
  });

  it('adds up by hand at a 0% rate over 5 years', () => {
    // Ageing: benefit 2, 4, 4, 4, 4 (18); costs 2, 1, 0.5, 0.5, 0.5 (4.5); a year once running 4 − 0.5.
    // Youth: benefit 0, 1, 2, 2, 2 (7); costs 1, 1, 0, 0, 0 (2); a year once running 2 − 0.
    const r = evaluate(data, settings());
    expect(n(r.themes.ageing?.npv)).toBe(13.5);
    expect(n(r.themes.youth?.npv)).toBe(5);
    expect(n(r.total.npv)).toBe(18.5);
    expect(n(r.total.pvBenefit)).toBe(25);
    expect(n(r.total.pvCost)).toBe(6.5);
    expect(n(r.total.annualNet)).toBe(5.5);
    expect(n(r.total.addressableSpend)).toBe(30);
    expect(r.total.yearly.map((y) => [y.year, n(y.net), n(y.cumulativeDiscounted)])).toEqual([
      ['2020-21', -1, -1],
      ['2021-22', 3, 2],
      ['2022-23', 5.5, 7.5],
      ['2023-24', 5.5, 13],
      ['2024-25', 5.5, 18.5],
    ]);
    expect(r.total.paybackYear).toBe('2021-22');
  });

  it('gives the one scenario at every point of the scenario setting', () => {
    for (const scenario of [0, 0.5, 1]) expect(n(evaluate(data, settings({ scenario })).total.npv)).toBe(18.5);
  });

  it('splits the benefit between its own partners', () => {
    const p = evaluate(data, settings()).total.partners;
    expect(Object.keys(p)).toEqual(['council', 'nhs', 'police']);
    // Council: a quarter of ageing and half of youth; the NHS three quarters of ageing; the police half of youth.
    expect([n(p.council?.npv), n(p.nhs?.npv), n(p.police?.npv)]).toEqual([5.875, 10.125, 2.5]);
    expect([n(p.council?.annual), n(p.nhs?.annual), n(p.police?.annual)]).toEqual([1.875, 2.625, 1]);
    expect(p.council?.pctOfBudget).toBeCloseTo(0.1875, 15);
    expect(p.nhs?.pctOfBudget).toBeCloseTo(0.02625, 15);
  });

  it('applies a partner lens by the case’s partner ids', () => {
    // The council alone: a quarter of ageing's benefit (4.5) less all its costs (4.5); half of youth's (3.5) less 2.
    expect(n(evaluate(data, settings({ lens: { kind: 'lead', partner: 'council' } })).total.npv)).toBe(1.5);
    // The police alone have no share of ageing, so ageing does not run: youth's 3.5 − 2.
    const police = evaluate(data, settings({ lens: { kind: 'lead', partner: 'police' } }));
    expect(n(police.themes.ageing?.npv)).toBe(0);
    expect(n(police.total.npv)).toBe(1.5);
  });

  it('gives the local partners’ position in an area by the case’s local partner', () => {
    // A tenth of England's population: both themes scale by 0.1. The council gets 0.1 × (18 × 0.25 + 7 × 0.5) = 0.8
    // of benefit and pays all local costs, 0.1 × 6.5.
    const s = settings({ local: { area: 'custom', population: 0.1, spend: {}, costRule: 'all' } });
    const local = localArea(data, s, evaluate(data, s))!;
    expect(local.themes.map((t) => [t.theme, t.driver, t.share])).toEqual([
      ['ageing', 'population', 0.1],
      ['youth', 'population', 0.1],
    ]);
    const position = local.position.reduce((a, y) => a + y.net.toNumber(), 0);
    expect(position).toBeCloseTo(0.8 - 0.65, 12);
    expect(local.localShare).toBeCloseTo(0.8 / 2.5, 12);
  });

  it('runs the float model for the Monte Carlo with the case’s partner columns', () => {
    const s = settings();
    const model = compileFloatModel(data, s);
    const out = model.newOutcome();
    model.run(centralDraw(data, s), out);
    expect(outcomePartners(data)).toEqual(['council', 'nhs', 'police', 'unallocated']);
    expect(out.npv).toBeCloseTo(18.5, 12);
    expect(Array.from(out.partners)).toEqual([5.875, 10.125, 2.5, 0].map((v) => expect.closeTo(v, 12)));
  });

  it('swings the police share across its range in the tornado, and has no published figures to check', () => {
    const t = tornado(data, settings({ lens: { kind: 'lead', partner: 'police' } }));
    const police = t.rows.find((r) => r.id === 'partner.police')!;
    // Leading alone, the police count their share of youth's benefit: 7 × 0.3 … 7 × 0.7 (shares divided by their sum 0.8 … 1.2).
    expect(police.low.npv.toNumber()).toBeCloseTo((7 * 0.3) / 0.8 - 2, 12);
    expect(police.high.npv.toNumber()).toBeCloseTo((7 * 0.7) / 1.2 - 2, 12);
    // One scenario: nothing to swing between prudent and base, and the tornado says so.
    expect(t.rows.map((r) => r.id).filter((id) => !id.startsWith('partner.'))).toEqual([]);
    expect(t.leftOut).toContain('scenario');
    expect(knownDifferences(data)).toEqual({});
    expect(fidelityTable([], data)).toEqual([]);
  });
});
