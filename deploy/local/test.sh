#!/usr/bin/env bash
# Runs every test: unit tests, and integration and end-to-end tests against the real RabbitMQ and PostgreSQL.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$repo/deploy/local/ensure-infra.sh"

dotnet test "$repo/Ingestion.sln" --nologo "$@"
