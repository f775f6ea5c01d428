#!/usr/bin/env bash
# Runs the whole system on this machine: RabbitMQ and PostgreSQL up, the three services built and running in the
# foreground with their logs prefixed, until Ctrl-C stops all three cleanly. Drop files into ./inbox (or $Fetcher__InboxPath).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$repo/deploy/local/ensure-infra.sh"

configuration=Release
echo "[run] building"
dotnet build "$repo/Ingestion.sln" -c "$configuration" --nologo -v quiet -clp:ErrorsOnly

# Development: each service's appsettings.Development.json holds the local credentials infra.sh creates.
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export Fetcher__InboxPath="${Fetcher__InboxPath:-$repo/inbox}"
mkdir -p "$Fetcher__InboxPath"

pids=()
start() {
  local name=$1 project=$2 colour=$3
  local output="$repo/services/$project/bin/$configuration/net10.0"
  # Each service's own appsettings.json sits in its output folder, which is therefore its content root.
  (cd "$output" && exec dotnet "$project.dll") \
    > >(sed -u "s/^/$(printf '\033[%sm' "$colour")[$name]$(printf '\033[0m') /") 2>&1 &
  pids+=($!)
}

stopped=no
stop() {
  [ "$stopped" = no ] || return 0
  stopped=yes
  trap - INT TERM
  echo "[run] stopping"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  echo "[run] stopped"
}
trap stop INT TERM

start storage Ingestion.Storage 35
start parser Ingestion.Parser 36
start fetcher Ingestion.Fetcher 33

echo "[run] watching $Fetcher__InboxPath (published files move to processed/, rejected ones to failed/); Ctrl-C stops"
# Any service exiting on its own (a bad setting, say) stops the others: a half-running pipeline helps nobody.
wait -n "${pids[@]}" || true
stop
