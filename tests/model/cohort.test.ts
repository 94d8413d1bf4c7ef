// @vitest-environment node
// The cohort helper (src/model/cohort.ts): a theme written from a cohort, worked out by hand, its
// yearly money reproduced over random cohorts, and its problems in words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_FORMAT, CASE_FORMAT_VERSION, caseModel, checkCase, figureValue, type CaseDoc, type CaseTheme, type Figure } from '../../src/model/caseFile';
import { cohortProblems, cohortTheme, type CohortInputs } from '../../src/model';

const values = (list: readonly Figure[]) => list.map(figureValue);
const sourceOf = (f: Figure | undefined) => (typeof f === 'object' ? (f.source ?? '') : '');

/** A one-theme case around a theme, with the partners named. */
const caseWith = (theme: CaseTheme, partners: readonly string[], money: CaseDoc['money'] = '£m'): CaseDoc => ({
  format: CASE_FORMAT,
  version: CASE_FORMAT_VERSION,
  name: 'A cohort case',
  money,
  firstYear: '2025-26',
  partners: partners.map((id, i) => ({ id, name: `Partner ${id}`, local: i === 0 })),
  themes: [theme],
});

describe('a cohort worked out by hand', () => {
  // 100 families could join: 50% in year 1, 50% in year 2. Each costs £5,000 on joining; 50% succeed;
  // a success saves the council (la) £2,000 and health (nhs) £6,000 a year, £8,000 in all, from the
  // year after joining for 3 years. The case runs 6 years; money in £m.
  //
  //   joiners          year 1: 100 × 50% = 50        year 2: 50
  //   successes        year 1: 50 × 50% = 25         year 2: 25
  //   year 1's 25 save in years 2, 3, 4; year 2's 25 save in years 3, 4, 5
  //   saving at once   y1 0   y2 25   y3 50   y4 50   y5 25   y6 0      peak 50 (year 3)
  //   profile          0      0.5     1       1       0.5     0         (÷ 50)
  //   grossBenefit     50 × £8,000 = £400,000 = 0.4 (£m)
  //   yearly saving    0      0.2     0.4     0.4     0.2     0    (£m; 25 × £8,000 = £200,000)
  //     la (25%)       0      0.05    0.1     0.1     0.05    0    (£2,000 ÷ £8,000)
  //     nhs (75%)      0      0.15    0.3     0.3     0.15    0    (£6,000 ÷ £8,000)
  //   costs            0.25   0.25    0       0       0       0    (50 × £5,000 = £250,000)
  //   ongoingCost      0 (everyone has joined, and paid for, by year 2)
  const inputs: CohortInputs = {
    money: '£m',
    caseYears: 6,
    members: 'families',
    cohortSize: { value: 100, source: 'council register' },
    rampUp: { values: [0.5, 0.5], source: 'delivery plan' },
    costPerParticipant: { value: 0.005, source: 'provider tender' },
    successRate: { value: 0.5, source: 'pilot evaluation' },
    savingPerSuccess: { la: { value: 0.002, source: 'unit cost database' }, nhs: 0.006 },
    savingYears: { value: 3, source: 'evaluation follow-up' },
  };
  const theme = cohortTheme(inputs, { id: 'families', name: 'Families first', partners: ['nhs', 'la', 'police'] });
  const base = theme.scenarios.base;

  it('gives every yearly figure', () => {
    expect(cohortProblems(inputs, ['nhs', 'la', 'police'])).toEqual([]);
    expect(values(base.profile)).toEqual([0, 0.5, 1, 1, 0.5, 0]);
    expect(figureValue(base.grossBenefit)).toBe(0.4);
    expect(values(base.costs)).toEqual([0.25, 0.25, 0, 0, 0, 0]);
    expect(figureValue(base.ongoingCost)).toBe(0);
    // In the case's partner order; a partner without a saving has no share.
    expect(Object.keys(theme.shares)).toEqual(['nhs', 'la']);
    expect(figureValue(theme.shares.la)).toBe(0.25);
    expect(figureValue(theme.shares.nhs)).toBe(0.75);
    expect(theme.id).toBe('families');
    expect(theme.name).toBe('Families first');
  });

  it('reproduces each partner’s yearly saving', () => {
    const gross = figureValue(base.grossBenefit);
    const yearly = (pid: string) => values(base.profile).map((p) => gross * p * figureValue(theme.shares[pid]));
    const la = [0, 0.05, 0.1, 0.1, 0.05, 0];
    const nhs = [0, 0.15, 0.3, 0.3, 0.15, 0];
    yearly('la').forEach((v, i) => expect(v).toBeCloseTo(la[i]!, 12));
    yearly('nhs').forEach((v, i) => expect(v).toBeCloseTo(nhs[i]!, 12));
  });

  it('names the inputs and their sources in each figure’s source', () => {
    const gross = sourceOf(base.grossBenefit);
    expect(gross).toMatch(/^cohort helper: /);
    for (const part of ['100 families (source: council register)', 'joining 50%, 50% in years 1 to 2 (source: delivery plan)', '50% success (source: pilot evaluation)', 'for 3 years (source: evaluation follow-up)', '50 successes at once at the peak (year 3)', '£8,000 a year per success', 'la £2,000 (source: unit cost database)', 'nhs £6,000 (no source given)']) {
      expect(gross).toContain(part);
    }
    expect(sourceOf(base.profile[0])).toContain('÷ the most ever saving at once');
    expect(new Set(base.profile.map(sourceOf)).size).toBe(1);
    expect(sourceOf(base.costs[0])).toContain('families joining each year × £5,000 per participant on joining (source: provider tender)');
    expect(sourceOf(base.ongoingCost)).toContain('joined by year 2');
    expect(sourceOf(theme.shares.la)).toContain("la's £2,000 of £8,000 a year per success (source: unit cost database)");
    expect(theme.note).not.toContain('after the case');
  });

  it('makes a case that checks and that the model reads', () => {
    const doc = caseWith(theme, ['nhs', 'la', 'police']);
    expect(checkCase(doc)).toMatchObject({ ok: true });
    expect(caseModel(doc)).toMatchObject({ ok: true });
  });
});

