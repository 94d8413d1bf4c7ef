// npm run fidelity: every published figure beside the model's, and how many match.
import { fidelityTable, summariseFidelity, type FidelityRow } from '../src/model/index';
import { loadGoldenRows, loadModelData } from './load-data';

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) < 0.1 && v !== 0 ? v.toPrecision(3) : v.toFixed(4));
const modelText = (r: FidelityRow) => (r.model ? r.model.map(fmt).join(' | ') : 'n/a');

const quiet = process.argv.includes('--quiet');
const table = fidelityTable(loadGoldenRows(), loadModelData());
const summary = summariseFidelity(table);
const widths = [28, 8, 20, 30, 10, 9, 6];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');
if (!quiet) console.log(line(['id', 'section', 'published', 'model', 'difference', 'tolerance', 'match']));
for (const r of quiet ? [] : table) {
  const diff = r.difference === null ? '' : r.difference.toPrecision(2);
  console.log(line([r.id, r.section, r.publishedText, modelText(r), diff, String(r.tolerance), r.match ? 'yes' : r.knownReason ? 'no*' : 'NO']));
}
console.log(`\n${summary.matched} of ${summary.total} published figures match (${((100 * summary.matched) / summary.total).toFixed(1)}%).`);
console.log('no* = documented in src/model/known-differences.ts and docs/model.md');
if (summary.unexplained.length) console.log(`Unexplained misses: ${summary.unexplained.map((r) => r.id).join(', ')}`);
if (summary.staleReasons.length) console.log(`Documented as differing but now matching: ${summary.staleReasons.map((r) => r.id).join(', ')}`);
process.exitCode = summary.unexplained.length || summary.staleReasons.length ? 1 : 0;
