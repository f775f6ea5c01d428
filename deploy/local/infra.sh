#!/usr/bin/env bash
# Installs, starts and stops the local RabbitMQ and PostgreSQL that run.sh and test.sh use.
# Debian's packages, no systemd (the SysV `service` scripts), safe to run any number of times.
set -euo pipefail

DB_NAME="${INGESTION_DB_NAME:-ingestion}"
DB_USER="${INGESTION_DB_USER:-ingestion}"
DB_PASSWORD="${INGESTION_DB_PASSWORD:-ingestion}"
# The storage service's least-privileged login; the migrator (connecting as $DB_USER, the owner) grants it
# SELECT/INSERT/UPDATE/DELETE on the tables it needs. See docs/storage.md.
DB_APP_USER="${INGESTION_DB_APP_USER:-ingestion_app}"
DB_APP_PASSWORD="${INGESTION_DB_APP_PASSWORD:-ingestion_app}"
RABBITMQ_USER="${INGESTION_RABBITMQ_USER:-ingestion}"
RABBITMQ_PASSWORD="${INGESTION_RABBITMQ_PASSWORD:-ingestion}"

log() { printf '[infra] %s\n' "$*"; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<USAGE
usage: $0 up|down|status

  up      install RabbitMQ and PostgreSQL when missing, start them, create the
          database '$DB_NAME', its owner '$DB_USER', the application login '$DB_APP_USER'
          and the RabbitMQ user '$RABBITMQ_USER'
  down    stop both servers (data is kept)
  status  show whether each server is installed and running
USAGE
}

require_root() {
  [ "$(id -u)" -eq 0 ] || die "must run as root (it installs and starts system services): sudo $0 $*"
}

require_debian() {
  [ -r /etc/os-release ] || die "cannot tell the operating system (/etc/os-release missing); this script supports Debian and Ubuntu only"
  # shellcheck disable=SC1091
  . /etc/os-release
  case " ${ID:-} ${ID_LIKE:-} " in
    *" debian "*|*" ubuntu "*) ;;
    *) die "this script supports Debian and Ubuntu only (found '${PRETTY_NAME:-unknown}'); install RabbitMQ and PostgreSQL yourself or use docker compose" ;;
  esac
}

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    log "apt-get update"
    apt-get update -qq
    apt_updated=yes
  fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

rabbitmq_running() { rabbitmqctl -q status >/dev/null 2>&1; }
postgres_running() { pg_isready -q -h 127.0.0.1 >/dev/null 2>&1; }

wait_for() {
  local what=$1 check=$2 seconds=${3:-60}
  for _ in $(seq "$seconds"); do
    if "$check"; then return 0; fi
    sleep 1
  done
  die "$what did not become ready within ${seconds}s"
}

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAX $*"; }

up_rabbitmq() {
  is_installed rabbitmq-server || apt_install rabbitmq-server
  if ! rabbitmq_running; then
    log "starting RabbitMQ"
    service rabbitmq-server start >/dev/null
  fi
  wait_for RabbitMQ rabbitmq_running 90
  rabbitmqctl -q await_startup >/dev/null
  # The console, and the shovel an operator uses to move messages from an _error queue back (see the README).
  local plugin missing=()
  for plugin in rabbitmq_management rabbitmq_shovel rabbitmq_shovel_management; do
    rabbitmq-plugins -q list -e -m 2>/dev/null | grep -qx "$plugin" || missing+=("$plugin")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "enabling RabbitMQ plugins: ${missing[*]} (console: http://localhost:15672)"
    rabbitmq-plugins -q enable "${missing[@]}" >/dev/null
  fi
  if ! rabbitmqctl -q list_users | awk '{print $1}' | grep -qx "$RABBITMQ_USER"; then
    log "creating RabbitMQ user '$RABBITMQ_USER'"
    rabbitmqctl -q add_user "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null
  fi
  # administrator lets the tests make a fresh virtual host per run; a local development convenience only.
  rabbitmqctl -q set_user_tags "$RABBITMQ_USER" administrator >/dev/null
  rabbitmqctl -q set_permissions -p / "$RABBITMQ_USER" '.*' '.*' '.*' >/dev/null
}

up_postgres() {
  is_installed postgresql || apt_install postgresql
  if ! postgres_running; then
    log "starting PostgreSQL"
    service postgresql start >/dev/null
  fi
  wait_for PostgreSQL postgres_running 60
  if [ -z "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'\"")" ]; then
    log "creating database user '$DB_USER'"
    psql_admin "-c \"CREATE ROLE \\\"$DB_USER\\\" LOGIN PASSWORD '$DB_PASSWORD'\""
  fi
  # CREATEDB lets the tests make a fresh database per run; a local development convenience only.
  psql_admin "-c \"ALTER ROLE \\\"$DB_USER\\\" CREATEDB\""
  if [ -z "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'\"")" ]; then
    log "creating database '$DB_NAME'"
    psql_admin "-c \"CREATE DATABASE \\\"$DB_NAME\\\" OWNER \\\"$DB_USER\\\"\""
  fi
  if [ -z "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$DB_APP_USER'\"")" ]; then
    log "creating application login '$DB_APP_USER'"
    psql_admin "-c \"CREATE ROLE \\\"$DB_APP_USER\\\" LOGIN PASSWORD '$DB_APP_PASSWORD'\""
  fi
  # Only what a login needs; table privileges come from the storage service's migrator, which owns the tables.
  psql_admin "-c \"ALTER ROLE \\\"$DB_APP_USER\\\" NOSUPERUSER NOCREATEDB NOCREATEROLE\""
  psql_admin "-c \"GRANT CONNECT ON DATABASE \\\"$DB_NAME\\\" TO \\\"$DB_APP_USER\\\"\""
}

status() {
  local rc=0
  if ! is_installed rabbitmq-server; then echo "rabbitmq: not installed"; rc=1
  elif rabbitmq_running; then echo "rabbitmq: running (amqp://localhost:5672, console http://localhost:15672)"
  else echo "rabbitmq: stopped"; rc=1; fi
  if ! is_installed postgresql; then echo "postgresql: not installed"; rc=1
  elif postgres_running; then echo "postgresql: running (localhost:5432, database '$DB_NAME')"
  else echo "postgresql: stopped"; rc=1; fi
  return $rc
}

case "${1:-}" in
  up)
    require_root "$@"; require_debian
    up_postgres
    up_rabbitmq
    log "ready: RabbitMQ on localhost:5672, PostgreSQL on localhost:5432"
    ;;
  down)
    require_root "$@"; require_debian
    if is_installed rabbitmq-server && rabbitmq_running; then log "stopping RabbitMQ"; service rabbitmq-server stop >/dev/null; fi
    if is_installed postgresql && postgres_running; then log "stopping PostgreSQL"; service postgresql stop >/dev/null; fi
    ;;
  status) status ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
