#!/usr/bin/env bash
# Checks the service images as far as a machine without a Docker engine can (see docs/docker.md):
#   1. replays each Dockerfile's build stage in a scratch folder: only the files its COPY lines name (less bin/ and
#      obj/, as .dockerignore does), then its RUN lines, so a project missing from the restore layer fails here;
#   2. runs the published output, what the image holds, as an unprivileged user with the image's Urls setting
#      (on a free local port) and every credential from the environment, against the local RabbitMQ and PostgreSQL
#      (a virtual host and a database of its own, removed afterwards);
#   3. runs the Dockerfile's own HEALTHCHECK command until it passes, checks /health/live and /health/ready answer
#      200 and that every queue declared is durable or exclusive (RabbitMQ 4.3 refuses the others), then stops the
#      service with SIGTERM and expects a clean exit within the compose stop_grace_period.
# Usage: sudo deploy/local/verify-images.sh [fetcher|parser|storage ...]   (default: all three). Takes a few minutes.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "[verify] must run as root, to run the services as another user: sudo $0" >&2; exit 1; }
source "$repo/deploy/local/ensure-infra.sh"

services=("$@")
[ ${#services[@]} -gt 0 ] || services=(fetcher parser storage)

run_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
rabbitmq_user=ingestion rabbitmq_password=ingestion
pg_user=ingestion pg_password=ingestion
management="http://localhost:15672/api"
work="$(mktemp -d /tmp/verify-images.XXXXXX)"
vhost="verify-images-$$"
database="verify_images_$$"
chmod 755 "$work"

log() { printf '[verify] %s\n' "$*"; }
fail() { printf '[verify] FAIL: %s\n' "$*" >&2; exit 1; }

service_pid=""
cleanup() {
  if [ -n "$service_pid" ]; then kill -KILL "$service_pid" 2>/dev/null || true; fi
  curl -fsS -o /dev/null -u "$rabbitmq_user:$rabbitmq_password" -X DELETE "$management/vhosts/$vhost" || true
  PGPASSWORD="$pg_password" psql -qX -h localhost -U "$pg_user" -d postgres \
    -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

log "creating RabbitMQ virtual host '$vhost' and database '$database'"
curl -fsS -o /dev/null -u "$rabbitmq_user:$rabbitmq_password" -X PUT "$management/vhosts/$vhost"
curl -fsS -o /dev/null -u "$rabbitmq_user:$rabbitmq_password" -X PUT -H 'content-type: application/json' \
  -d '{"configure":".*","write":".*","read":".*"}' "$management/permissions/$vhost/$rabbitmq_user"
PGPASSWORD="$pg_password" psql -qX -h localhost -U "$pg_user" -d postgres -c "CREATE DATABASE \"$database\"" >/dev/null

# Prints the build stage's steps as lines "COPY<TAB>source...<TAB>destination" and "RUN<TAB>command", the image's
# Urls and the HEALTHCHECK command (as a bash -c script) from a Dockerfile: enough for the simple Dockerfiles here.
parse_dockerfile() {
  python3 - "$1" <<'PY'
import json, re, sys
text = re.sub(r"\\\n", " ", open(sys.argv[1]).read())
stage = 0
for line in text.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    word, _, rest = line.partition(" ")
    word = word.upper()
    if word == "FROM":
        stage += 1
    elif stage == 1 and word == "COPY":
        parts = rest.split()
        if any(p.startswith("--") for p in parts):
            sys.exit(f"unsupported COPY flags in the build stage: {line}")
        print("COPY\t" + " ".join(parts[:-1]) + "\t" + parts[-1])
    elif stage == 1 and word == "RUN":
        print("RUN\t" + rest)
    elif stage == 1 and word == "WORKDIR" and rest != "/src":
        sys.exit(f"this script expects WORKDIR /src in the build stage: {line}")
    elif word == "ENV":
        match = re.search(r"\bUrls=(\S+)", rest)
        if match:
            print("URLS\t" + match.group(1))
    elif word == "HEALTHCHECK":
        command = json.loads(rest[rest.index("CMD") + 3:].strip())
        if command[:2] != ["bash", "-c"] or len(command) != 3:
            sys.exit(f"this script expects HEALTHCHECK CMD [\"bash\", \"-c\", \"...\"]: {line}")
        print("HEALTHCHECK\t" + command[2])
PY
}

# Replays the build stage with /src and /app mapped into the scratch folder.
build() {
  local dockerfile=$1 src=$2 app=$3 kind sources destination
  mkdir -p "$src" "$app"
  while IFS=$'\t' read -r kind sources destination; do
    case "$kind" in
      COPY)
        for source in $sources; do
          [ -e "$repo/$source" ] || fail "$dockerfile copies '$source', which does not exist"
          mkdir -p "$src/$destination"
          if [ -d "$repo/$source" ]; then
            (cd "$repo" && tar --exclude=bin --exclude=obj -cf - "${source%/}") | tar -xf - -C "$src"
          else
            cp "$repo/$source" "$src/$destination"
          fi
        done
        ;;
      RUN)
        local command="${sources// \/app/ $app}"
        log "  RUN $command"
        (cd "$src" && bash -c "$command" >"$work/build.log" 2>&1) || { tail -30 "$work/build.log" >&2; fail "$dockerfile: RUN $sources"; }
        ;;
    esac
  done < <(parse_dockerfile "$dockerfile" | grep -E '^(COPY|RUN)')
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

verify() {
  local name=$1 project dockerfile
  project="Ingestion.${name^}"
  dockerfile="$repo/services/$project/Dockerfile"
  [ -f "$dockerfile" ] || fail "no $dockerfile"
  log "$name: replaying the build stage of services/$project/Dockerfile"
  local src="$work/$name/src" app="$work/$name/app"
  build "$dockerfile" "$src" "$app"
  [ -f "$app/$project.dll" ] || fail "$name: the build stage did not publish $project.dll"

  local urls healthcheck port
  urls="$(parse_dockerfile "$dockerfile" | awk -F'\t' '$1 == "URLS" { print $2 }')"
  healthcheck="$(parse_dockerfile "$dockerfile" | awk -F'\t' '$1 == "HEALTHCHECK" { print $2 }')"
  [ "$urls" = "http://+:8080" ] || fail "$name: the image should set Urls=http://+:8080, found '$urls'"
  [[ "$healthcheck" == *"/8080"* ]] || fail "$name: the HEALTHCHECK does not probe port 8080"
  # Port 8080 may be taken on a shared machine: same binding, another port, and the probe follows it.
  port="$(free_port)"
  urls="${urls/8080/$port}"
  healthcheck="${healthcheck//\/8080/\/$port}"

  local inbox="$work/$name/inbox"
  mkdir -p "$inbox" && chown 65534:65534 "$inbox"
  chmod -R a+rX "$app"

  log "$name: starting as uid 65534 on $urls"
  (cd "$app" && exec env -i PATH="$PATH" HOME=/nonexistent \
    DOTNET_RUNNING_IN_CONTAINER=true Urls="$urls" ASPNETCORE_HTTP_PORTS= \
    RabbitMq__Host=localhost RabbitMq__Port=5672 RabbitMq__VHost="$vhost" \
    RabbitMq__User="$rabbitmq_user" RabbitMq__Pass="$rabbitmq_password" \
    ConnectionStrings__Postgres="Host=localhost;Port=5432;Database=$database;Username=$pg_user;Password=$pg_password" \
    Fetcher__InboxPath="$inbox" \
    "${run_as[@]}" dotnet "$project.dll") >"$work/$name.log" 2>&1 &
  service_pid=$!

  local healthy=no
  for _ in $(seq 90); do
    kill -0 "$service_pid" 2>/dev/null || { cat "$work/$name.log" >&2; fail "$name exited during start-up"; }
    if "${run_as[@]}" bash -c "$healthcheck" 2>/dev/null; then healthy=yes; break; fi
    sleep 1
  done
  [ "$healthy" = yes ] || { cat "$work/$name.log" >&2; fail "$name: the HEALTHCHECK command did not pass within 90 s"; }
  for path in /health/live /health/ready; do
    local status
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")"
    [ "$status" = 200 ] || fail "$name: $path answered $status"
  done
  local owner
  # The subshell execs env, env execs setpriv, setpriv execs dotnet: the pid is the service's own.
  owner="$(ps -o uid= -p "$service_pid" | tr -d ' ')"
  [ "$owner" = 65534 ] || fail "$name: runs as uid '$owner', expected 65534"
  log "$name: HEALTHCHECK passed, /health/live and /health/ready answered 200, running as uid $owner"
  # RabbitMQ 4.3 (rabbitmq:4-management in docker-compose.yml) refuses queues that are neither durable nor exclusive.
  local transient
  transient="$(curl -fsS -u "$rabbitmq_user:$rabbitmq_password" "$management/queues/$vhost" \
    | jq -r '.[] | select(.durable == false and .exclusive == false) | .name')"
  [ -z "$transient" ] || fail "$name declared transient non-exclusive queues, which RabbitMQ 4.3 refuses: $transient"

  kill -TERM "$service_pid"
  local code=0
  timeout 40 tail --pid="$service_pid" -f /dev/null || fail "$name did not stop within 40 s of SIGTERM"
  wait "$service_pid" || code=$?
  service_pid=""
  [ "$code" = 0 ] || { cat "$work/$name.log" >&2; fail "$name exited with $code after SIGTERM"; }
  if grep -Eq '\b(fail|crit):' "$work/$name.log"; then
    grep -E '\b(fail|crit):' "$work/$name.log" >&2
    fail "$name logged errors"
  fi
  log "$name: stopped cleanly on SIGTERM"
}

for name in "${services[@]}"; do
  verify "$name"
done
log "all passed: ${services[*]}"
