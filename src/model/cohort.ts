import type Decimal from 'decimal.js';
import { CASE_LIMITS, MONEY_UNITS, NO_SOURCE, figureSource, type CaseTheme, type Figure, type MoneyUnit } from './caseFile';
import { ZERO, money, sum } from './money';
import { CASE_YEARS, DATA_BOUNDS } from './schema';

// The cohort helper: a theme of a place's own case written from a cohort (the report's investment
// models, net savings for a cohort against spending lines). Its rules:
// - rampUp[j] of the cohort joins in year j + 1; what is left of the cohort never joins. Figures are
//   expected values, not rounded to whole people.
// - Each participant costs `costPerParticipant` once, in the year they join. The optional
//   `runningCost` is paid every year from the first year anyone joins to the last, gaps included.
// - successRate of each year's joiners succeed; a success saves each partner its yearly saving from
//   the year after joining, for `savingYears` years (year j's joiners save in years j + 1 … j + savingYears).
// - profile[t] = successes saving in year t ÷ the most that ever save at once (the peak, counted
//   after the case's years too, so every profile value is 0–1); grossBenefit = the peak's yearly
//   saving; shares[p] = p's saving per success ÷ the total saving per success. So
//   grossBenefit × profile[t] × shares[p] is p's saving in year t, exactly but for float rounding.
// - costs[t] = joiners in year t × costPerParticipant (+ runningCost); ongoingCost is 0, as the
//   whole intake has joined within the case. Years after the case follow the app's rule for later
//   years, not the cohort (a cohort still saving then is told so in the theme's note).

/** A list of yearly values, bare or with its source. */
export type SeriesInput = number[] | { values: number[]; source?: string };

export interface CohortInputs {
  /** The case's money unit: every amount below is in it. */
  money: MoneyUnit;
  /** The case's number of years, 5 to 30. */
  caseYears: number;
  /** What the cohort counts, for the sources' wording; people unless given. */
  members?: 'people' | 'families';
  /** How many could join: a whole number, at least 1. */
  cohortSize: Figure;
  /** The share of the cohort joining in each year from year 1, adding to at most 1. */
  rampUp: SeriesInput;
  /** Paid once for each participant, in the year they join (money). */
  costPerParticipant: Figure;
  /** The programme's own yearly cost, from its first year of intake to its last (money). */
  runningCost?: Figure;
  /** The share of participants helped, 0 to 1. */
  successRate: Figure;
  /** What one success saves each partner a year: partner id → money. */
  savingPerSuccess: Record<string, Figure>;
  /** How many whole years a success keeps saving, from the year after joining: 1 to the case's years. */
  savingYears: Figure;
}

export type CohortField = keyof CohortInputs | `${keyof CohortInputs}.${string}`;
export interface CohortProblem {
  field: CohortField;
  message: string;
}

const ID = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;
const PER_BN: Record<MoneyUnit, number> = { '£m': 1000, '£bn': 1 };
/** A ramp-up given as fractions that a person added up may come to 1 plus float rounding. */
const RAMP_SLACK = 1e-9;

const value = (f: Figure | undefined): number => (typeof f === 'object' && f !== null ? f.value : typeof f === 'number' ? f : Number.NaN);
const seriesValues = (s: SeriesInput | undefined): number[] => (Array.isArray(s) ? s : Array.isArray(s?.values) ? s.values : []);
/** The index of the last item that passes, or -1 (Array#findLastIndex is ES2023). */
const lastIndex = <T>(list: readonly T[], test: (item: T) => boolean): number => {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
};
const seriesSource = (s: SeriesInput | undefined): string | undefined => (Array.isArray(s) ? undefined : s?.source);
const moneyMax = (unit: MoneyUnit) => DATA_BOUNDS.moneyMax * PER_BN[unit];

// --- Words for sources and messages (en-GB) -----------------------------------------------------------

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const count = (n: number | Decimal) => WHOLE.format(typeof n === 'number' ? n : n.toNumber());
const percent = (n: number) => PERCENT.format(n).replace('-', '−');

/** An amount in the case's unit, in pounds as people say them: £5,000, £2.5m, £1.2bn. */
function pounds(amount: number | Decimal, unit: MoneyUnit): string {
  const p = money(amount).times(unit === '£m' ? 1e6 : 1e9).toNumber();
  const sign = p < 0 ? '−' : '';
  const a = Math.abs(p);
  if (a >= 1e9) return `${sign}£${WHOLE.format(a / 1e9)}bn`;
  if (a >= 1e6) return `${sign}£${WHOLE.format(a / 1e6)}m`;
  return `${sign}£${WHOLE.format(a)}`;
}

