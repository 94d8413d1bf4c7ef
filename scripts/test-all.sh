#!/usr/bin/env bash
# npm test: every check, in the order a reviewer would want them to fail. Ends with one line
# "N passed, N failed" counted from the runners' JSON reports, so a run of no tests cannot pass.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/vitest.json test-results/e2e.json
status=0
step() { echo; echo "== $1"; shift; "$@" || status=1; }

step "typecheck" npx tsc -b
step "lint" npx eslint .
step "unit and component tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
step "fidelity against the report" npx tsx scripts/fidelity.ts --quiet
# One build, served from a sub-path as GitHub Pages would, and reused by every browser test.
export BASE_PATH="${BASE_PATH:-/community-budgets-explorer/}"
step "build (base $BASE_PATH)" npx vite build
step "browser tests (Chromium)" npx playwright test

echo
node scripts/count-tests.mjs test-results/vitest.json test-results/e2e.json || status=1
exit $status
