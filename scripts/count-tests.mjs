// Sums the runners' JSON reports into the one closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const missing = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing.push(file);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // vitest's JSON reporter (Jest format) and tests/e2e/count-reporter.ts both carry these two counts.
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}
for (const file of missing) console.log(`missing report: ${file} (its runner did not finish)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0;