const cited = (source: string | undefined) => (source?.trim() ? ` (source: ${source.trim()})` : ` (${NO_SOURCE})`);
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const yearSpan = (a: number, b: number) => (a === b ? `year ${a}` : `years ${a} to ${b}`);

// --- Problems ----------------------------------------------------------------------------------------

/**
 * What is wrong with the inputs, each with its field and a message; empty when a theme can be written.
 * With `partners` (the case's partner ids), a saving to a partner the case does not have is a problem too.
 */
export function cohortProblems(inputs: CohortInputs, partners?: readonly string[]): CohortProblem[] {
  const problems: CohortProblem[] = [];
  const add = (field: CohortField, message: string) => problems.push({ field, message });
  const unit: MoneyUnit = MONEY_UNITS.includes(inputs.money) ? inputs.money : '£m';
  if (!MONEY_UNITS.includes(inputs.money)) add('money', `The money unit must be £m or £bn, not ${JSON.stringify(inputs.money)}.`);

  const { minYears, maxYears } = CASE_YEARS;
  const years = inputs.caseYears;
  const yearsOk = Number.isInteger(years) && years >= minYears && years <= maxYears;
  if (!yearsOk) add('caseYears', `The case must run for a whole number of years from ${minYears} to ${maxYears}; ${Number.isFinite(years) ? count(years) : 'none'} was given.`);

  const size = value(inputs.cohortSize);
  if (!Number.isFinite(size)) add('cohortSize', 'The cohort size must be a number.');
  else if (!Number.isInteger(size) || size < 1) add('cohortSize', `The cohort size must be a whole number, at least 1; ${count(size)} was given.`);
  else if (size > DATA_BOUNDS.cohortMax) add('cohortSize', `The cohort size may be at most ${count(DATA_BOUNDS.cohortMax)}; ${count(size)} was given.`);

  const amount = (field: 'costPerParticipant' | 'runningCost', what: string, f: Figure | undefined) => {
    const v = value(f);
    if (!Number.isFinite(v)) add(field, `${what} must be an amount of money (${unit}).`);
    else if (v < 0) add(field, `${what} must be £0 or more; ${pounds(v, unit)} was given.`);
  };
  amount('costPerParticipant', 'The cost per participant', inputs.costPerParticipant);
  if (inputs.runningCost !== undefined) amount('runningCost', 'The yearly running cost', inputs.runningCost);

  const rate = value(inputs.successRate);
  if (!Number.isFinite(rate)) add('successRate', 'The success rate must be a number from 0 to 1 (0% to 100%).');
  else if (rate < 0 || rate > 1) add('successRate', `The success rate must be from 0% to 100% of participants; ${percent(rate)} was given.`);

  const savings = Object.entries(inputs.savingPerSuccess ?? {});
  if (savings.length === 0) add('savingPerSuccess', 'Give the yearly saving per success for at least one partner.');
  for (const [pid, f] of savings) {
    const v = value(f);
    if (!ID.test(pid)) add(`savingPerSuccess.${pid}`, `"${pid}" is not a partner id: a letter, then up to 39 letters, digits or hyphens.`);
    else if (partners && !partners.includes(pid)) add(`savingPerSuccess.${pid}`, `"${pid}" is not one of the case's partners (${partners.join(', ') || 'none'}).`);
    if (!Number.isFinite(v)) add(`savingPerSuccess.${pid}`, `The saving per success to ${pid} must be an amount of money (${unit}) a year.`);
    else if (v < 0) add(`savingPerSuccess.${pid}`, `The saving per success to ${pid} must be £0 or more a year; ${pounds(v, unit)} was given.`);
  }

  const lasting = value(inputs.savingYears);
  if (!Number.isFinite(lasting)) add('savingYears', 'How long a success keeps saving must be a number of years.');
  else if (!Number.isInteger(lasting) || lasting < 1) add('savingYears', `A success's saving must last a whole number of years, at least 1; ${count(lasting)} was given.`);
  else if (yearsOk && lasting > years) add('savingYears', `A success's saving lasts ${count(lasting)} years, longer than the case's ${years}.`);

  const ramp = seriesValues(inputs.rampUp);
  let rampOk = ramp.length > 0;
  for (const [i, r] of ramp.entries()) {
    if (!Number.isFinite(r) || r < 0 || r > 1) {
      add(`rampUp.${i}`, `The share of the cohort joining in year ${i + 1} must be from 0% to 100%${Number.isFinite(r) ? `; ${percent(r)} was given` : ''}.`);
      rampOk = false;
    }
  }
  if (ramp.length === 0) add('rampUp', 'Give the share of the cohort joining in each year, from year 1.');
  else if (yearsOk && ramp.length > years) {
    add('rampUp', `The ramp-up gives ${ramp.length} years of intake, more than the case's ${years}.`);
    rampOk = false;
  }
  if (rampOk) {
    const total = sum(ramp.map((r) => money(r)));
    if (total.gt(1 + RAMP_SLACK)) add('rampUp', `The ramp-up adds to ${percent(total.toNumber())} of the cohort, more than 100%.`);
    else if (total.isZero()) add('rampUp', 'No one joins: give the share of the cohort joining in at least one year.');
  }

  // With every input sound, the theme's own figures must fit in a case.
  if (problems.length === 0) {
    const c = compute(inputs);
    const max = moneyMax(unit);
    const gross = c.peak.times(c.perSuccessTotal);
    if (gross.gt(max)) add('savingPerSuccess', `At its peak the cohort saves ${pounds(gross, unit)} a year, more than a case may hold (${pounds(max, unit)}).`);
    const worst = c.costs.reduce((m, x, i) => (x.gt(c.costs[m] ?? ZERO) ? i : m), 0);
    const dearest = c.costs[worst] ?? ZERO;
    if (dearest.gt(max)) add('costPerParticipant', `In year ${worst + 1} the programme costs ${pounds(dearest, unit)}, more than a case may hold (${pounds(max, unit)} a year).`);
  }
  return problems;
}

