import { includedThemes } from './evaluate';
import { quantileSorted, histogram, mean, shareAbove, type HistogramBin } from './percentiles';
import { realisation } from './profile';
import { mulberry32, triangularAt, uniformAt, type Random } from './rng';
import { uncertaintyOf } from './settings';
import { scenarioCost } from './streams';
import { ADJUSTMENT_RANGE_KEYS, type ModelData, type PartnerId, type RangeKey, type Settings, type Theme, type ThemeId } from './types';
import { financialYear } from './years';

// Monte Carlo over the report's ranges (scenario blend, partner shares) and the user's (take-up,
// leakage, delay); method in docs/local-areas.md. Draws run on a float64 copy of the model
// (`compileFloatModel`), held to the decimal model to 1e-9 by a test; headline money stays decimal.

export interface Draw {
  /** Scenario blend per included theme (0 = prudent, 1 = base). */
  blend: Record<ThemeId, number>;
  /** Partner shares per included theme, adding to one. */
  shares: Record<ThemeId, Record<PartnerId, number>>;
  scale: number;
  leakage: number;
  delay: number;
  /** The Green Book adjustments' overall values (a theme's own stays as set). */
  deadweight: number;
  displacement: number;
  attribution: number;
  obBenefit: number;
  obCost: number;
}

/** Partner columns in the outcome arrays: the case's partners in its order, then benefit nobody receives. */
export const outcomePartners = (data: Pick<ModelData, 'partners'>): OutcomePartner[] => [...data.partners.map((p) => p.id), 'unallocated'];
export type OutcomePartner = PartnerId | 'unallocated';

const publishedShares = (theme: Theme): Record<PartnerId, number> =>
  Object.fromEntries(Object.entries(theme.partnerShares).map(([id, share]) => [id, share.value]));

/** The draw that reproduces the settings exactly (every range at the current setting). */
export function centralDraw(data: ModelData, s: Settings): Draw {
  const themes = includedThemes(data, s);
  return {
    blend: Object.fromEntries(themes.map((t) => [t.id, s.scenario])),
    shares: Object.fromEntries(themes.map((t) => [t.id, publishedShares(t)])),
    scale: s.scale,
    leakage: s.leakage,
    delay: s.delay,
    ...adjustmentsAsSet(s),
  };
}

const adjustmentsAsSet = (s: Settings) => Object.fromEntries(ADJUSTMENT_RANGE_KEYS.map((k) => [k, s[k]])) as Pick<Draw, (typeof ADJUSTMENT_RANGE_KEYS)[number]>;

/**
 * A draw as the float model reads it: each included theme's blend, and its row of shares in the
 * case's partner order (NaN where it has none), the rest as in `Draw`. Typed arrays rather than
 * records: 10,000 draws of a hundred themes spent most of their time building and reading records.
 */
interface FloatDraw extends Omit<Draw, 'blend' | 'shares'> {
  blend: Float64Array;
  shares: Float64Array;
}

const newFloatDraw = (themes: number, partners: number, s: Settings): FloatDraw => ({
  blend: new Float64Array(themes),
  shares: new Float64Array(themes * partners),
  scale: 0,
  leakage: 0,
  delay: 0,
  ...adjustmentsAsSet(s),
});

