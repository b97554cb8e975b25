#!/usr/bin/env bash
# Tests scripts/local-postgres on a throwaway cluster of its own: start,
# a second start, status, env, a stale postmaster.pid, stop twice and
# destroy. Run as root, it also runs the same steps as the unprivileged
# `nobody` user, because the script must work for normal users too.
set -uo pipefail

readonly repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
passed=0
failed=0

check() {
  local description="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $description" >&2
  fi
}

contains() { grep -q -- "$2" <<<"$1"; }

# Runs the whole sequence as the current user, or through runuser when a
# user name is given. The script is copied, because that user may not be
# able to read the repository.
run_sequence() {
  local as_user="${1:-}"
  local work_dir script output pid
  work_dir="$(mktemp -d "${TMPDIR:-/tmp}/local-pg-test.XXXXXX")"
  mkdir -p "$work_dir/scripts"
  cp "$repo_root/scripts/local-postgres" "$work_dir/scripts/"
  script="$work_dir/scripts/local-postgres"
  local state="$work_dir/state"
  local -a run=()
  if [[ -n "$as_user" ]]; then
    chown -R "$as_user" "$work_dir"
    run=(runuser -u "$as_user" --)
  fi
  local who="${as_user:-$(id -un)}"

  output="$(cd / && "${run[@]}" "$script" start "$state" 2>&1)"
  check "$who: start succeeds" contains "$output" "is running on 127.0.0.1:"

  output="$(cd / && "${run[@]}" "$script" start "$state" 2>&1)"
  check "$who: second start says already running" contains "$output" "already running"

  output="$(cd / && "${run[@]}" "$script" status "$state" 2>&1)"
  check "$who: status reports running" contains "$output" "running on 127.0.0.1:"

  output="$(cd / && "${run[@]}" "$script" env "$state" 2>&1)"
  check "$who: env prints PGPORT" contains "$output" "export PGPORT="
  eval "$output"
  check "$who: server answers" "${run[@]}" env PGHOST="$PGHOST" PGPORT="$PGPORT" \
    PGUSER="$PGUSER" PGDATABASE="$PGDATABASE" psql -X -q -A -t -c "SELECT 1" >/dev/null

  # A server killed without cleaning up leaves a stale postmaster.pid.
  # shellcheck source=/dev/null
  source "$state/cluster.conf"
  pid="$(head -n 1 "$data_dir/postmaster.pid")"
  kill -9 "$pid"
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  sleep 1
  output="$(cd / && "${run[@]}" "$script" start "$state" 2>&1)"
  check "$who: stale pid file is reported" contains "$output" "stale postmaster.pid"
  check "$who: start after stale pid succeeds" contains "$output" "is running on"

  output="$(cd / && "${run[@]}" "$script" stop "$state" 2>&1)"
  check "$who: stop succeeds" contains "$output" "stopped the server"

  output="$(cd / && "${run[@]}" "$script" stop "$state" 2>&1)"
  check "$who: second stop says not running" contains "$output" "not running"

  (cd / && "${run[@]}" "$script" status "$state" >/dev/null 2>&1)
  check "$who: status of a stopped cluster exits 3" test "$?" -eq 3

  output="$(cd / && "${run[@]}" "$script" destroy "$state" 2>&1)"
  check "$who: destroy deletes the cluster" contains "$output" "deleted the cluster"
  rm -rf "$work_dir"
}

run_sequence
if [[ "$(id -u)" -eq 0 ]] && id nobody >/dev/null 2>&1; then
  run_sequence nobody
fi

echo "$passed passed, $failed failed"
((failed == 0))