// --- The arithmetic ----------------------------------------------------------------------------------

interface Cohort {
  /** People joining in intake year j + 1. */
  joiners: Decimal[];
  /** Successes saving in year t + 1, for every year any do (after the case's years too). */
  active: Decimal[];
  peak: Decimal;
  /** The first year the peak is reached (1-based); 0 if no one ever saves. */
  peakYear: number;
  perSuccess: Map<string, Decimal>;
  perSuccessTotal: Decimal;
  /** The case's yearly costs. */
  costs: Decimal[];
  /** First and last year anyone joins (1-based). */
  firstIntake: number;
  lastIntake: number;
}

function compute(inputs: CohortInputs): Cohort {
  const ramp = seriesValues(inputs.rampUp);
  const size = money(value(inputs.cohortSize));
  const rate = money(value(inputs.successRate));
  const lasting = value(inputs.savingYears);
  const joiners = ramp.map((r) => size.times(r));
  const successes = joiners.map((j) => j.times(rate));
  // Year j's successes (j = 1 …) save in years j + 1 … j + lasting.
  const active = Array.from({ length: ramp.length + lasting }, (_, i) => {
    const year = i + 1;
    return sum(successes.filter((_s, k) => year >= k + 2 && year <= k + 1 + lasting));
  });
  const peak = active.reduce((m, a) => (a.gt(m) ? a : m), ZERO);
  const peakYear = peak.isZero() ? 0 : active.findIndex((a) => a.eq(peak)) + 1;
  const perSuccess = new Map(Object.entries(inputs.savingPerSuccess).map(([pid, f]) => [pid, money(value(f))]));
  const firstIntake = ramp.findIndex((r) => r > 0) + 1;
  const lastIntake = lastIndex(ramp, (r) => r > 0) + 1;
  const perJoiner = money(value(inputs.costPerParticipant));
  const running = money(inputs.runningCost === undefined ? 0 : value(inputs.runningCost));
  const costs = Array.from({ length: inputs.caseYears }, (_, i) => {
    const year = i + 1;
    const joining = (joiners[i] ?? ZERO).times(perJoiner);
    return year >= firstIntake && year <= lastIntake ? joining.plus(running) : joining;
  });
  return { joiners, active, peak, peakYear, perSuccess, perSuccessTotal: sum([...perSuccess.values()]), costs, firstIntake, lastIntake };
}

// --- The theme ---------------------------------------------------------------------------------------

/**
 * The theme the cohort makes, its money in the case's unit and every figure with a source naming the
 * inputs it comes from. Throws if `cohortProblems(inputs, meta.partners)` finds any problem: check first.
 * Shares are given for the partners with a saving, in the order of `meta.partners`.
 */
