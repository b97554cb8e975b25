#!/usr/bin/env bash
# Migrates a fresh database with sql/migrate.sh and runs tests/sql/schema.pgtap.sql
# against it. The libpq environment (PGHOST, PGPORT, PGUSER, ...) selects the server.
# The role needs CREATEDB, and the server needs the pgtap extension installed.
# The database is dropped on exit.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
db=oda_test_pgtap_$$
output=$(mktemp)

cleanup() {
    dropdb --if-exists "$db" >/dev/null 2>&1 || echo "warning: failed to drop $db" >&2
    rm -f "$output"
}
trap cleanup EXIT

createdb "$db"
PGDATABASE=$db "$repo/sql/migrate.sh" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION pgtap' >/dev/null

# psql prints the TAP stream, and the checks below do the work of a TAP harness.
if ! psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -f "$repo/tests/sql/schema.pgtap.sql" >"$output"; then
    cat "$output"
    echo "schema.pgtap.sql failed with a psql error" >&2
    exit 1
fi
cat "$output"

planned=$(sed -n 's/^1\.\.\([0-9][0-9]*\)$/\1/p' "$output")
passed=$(grep -c '^ok ' "$output" || true)
failed=$(grep -c '^not ok ' "$output" || true)

if [ -z "$planned" ]; then
    echo "no TAP plan line (1..N) in the output" >&2
    exit 1
fi
if [ "$failed" -ne 0 ]; then
    echo "$failed of $planned pgTAP tests failed" >&2
    exit 1
fi
if [ "$passed" -ne "$planned" ]; then
    echo "plan expected $planned pgTAP tests, but $passed ran" >&2
    exit 1
fi
echo "$passed passed, 0 failed"
