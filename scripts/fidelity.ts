// npm run fidelity: every published figure beside the model's, and how many match.
import { DATA_FILES, FIT_CLASS_TEXT, fidelityTable, summariseFidelity, type FidelityRow } from '../src/model/index';
import { loadGoldenRows, loadModelData } from './load-data';

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) < 0.1 && v !== 0 ? v.toPrecision(3) : v.toFixed(4));
const modelText = (r: FidelityRow) => (r.model ? r.model.map(fmt).join(' | ') : 'n/a');

const quiet = process.argv.includes('--quiet');
const table = fidelityTable(loadGoldenRows(), loadModelData());
const summary = summariseFidelity(table);
const widths = [28, 8, 20, 30, 10, 9, 6, 10];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');
const CLASS_CODE = { input: 'input', fitted: 'fitted', notFitted: 'not fitted' } as const;
if (!quiet) console.log(line(['id', 'section', 'published', 'model', 'difference', 'tolerance', 'match', 'class']));
for (const r of quiet ? [] : table) {
  const diff = r.difference === null ? '' : r.difference.toPrecision(2);
  console.log(line([r.id, r.section, r.publishedText, modelText(r), diff, String(r.tolerance), r.match ? 'yes' : r.knownReason ? 'no*' : 'NO', CLASS_CODE[r.fitClass]]));
}
const pct = (m: number, t: number) => (t ? ((100 * m) / t).toFixed(1) : '–');
console.log('');
for (const c of summary.byClass) {
  console.log(`${`${FIT_CLASS_TEXT[c.fitClass].name}:`.padEnd(38)} ${String(c.matched).padStart(3)} of ${String(c.total).padStart(3)} match (${pct(c.matched, c.total)}%): ${FIT_CLASS_TEXT[c.fitClass].reason}`);
}
console.log(`\n${summary.matched} of ${summary.total} published figures match (${pct(summary.matched, summary.total)}%).`);
console.log(`no* = documented in public/data/${DATA_FILES.case} (published.knownDifferences) and docs/model.md`);
if (summary.unexplained.length) console.log(`Unexplained misses: ${summary.unexplained.map((r) => r.id).join(', ')}`);
if (summary.staleReasons.length) console.log(`Documented as differing but now matching: ${summary.staleReasons.map((r) => r.id).join(', ')}`);
process.exitCode = summary.unexplained.length || summary.staleReasons.length ? 1 : 0;
