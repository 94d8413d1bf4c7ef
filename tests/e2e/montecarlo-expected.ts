// Expected figures for tests/e2e/uncertainty.e2e.mjs, computed by the model in Node for a settings
// query: `npx tsx tests/e2e/montecarlo-expected.ts "<query>"` prints JSON on stdout.
import { readFileSync } from 'node:fs';
import { DATA_FILES, evaluate, localArea, parseModelData, parseSettings, runMonteCarlo } from '../../src/model';
import { formatMoney, formatPercent } from '../../src/lib/format';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8'));
const parsed = parseModelData({ case: read(DATA_FILES.case), areas: read(DATA_FILES.areas) });
if (!parsed.ok) throw new Error(parsed.error);
const data = parsed.value;
const { settings, ignored } = parseSettings(process.argv[2] ?? '');
const mc = runMonteCarlo(data, settings);
const results = evaluate(data, settings);
const local = localArea(data, settings, results);
const bn2 = (v: number) => formatMoney(v, { unit: 'bn', digits: 2 });
console.log(
  JSON.stringify({
    ignored,
    draws: mc.done,
    npv: mc.npv,
    text: { p10: bn2(mc.npv.p10), p50: bn2(mc.npv.p50), p90: bn2(mc.npv.p90), median: formatMoney(mc.npv.p50), prob: formatPercent(mc.npv.probPositive, 0) },
    local: local ? { npv: local.npv.toNumber(), text: formatMoney(local.npv.toNumber(), { unit: 'm' }), share: formatPercent(local.localShare, 0), payback: local.paybackYear } : null,
  }),
);