/** Fills `draw` from seeded random numbers, a fixed count per draw, so batching never changes the draws. */
function floatSampler(data: ModelData, s: Settings): (random: Random, draw: FloatDraw) => void {
  const u = uncertaintyOf(s);
  const P = data.partners.length;
  // Per theme, the case's partners it gives a share, in the case's order.
  const themes = includedThemes(data, s).map((theme) => data.partners.flatMap((p, k) => (theme.partnerShares[p.id] ? [{ k, share: theme.partnerShares[p.id]! }] : [])));
  const pickAt = (r: number, lo: number, mode: number, hi: number) =>
    u.distribution === 'uniform' ? (hi <= lo ? lo : uniformAt(r, lo, hi)) : triangularAt(r, lo, mode, hi);
  const ranged = (key: RangeKey, random: Random) => {
    const r = random();
    const range = u.ranges[key];
    return range ? pickAt(r, range[0], s[key], range[1]) : s[key];
  };
  return (random, draw) => {
    draw.shares.fill(Number.NaN);
    themes.forEach((shares, t) => {
      draw.blend[t] = pickAt(random(), 0, s.scenario, 1);
      const row = t * P;
      let total = 0;
      for (const { k, share } of shares) total += draw.shares[row + k] = share.range ? pickAt(random(), share.range[0], share.value, share.range[1]) : share.value;
      // Divided by their sum, to add to one; left as drawn when they add to nothing.
      if (total > 0) for (const { k } of shares) draw.shares[row + k] = draw.shares[row + k]! / total;
    });
    draw.scale = ranged('scale', random);
    draw.leakage = ranged('leakage', random);
    draw.delay = ranged('delay', random);
    // Only a range that is set takes a random number: without one, every draw is as it was before these settings existed.
    for (const key of ADJUSTMENT_RANGE_KEYS) {
      const range = u.ranges[key];
      if (range) draw[key] = pickAt(random(), range[0], s[key], range[1]);
    }
  };
}

/** The runner's draws as records (tests, callers): the same random numbers, the same values. */
export function createSampler(data: ModelData, s: Settings): (random: Random) => Draw {
  const themes = includedThemes(data, s);
  const partnerIds = data.partners.map((p) => p.id);
  const fill = floatSampler(data, s);
  return (random) => {
    const d = newFloatDraw(themes.length, partnerIds.length, s);
    fill(random, d);
    const row = (t: number) => Object.fromEntries(partnerIds.flatMap((id, k) => (Number.isNaN(d.shares[t * partnerIds.length + k]) ? [] : [[id, d.shares[t * partnerIds.length + k]!]])));
    return { ...d, blend: Object.fromEntries(themes.map((t, i) => [t.id, d.blend[i]!])), shares: Object.fromEntries(themes.map((t, i) => [t.id, row(i)])) };
  };
}

export interface DrawOutcome {
  npv: number;
  /** Net benefit in each year, discounted, £bn. */
  yearly: Float64Array;
  /** Each partner's net benefit over the horizon under the lens, in `outcomePartners` order. */
  partners: Float64Array;
}

export interface FloatModel {
  horizon: number;
  /** Writes into `out` (from `newOutcome`), so a run allocates nothing per draw. */
  run: (draw: Draw, out: DrawOutcome) => void;
  newOutcome: () => DrawOutcome;
}

interface CompiledModel extends FloatModel {
  runFloat: (draw: FloatDraw, out: DrawOutcome) => void;
}

const LENS_NONE = -1;

/** Partner k's share of a theme's row divided by their sum `pool`; none for a partner without one. */
const share = (shares: Float64Array, row: number, k: number, pool: number): number =>
  pool > 0 && k >= 0 && !Number.isNaN(shares[row + k]) ? shares[row + k]! / pool : 0;

export const compileFloatModel = (data: ModelData, s: Settings): FloatModel => compile(data, s);