describe('running cost, gaps in intake and savings after the case', () => {
  it('pays the running cost from the first year of intake to the last, gaps included', () => {
    // 7 people: 30% join in year 1, none in year 2, 30% in year 3: 2.1, 0, 2.1 joiners (expected
    // values). £1,000 each on joining, £20,000 a year running. 50% succeed: 1.05 each intake;
    // £1,000 a year to la for 2 years. Year 1's save in years 2–3, year 3's in 4–5.
    //   saving at once  0   1.05   1.05   1.05   1.05      peak 1.05 (year 2)
    //   profile         0   1      1      1      1         grossBenefit 1.05 × £1,000 = £1,050 = 0.00105
    //   costs           2.1 × 0.001 + 0.02 = 0.0221;  0.02;  0.0221;  0;  0
    const theme = cohortTheme(
      { money: '£m', caseYears: 5, cohortSize: 7, rampUp: [0.3, 0, 0.3], costPerParticipant: 0.001, runningCost: 0.02, successRate: 0.5, savingPerSuccess: { la: 0.001 }, savingYears: 2 },
      { id: 'gaps', name: 'Gaps', partners: ['la'] },
    );
    const base = theme.scenarios.base;
    expect(values(base.profile)).toEqual([0, 1, 1, 1, 1]);
    expect(figureValue(base.grossBenefit)).toBeCloseTo(0.00105, 15);
    const costs = [0.0221, 0.02, 0.0221, 0, 0];
    values(base.costs).forEach((v, i) => expect(v).toBeCloseTo(costs[i]!, 15));
    expect(figureValue(base.ongoingCost)).toBe(0);
    expect(figureValue(theme.shares.la)).toBe(1);
    expect(sourceOf(base.costs[0])).toContain('+ £20,000 a year running cost in years 1 to 3 (no source given)');
    expect(sourceOf(base.grossBenefit)).toContain('£1,000 a year per success to la £1,000');
  });

  it('counts the peak after the case’s years, and says the cohort still saves then', () => {
    // 10 people all join in year 5 of 5; all succeed and save £100 a year to la in years 6–8.
    // No one saves within the case; the peak is 10 (year 6): grossBenefit 10 × £100 = £1,000.
    const theme = cohortTheme(
      { money: '£m', caseYears: 5, cohortSize: 10, rampUp: [0, 0, 0, 0, 1], costPerParticipant: 0.0001, successRate: 1, savingPerSuccess: { la: 0.0001 }, savingYears: 3 },
      { id: 'late', name: 'Late', partners: ['la'] },
    );
    const base = theme.scenarios.base;
    expect(values(base.profile)).toEqual([0, 0, 0, 0, 0]);
    expect(figureValue(base.grossBenefit)).toBeCloseTo(0.001, 15);
    expect(values(base.costs)).toEqual([0, 0, 0, 0, 0.001]);
    expect(sourceOf(base.grossBenefit)).toContain('10 successes at once at the peak (year 6)');
    expect(theme.note).toContain("Successes still save after the case's 5 years (to year 8)");
  });

  it('writes money in £bn cases in pounds as people say them', () => {
    const theme = cohortTheme(
      { money: '£bn', caseYears: 5, cohortSize: 1000, rampUp: [1], costPerParticipant: 0.0025, successRate: 0.2, savingPerSuccess: { la: 0.001 }, savingYears: 5 },
      { id: 'big', name: 'Big', partners: ['la'] },
    );
    // 1,000 × £2.5m = £2.5bn in year 1; 200 successes × £1m = £200m a year.
    expect(values(theme.scenarios.base.costs)).toEqual([2.5, 0, 0, 0, 0]);
    expect(figureValue(theme.scenarios.base.grossBenefit)).toBe(0.2);
    expect(sourceOf(theme.scenarios.base.costs[0])).toContain('× £2.5m per participant');
    expect(sourceOf(theme.scenarios.base.grossBenefit)).toContain('200 successes at once');
    expect(sourceOf(theme.scenarios.base.grossBenefit)).toContain('£1m a year per success');
  });
});