export function cohortTheme(inputs: CohortInputs, meta: { id: string; name: string; partners: string[] }): CaseTheme {
  const problems = cohortProblems(inputs, meta.partners);
  if (problems.length) throw new Error(`The cohort helper cannot write theme "${meta.id}": ${problems.map((p) => p.message).join(' ')}`);

  const unit = inputs.money;
  const years = inputs.caseYears;
  const c = compute(inputs);
  const lasting = value(inputs.savingYears);
  const ramp = seriesValues(inputs.rampUp);
  const noun = inputs.members ?? 'people';
  const src = (text: string) => clip(`cohort helper: ${text}`, CASE_LIMITS.maxSource);

  // The inputs in words, each with its source.
  const cohortText = `${count(value(inputs.cohortSize))} ${noun}${cited(figureSource(inputs.cohortSize))}`;
  const rampText = `joining ${ramp.map(percent).join(', ')} in ${yearSpan(1, ramp.length)}${cited(seriesSource(inputs.rampUp))}`;
  const rateText = `${percent(value(inputs.successRate))} success${cited(figureSource(inputs.successRate))}`;
  const lastingText = `each success saving from the year after joining for ${count(lasting)} year${lasting === 1 ? '' : 's'}${cited(figureSource(inputs.savingYears))}`;
  const partnerSaving = (pid: string) => `${pid} ${pounds(c.perSuccess.get(pid) ?? ZERO, unit)}${cited(figureSource(inputs.savingPerSuccess[pid]))}`;
  const saved = [...c.perSuccess.keys()];
  const perSuccessText =
    saved.length === 1
      ? `${pounds(c.perSuccessTotal, unit)} a year per success to ${partnerSaving(saved[0]!)}`
      : `${pounds(c.perSuccessTotal, unit)} a year per success (${saved.map(partnerSaving).join('; ')})`;
  const running = inputs.runningCost === undefined ? undefined : value(inputs.runningCost);
  const runningText =
    running === undefined ? '' : ` + ${pounds(running, unit)} a year running cost in ${yearSpan(c.firstIntake, c.lastIntake)}${cited(figureSource(inputs.runningCost))}`;
  const peakText = c.peak.isZero() ? 'no success ever saves' : `${count(c.peak)} successes at once at the peak (year ${c.peakYear})`;

  const profileSource = src(`successes saving each year ÷ the most ever saving at once (${peakText}); ${cohortText} ${rampText}, ${rateText}, ${lastingText}`);
  const grossSource = src(`the peak yearly saving: ${peakText} × ${perSuccessText}; ${cohortText} ${rampText}, ${rateText}, ${lastingText}`);
  const costSource = src(`${noun} joining each year × ${pounds(value(inputs.costPerParticipant), unit)} per participant on joining${cited(figureSource(inputs.costPerParticipant))}${runningText}; ${cohortText} ${rampText}`);
  const ongoingSource = src(`nothing after the case's years: the whole intake has joined by year ${c.lastIntake}, paid for on joining${running === undefined ? '' : ', and the running cost stops with intake'}`);

  const ordered = meta.partners.filter((pid) => c.perSuccess.has(pid));
  const shares = Object.fromEntries(
    ordered.map((pid) => {
      const own = c.perSuccess.get(pid) ?? ZERO;
      const share = c.perSuccessTotal.isZero() ? 0 : own.div(c.perSuccessTotal).toNumber();
      const source = src(`${pid}'s ${pounds(own, unit)} of ${pounds(c.perSuccessTotal, unit)} a year per success${cited(figureSource(inputs.savingPerSuccess[pid]))}`);
      return [pid, { value: share, source }];
    }),
  );

  const lastSaving = lastIndex(c.active, (a) => a.gt(0)) + 1;
  const tail =
    lastSaving > years
      ? ` Successes still save after the case's ${years} years (to year ${lastSaving}); the app's rule for later years, not the cohort, sets those years.`
      : '';
  const note = clip(
    `Written by the cohort helper from ${count(value(inputs.cohortSize))} ${noun}: each participant is paid for in the year they join; successes save from the year after joining for ${count(lasting)} year${lasting === 1 ? '' : 's'}.${tail}`,
    2000,
  );

  return {
    id: meta.id,
    name: meta.name,
    shares,
    scenarios: {
      base: {
        profile: Array.from({ length: years }, (_, i) => ({ value: c.peak.isZero() ? 0 : (c.active[i] ?? ZERO).div(c.peak).toNumber(), source: profileSource })),
        grossBenefit: { value: c.peak.times(c.perSuccessTotal).toNumber(), source: grossSource },
        costs: c.costs.map((x) => ({ value: x.toNumber(), source: costSource })),
        ongoingCost: { value: 0, source: ongoingSource },
      },
    },
    note,
  };
}
