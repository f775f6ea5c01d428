#!/usr/bin/env bash
# Runs every test: unit tests, and integration and end-to-end tests against the real RabbitMQ and PostgreSQL.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$repo/deploy/local/ensure-infra.sh"

output="$(mktemp)"
trap 'rm -f "$output"' EXIT
status=0
dotnet test "$repo/Ingestion.sln" --nologo "$@" 2>&1 | tee "$output" || status=$?

# One closing line over all test projects, e.g. "228 passed, 0 failed".
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Passed:") passed += $(i + 1)
         if ($i == "Failed:") failed += $(i + 1)
         if ($i == "Skipped:") skipped += $(i + 1)
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' FS='[ ,]+' "$output"
exit "$status"