function compile(data: ModelData, s: Settings): CompiledModel {
  const H = s.horizon;
  const factors = Float64Array.from({ length: H }, (_, i) => 1 / (1 + s.rate) ** i);
  // Per theme and scenario: gross benefit at whole years 0..horizon and costs in years 1..horizon, at full take-up.
  const themes = includedThemes(data, s).map((theme) => {
    const { prudent, base } = theme.scenarios;
    const gross = (sc: typeof prudent) => Float64Array.from({ length: H + 1 }, (_, y) => sc.grossBenefit.value * realisation(sc.profile.values, y, s));
    const cost = (sc: typeof prudent) => Float64Array.from({ length: H }, (_, i) => scenarioCost(sc, i + 1));

    return {
      id: theme.id,
      grossP: gross(prudent),
      grossB: gross(base),
      costP: cost(prudent),
      costB: cost(base),
      leakageOverride: s.leakageByTheme[theme.id],
      delayOverride: s.delayByTheme[theme.id],
      // A theme's own adjustments, fixed for the run; the overall ones come with each draw.
      deadweight: s.deadweightByTheme[theme.id],
      displacement: s.displacementByTheme[theme.id],
      attribution: s.attributionByTheme[theme.id],
    };
  });
  const partnerIds = data.partners.map((p) => p.id);
  const P = partnerIds.length;
  const lensPartner = s.lens.kind === 'all' ? LENS_NONE : partnerIds.indexOf(s.lens.partner);
  const K = P + 1;
  const UNALLOCATED = K - 1;
  const counted = new Float64Array(H + 1);

  const weights = new Float64Array(K);

  const newOutcome = (): DrawOutcome => ({ npv: 0, yearly: new Float64Array(H), partners: new Float64Array(K) });

  function runFloat(draw: FloatDraw, out: DrawOutcome) {
    out.yearly.fill(0);
    out.partners.fill(0);
    let total = 0;
    for (let ti = 0; ti < themes.length; ti++) {
      const t = themes[ti]!;
      const w = draw.blend[ti]!;
      const row = ti * P;
      // Shares as the decimal model reads them: divided by their sum.
      let pool = 0;
      for (let k = 0; k < P; k++) if (!Number.isNaN(draw.shares[row + k])) pool += draw.shares[row + k]!;
      // Lens multiplier and allocation weights (partners.ts, streams.ts).
      weights.fill(0);
      let multiplier = 1;
      if (s.lens.kind === 'lead') {
        multiplier = share(draw.shares, row, lensPartner, pool);
        // A lead partner with no share does not run the theme (streams.ts, themeSitsOut).
        if (multiplier === 0) continue;
        weights[lensPartner] = 1;
      } else {
        let kept = 0;
        for (let k = 0; k < P; k++) {
          if (Number.isNaN(draw.shares[row + k]) || k === lensPartner) continue;
          weights[k] = share(draw.shares, row, k, pool);
          kept += weights[k]!;
        }
        if (s.lens.kind === 'exclude') multiplier = 1 - share(draw.shares, row, lensPartner, pool);
        if (kept > 0) for (let k = 0; k < UNALLOCATED; k++) weights[k] = weights[k]! / kept;
        else weights[UNALLOCATED] = 1;
      }
      const scale = draw.scale;
      // What leakage and the Green Book adjustments leave, and the price base (flows.ts).
      const kept =
        (1 - (t.leakageOverride ?? draw.leakage)) * (1 - (t.deadweight ?? draw.deadweight)) * (1 - (t.displacement ?? draw.displacement)) * (1 - (t.attribution ?? draw.attribution)) * (1 - draw.obBenefit) * s.uprate;
      const costMultiplier = (1 + draw.obCost) * s.uprate;
      const delay = t.delayOverride ?? draw.delay;
      for (let y = 0; y <= H; y++) counted[y] = scale * ((1 - w) * t.grossP[y]! + w * t.grossB[y]!) * multiplier;
      const shift = Math.floor(delay);
      const frac = delay - shift;
      let npv = 0;
      for (let i = 0; i < H; i++) {
        const year = i + 1 - shift;
        const at = year <= 0 ? 0 : counted[year]!;
        const before = year - 1 <= 0 ? 0 : counted[year - 1]!;
        const gross = frac === 0 ? at : at * (1 - frac) + before * frac;
        const cost = ((1 - w) * t.costP[i]! + w * t.costB[i]!) * scale * costMultiplier;
        const net = (gross * kept - cost) * factors[i]!;
        out.yearly[i] = out.yearly[i]! + net;
        npv += net;
      }
      total += npv;
      for (let k = 0; k < K; k++) if (weights[k] !== 0) out.partners[k] = out.partners[k]! + npv * weights[k]!;
    }
    out.npv = total;
  }

  // A `Draw` (tests, callers) as the float model reads it: the same numbers, so the same outcome.
  const scratch = newFloatDraw(themes.length, P, s);
  function run(draw: Draw, out: DrawOutcome) {
    Object.assign(scratch, { ...draw, blend: scratch.blend, shares: scratch.shares });
    themes.forEach((t, ti) => {
      scratch.blend[ti] = draw.blend[t.id] ?? 0;
      const shares = draw.shares[t.id] ?? {};
      partnerIds.forEach((id, k) => (scratch.shares[ti * P + k] = shares[id] ?? Number.NaN));
    });
    runFloat(scratch, out);
  }
  return { horizon: H, run, runFloat, newOutcome };
}