describe('the yearly money over random cohorts', () => {
  const POOL = ['p1', 'p2', 'p3', 'p4', 'p5'];
  const source = fc.option(fc.string({ maxLength: 600 }), { nil: undefined });
  const fig = (arb: fc.Arbitrary<number>) => fc.tuple(arb, source).map(([value, s]): Figure => (s === undefined ? value : { value, source: s }));
  /** Money in the case's unit: up to £100,000, to the penny. */
  const pence = (unit: CaseDoc['money']) => fc.integer({ min: 0, max: 10_000_000 }).map((p) => p / 100 / (unit === '£m' ? 1e6 : 1e9));
  const inputsArb: fc.Arbitrary<CohortInputs> = fc
    .record({ money: fc.constantFrom('£m' as const, '£bn' as const), caseYears: fc.integer({ min: 5, max: 30 }) })
    .chain(({ money, caseYears }) =>
      fc.record({
        money: fc.constant(money),
        caseYears: fc.constant(caseYears),
        members: fc.constantFrom('people' as const, 'families' as const, undefined),
        cohortSize: fig(fc.integer({ min: 1, max: 1_000_000 })),
        // Weights for each intake year and for those who never join, as fractions of their total.
        rampUp: fc
          .tuple(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: caseYears }), fc.integer({ min: 0, max: 100 }), source)
          .filter(([w]) => w.some((x) => x > 0))
          .map(([w, never, s]) => {
            const all = w.reduce((a, b) => a + b, never);
            const values = w.map((x) => x / all);
            return s === undefined ? values : { values, source: s };
          }),
        costPerParticipant: fig(pence(money)),
        runningCost: fc.option(fig(pence(money)), { nil: undefined }),
        successRate: fig(fc.integer({ min: 0, max: 10_000 }).map((x) => x / 10_000)),
        savingPerSuccess: fc.subarray(POOL, { minLength: 1 }).chain((ids) => fc.tuple(...ids.map(() => fig(pence(money)))).map((figs) => Object.fromEntries(ids.map((id, i) => [id, figs[i]!])))),
        savingYears: fig(fc.integer({ min: 1, max: caseYears })),
      }),
    );

  /** The same money counted the plain way: each intake's successes, year by year. */
  function byHand(inputs: CohortInputs) {
    const ramp = Array.isArray(inputs.rampUp) ? inputs.rampUp : inputs.rampUp.values;
    const size = figureValue(inputs.cohortSize);
    const rate = figureValue(inputs.successRate);
    const lasting = figureValue(inputs.savingYears);
    const first = ramp.findIndex((r) => r > 0);
    const last = ramp.length - 1 - [...ramp].reverse().findIndex((r) => r > 0);
    const saving = (pid: string) =>
      Array.from({ length: inputs.caseYears }, (_, t) => ramp.reduce((acc, r, j) => (t >= j + 1 && t <= j + lasting ? acc + size * r * rate * figureValue(inputs.savingPerSuccess[pid]) : acc), 0));
    const costs = Array.from(
      { length: inputs.caseYears },
      (_, t) => size * (ramp[t] ?? 0) * figureValue(inputs.costPerParticipant) + (t >= first && t <= last ? figureValue(inputs.runningCost) : 0),
    );
    return { saving, costs };
  }

  const close = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-9 * Math.abs(expected);

  it('grossBenefit × profile × share is each partner’s saving, costs are each year’s, and the case checks', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        expect(cohortProblems(inputs, POOL)).toEqual([]);
        const theme = cohortTheme(inputs, { id: 'cohort', name: 'A cohort', partners: POOL });
        const base = theme.scenarios.base;
        const hand = byHand(inputs);
        const gross = figureValue(base.grossBenefit);
        expect(base.profile).toHaveLength(inputs.caseYears);
        for (const p of values(base.profile)) expect(p >= 0 && p <= 1).toBe(true);
        for (const pid of Object.keys(inputs.savingPerSuccess)) {
          const expected = hand.saving(pid);
          values(base.profile).forEach((p, t) => {
            const actual = gross * p * figureValue(theme.shares[pid]);
            if (!close(actual, expected[t]!)) throw new Error(`${pid} year ${t + 1}: ${actual} ≠ ${expected[t]}`);
          });
        }
        values(base.costs).forEach((c, t) => {
          if (!close(c, hand.costs[t]!)) throw new Error(`cost year ${t + 1}: ${c} ≠ ${hand.costs[t]}`);
        });
        const doc = caseWith(theme, POOL, inputs.money);
        const checked = checkCase(doc);
        if (!checked.ok) throw new Error(checked.error);
        const model = caseModel(doc);
        if (!model.ok) throw new Error(model.error);
      }),
      { numRuns: 300 },
    );
  });
});

