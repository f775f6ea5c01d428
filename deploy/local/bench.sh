#!/usr/bin/env bash
# End-to-end benchmark: the three services from their Release build, against a database, RabbitMQ virtual host and
# inbox of the benchmark's own (created and dropped by it), compared with RabbitMQ's and PostgreSQL's own ceilings.
# Options go to the benchmark (--help lists them); see docs/benchmark.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$repo/deploy/local/ensure-infra.sh"

echo "[bench] building (Release)"
for project in services/Ingestion.Fetcher tests/Ingestion.Pipeline.Benchmarks; do
  dotnet build "$repo/$project" -c Release --nologo -v quiet -clp:ErrorsOnly
done

exec dotnet "$repo/tests/Ingestion.Pipeline.Benchmarks/bin/Release/net10.0/Ingestion.Pipeline.Benchmarks.dll" "$@"
