// Prints the plain closing line "e2e: N passed, N failed" and writes test-results/e2e.json with
// the same two counts, which scripts/count-tests.mjs adds to vitest's. A test that did not run
// (the server never came up, the run was stopped) counts as failed, so no run passes untested.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';

export default class CountReporter implements Reporter {
  private root: Suite | undefined;

  onBegin(_config: FullConfig, suite: Suite) {
    this.root = suite;
  }

  onEnd(result: FullResult) {
    const tests = this.root?.allTests() ?? [];
    const passed = tests.filter((t) => t.outcome() === 'expected').length;
    const skipped = tests.filter((t) => t.outcome() === 'skipped' && t.expectedStatus === 'skipped').length;
    let failed = tests.length - passed - skipped;
    // A failure outside any test (a broken config, a server that would not start) with no test to carry it.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    mkdirSync('test-results', { recursive: true });
    const report = { numPassedTests: passed, numFailedTests: failed, numSkippedTests: skipped, status: result.status };
    writeFileSync('test-results/e2e.json', JSON.stringify(report, null, 2));
    console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }

  printsToStdio() {
    return true;
  }
}