describe('problems with the inputs', () => {
  const good: CohortInputs = {
    money: '£m',
    caseYears: 6,
    cohortSize: 100,
    rampUp: [0.5, 0.5],
    costPerParticipant: 0.005,
    successRate: 0.5,
    savingPerSuccess: { la: 0.002 },
    savingYears: 3,
  };
  const problems = (change: Partial<CohortInputs>, partners?: string[]) => cohortProblems({ ...good, ...change }, partners);

  it('finds none in good inputs', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ rampUp: [1 / 3, 1 / 3, 1 / 3] })).toEqual([]);
    expect(problems({ rampUp: [0.1 + 0.2, 0.7] })).toEqual([]);
    expect(problems({ successRate: 0, costPerParticipant: 0, savingPerSuccess: { la: 0 } })).toEqual([]);
  });

  it.each<[string, Partial<CohortInputs>, string, RegExp]>([
    ['a ramp-up adding to more than 100%', { rampUp: [0.6, 0.5] }, 'rampUp', /^The ramp-up adds to 110% of the cohort, more than 100%\.$/],
    ['a ramp-up where no one joins', { rampUp: [0, 0] }, 'rampUp', /^No one joins/],
    ['an empty ramp-up', { rampUp: [] }, 'rampUp', /joining in each year/],
    ['a ramp-up longer than the case', { rampUp: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] }, 'rampUp', /^The ramp-up gives 7 years of intake, more than the case's 6\.$/],
    ['a negative year of intake', { rampUp: [0.5, -0.1] }, 'rampUp.1', /^The share of the cohort joining in year 2 must be from 0% to 100%; −10% was given\.$/],
    ['a negative cost', { costPerParticipant: { value: -0.001, source: 'x' } }, 'costPerParticipant', /^The cost per participant must be £0 or more; −£1,000 was given\.$/],
    ['a cost that is not a number', { costPerParticipant: Number.NaN }, 'costPerParticipant', /must be an amount of money \(£m\)/],
    ['a negative running cost', { runningCost: -1 }, 'runningCost', /^The yearly running cost must be £0 or more/],
    ['a success rate over 100%', { successRate: 1.2 }, 'successRate', /^The success rate must be from 0% to 100% of participants; 120% was given\.$/],
    ['a negative success rate', { successRate: -0.1 }, 'successRate', /from 0% to 100%/],
    ['a duration longer than the case', { savingYears: 8 }, 'savingYears', /^A success's saving lasts 8 years, longer than the case's 6\.$/],
    ['a duration of part of a year', { savingYears: 2.5 }, 'savingYears', /whole number of years, at least 1; 2\.5 was given/],
    ['a duration of no years', { savingYears: 0 }, 'savingYears', /at least 1/],
    ['a part of a person', { cohortSize: 10.5 }, 'cohortSize', /^The cohort size must be a whole number, at least 1; 10\.5 was given\.$/],
    ['an empty cohort', { cohortSize: 0 }, 'cohortSize', /at least 1/],
    ['a cohort too large', { cohortSize: 20_000_000 }, 'cohortSize', /at most 10,000,000/],
    ['no savings', { savingPerSuccess: {} }, 'savingPerSuccess', /^Give the yearly saving per success for at least one partner\.$/],
    ['a negative saving', { savingPerSuccess: { la: -0.002 } }, 'savingPerSuccess.la', /^The saving per success to la must be £0 or more a year; −£2,000 was given\.$/],
    ['a saving to a bad id', { savingPerSuccess: { 'not an id': 0.002 } }, 'savingPerSuccess.not an id', /is not a partner id/],
    ['too few case years', { caseYears: 4 }, 'caseYears', /^The case must run for a whole number of years from 5 to 30; 4 was given\.$/],
    ['too many case years', { caseYears: 31 }, 'caseYears', /from 5 to 30/],
    ['another money unit', { money: '£k' as CohortInputs['money'] }, 'money', /must be £m or £bn/],
    ['a peak saving beyond a case', { cohortSize: 10_000_000, successRate: 1, rampUp: [1], savingPerSuccess: { la: 1 } }, 'savingPerSuccess', /^At its peak the cohort saves £10,000bn a year, more than a case may hold \(£1,000bn\)\.$/],
    ['a year’s cost beyond a case', { cohortSize: 10_000_000, costPerParticipant: 1 }, 'costPerParticipant', /^In year 1 the programme costs £5,000bn, more than a case may hold/],
  ])('says so for %s', (_what, change, field, message) => {
    const found = problems(change);
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe(field);
    expect(found[0]!.message).toMatch(message);
  });

  it('names a saving to a partner the case does not have, and cohortTheme refuses it', () => {
    expect(problems({}, ['nhs'])).toEqual([{ field: 'savingPerSuccess.la', message: '"la" is not one of the case\'s partners (nhs).' }]);
    expect(() => cohortTheme(good, { id: 'x', name: 'X', partners: ['nhs'] })).toThrow(/not one of the case's partners/);
    expect(() => cohortTheme({ ...good, successRate: 2 }, { id: 'x', name: 'X', partners: ['la'] })).toThrow(/success rate/);
    expect(() => cohortTheme(good, { id: 'x', name: 'X', partners: ['la'] })).not.toThrow();
  });

  it('lists every problem at once', () => {
    const found = problems({ successRate: 2, savingYears: 9, rampUp: [0.9, 0.9] });
    expect(found.map((p) => p.field).sort()).toEqual(['rampUp', 'savingYears', 'successRate']);
  });
});
