# Sourced by run.sh, test.sh and bench scripts: brings RabbitMQ and PostgreSQL up when they are not.
# As root, `infra.sh up` always runs (it is idempotent and also repairs users and databases);
# otherwise the servers must already be running, started once with sudo.
infra="$(dirname "${BASH_SOURCE[0]}")/infra.sh"
if [ "$(id -u)" -eq 0 ]; then
  "$infra" up
elif ! "$infra" status >/dev/null; then
  "$infra" status || true
  echo "RabbitMQ or PostgreSQL is not running: start them once with 'sudo $infra up'" >&2
  exit 1
fi
