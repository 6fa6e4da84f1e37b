#!/usr/bin/env bash
# Test runner: installs what is missing, ensures Redis + Elasticsearch, runs the whole Jest suite in band,
# and ends with exactly one line "N passed, N failed" computed from Jest's JSON.
# Extra args go to jest (e.g. `npm test -- libs/arabic`). SKIP_SERVICES=1 skips ensure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# On a fresh machine this installs what is missing (apt packages, npm packages, the ES zip).
bash scripts/setup.sh --test || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

if [[ "${SKIP_SERVICES:-}" != "1" ]]; then
  bash scripts/services/ensure.sh || { echo "services failed to start"; echo "0 passed, 1 failed"; exit 1; }
fi

mkdir -p test-artifacts
results=test-artifacts/jest-results.json
rm -f "$results"

# --forceExit: a leaked connection in one test must not hang CI for its 90 min.
npx jest --runInBand --forceExit --json --outputFile="$results" "$@"
jest_rc=$?

summary="$(node -e '
  const fs = require("fs");
  let r;
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); }
  catch { console.log("0 passed, 1 failed"); process.exit(0); }
  // Suites that failed before running any test (compile/import errors) have no assertions.
  const brokenSuites = (r.testResults || []).filter(
    (s) => s.status === "failed" && (s.assertionResults || []).length === 0).length;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + brokenSuites} failed`);
' "$results")"

failed="$(echo "$summary" | sed -E 's/.* ([0-9]+) failed$/\1/')"
echo "$summary"
if [[ "$failed" != "0" || $jest_rc -ne 0 ]]; then exit 1; fi
exit 0