const YEAR_BANDS = { p10: 0.1, p25: 0.25, p50: 0.5, p75: 0.75, p90: 0.9 } as const;
const NPV_BANDS = { p5: 0.05, ...YEAR_BANDS, p95: 0.95 } as const;
type Bands<B> = Record<keyof B, number>;

const bandsOf = <B extends Record<string, number>>(bands: B, sorted: Float64Array) =>
  Object.fromEntries(Object.entries(bands).map(([name, p]) => [name, quantileSorted(sorted, p)])) as Bands<B>;

export type YearBand = Bands<typeof YEAR_BANDS> & { year: string };

export type NpvSummary = Bands<typeof NPV_BANDS> & {
  mean: number;
  min: number;
  max: number;
  probPositive: number;
};

/** `probGain`: the share of draws in which the partner's net benefit over the horizon is above zero. */
export type PartnerChance = Pick<Bands<typeof YEAR_BANDS>, 'p10' | 'p50' | 'p90'> & { partner: OutcomePartner; probGain: number };

/** What a run has found so far: plain numbers only, so it can cross from the worker. */
export interface McSummary {
  done: number;
  total: number;
  seed: number;
  distribution: 'triangular' | 'uniform';
  horizon: number;
  yearly: YearBand[];
  npv: NpvSummary;
  histogram: HistogramBin[];
  partners: PartnerChance[];
}

export interface McRunner {
  readonly total: number;
  readonly done: number;
  /** Runs up to `count` more draws; returns how many have been run in all. */
  step: (count: number) => number;
  summary: () => McSummary;
}

export function createRunner(data: ModelData, s: Settings): McRunner {
  const u = uncertaintyOf(s);
  const total = u.draws;
  const model = compile(data, s);
  const H = model.horizon;
  const outcomeIds = outcomePartners(data);
  const K = outcomeIds.length;
  const sample = floatSampler(data, s);
  const draw = newFloatDraw(includedThemes(data, s).length, data.partners.length, s);
  const random = mulberry32(u.seed);
  const npv = new Float64Array(total);
  const yearly = new Float64Array(total * H);
  const partners = new Float64Array(total * K);
  const out = model.newOutcome();
  let done = 0;

  const step = (count: number) => {
    const end = Math.min(total, done + Math.max(0, Math.floor(count)));
    for (; done < end; done++) {
      sample(random, draw);
      model.runFloat(draw, out);
      npv[done] = out.npv;
      yearly.set(out.yearly, done * H);
      partners.set(out.partners, done * K);
    }
    return done;
  };

  const column = (source: Float64Array, width: number, j: number) => {
    const col = new Float64Array(done);
    for (let i = 0; i < done; i++) col[i] = source[i * width + j]!;
    return col.sort();
  };

  const summary = (): McSummary => {
    const sortedNpv = npv.slice(0, done).sort();
    const partnersOut: PartnerChance[] = [];
    for (let k = 0; k < K; k++) {
      const col = column(partners, K, k);
      if (!col.some((v) => v !== 0)) continue;
      const { p10, p50, p90 } = bandsOf(YEAR_BANDS, col);
      partnersOut.push({ partner: outcomeIds[k]!, probGain: shareAbove(col), p10, p50, p90 });
    }
    return {
      done,
      total,
      seed: u.seed,
      distribution: u.distribution,
      horizon: H,
      yearly: Array.from({ length: H }, (_, j) => ({ year: financialYear(data.firstYear, j), ...bandsOf(YEAR_BANDS, column(yearly, H, j)) })),
      npv: {
        ...bandsOf(NPV_BANDS, sortedNpv),
        mean: mean(sortedNpv),
        min: done ? sortedNpv[0]! : Number.NaN,
        max: done ? sortedNpv[done - 1]! : Number.NaN,
        probPositive: shareAbove(sortedNpv),
      },
      histogram: histogram(sortedNpv),
      partners: partnersOut,
    };
  };

  return {
    total,
    get done() {
      return done;
    },
    step,
    summary,
  };
}

/** A whole run at once (tests, scripts). */
export function runMonteCarlo(data: ModelData, s: Settings): McSummary {
  const runner = createRunner(data, s);
  runner.step(runner.total);
  return runner.summary();
}

