#!/usr/bin/env bash
# The fault-injection suite's long form (see docs/reliability.md): the three services as real processes, killed with
# SIGKILL at random moments, RabbitMQ restarted and PostgreSQL stopped for 30 s, while files flow; then every file
# must be exactly one document with its comments. It runs its own private RabbitMQ node and PostgreSQL cluster
# (the shared servers are not touched) and prints runs, faults injected, files in, documents stored, rejected, lost
# and duplicated. Exits non-zero when anything was lost or duplicated.
#
# Usage: deploy/local/faults.sh [--runs 3] [--files 2000] [--kills 3] [--rate 25] [--seed N]    (--help for all)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Installs RabbitMQ and PostgreSQL when missing: the suite starts private servers from the same packages.
source "$repo/deploy/local/ensure-infra.sh"

echo "[faults] building (Release)"
dotnet build "$repo/tests/Ingestion.FaultInjection" -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet run -c Release --no-build --project "$repo/tests/Ingestion.FaultInjection" -- "$@"
