#!/usr/bin/env bash
# Tests sql/migrate.sh against a running PostgreSQL server selected by the libpq
# environment (PGHOST, PGPORT, PGUSER, ...). The role needs CREATEDB. Every case
# uses its own database, named oda_test_migrate_<pid>_<case>, and all of them are
# dropped on exit.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
migrate=$repo/sql/migrate.sh
work=$(mktemp -d)
prefix=oda_test_migrate_$$
databases=()
passed=0
failed=0

cleanup() {
    local db
    for db in "${databases[@]}"; do
        dropdb --if-exists "$db" >/dev/null 2>&1 || echo "warning: failed to drop $db" >&2
    done
    rm -rf "$work"
}
trap cleanup EXIT

pass() {
    passed=$((passed + 1))
    echo "ok - $1"
}

fail() {
    failed=$((failed + 1))
    echo "not ok - $1" >&2
}

# check NAME COMMAND...: passes when COMMAND succeeds.
check() {
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}

# Creates a fresh database for case $1 and stores its name in $db. It does not print
# the name, because a command substitution would lose the update of $databases.
new_database() {
    db=${prefix}_$1
    createdb "$db" || { echo "cannot create database $db" >&2; exit 1; }
    databases+=("$db")
}

# run_migrate DB [ARGS...]: runs migrate.sh against DB, storing its exit status,
# stdout and stderr in $status, $out and $err.
run_migrate() {
    local db=$1
    shift
    PGDATABASE=$db "$migrate" "$@" >"$work/out" 2>"$work/err"
    status=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
}

query() {
    psql -X -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}

bookkeeping_rows() {
    query "$1" "SELECT version, name, checksum FROM oda_schema_migrations ORDER BY version"
}

# pg_dump 15.14 and later wrap the dump in \restrict and \unrestrict lines with a
# random key, so those lines are dropped before comparing.
schema_dump() {
    pg_dump --schema-only --no-owner "$1" | grep -Ev '^\\(un)?restrict '
}

contains() {
    [[ $1 == *"$2"* ]]
}

lacks() {
    [[ $1 != *"$2"* ]]
}

# Creates directory $1 with the fixture scripts used by several cases. Each script
# appends one row to fixture_runs, so the row count shows how often scripts ran.
make_fixture_directory() {
    mkdir -p "$1"
    cat >"$1/V0001__create_runs.sql" <<'EOF'
CREATE TABLE fixture_runs (script text NOT NULL);
INSERT INTO fixture_runs VALUES ('V0001');
EOF
    cat >"$1/V0002__slow_script.sql" <<'EOF'
SELECT pg_sleep(1);
INSERT INTO fixture_runs VALUES ('V0002');
EOF
    cat >"$1/V0003__add_table.sql" <<'EOF'
CREATE TABLE fixture_added (id integer);
INSERT INTO fixture_runs VALUES ('V0003');
EOF
}

# --- the real schema ---

new_database fresh
run_migrate "$db"
check "fresh database migrates" test "$status" -eq 0
check "fresh run reports the applied script" contains "$out" "applied V0001__create_oda_schema.sql (version 1)"
check "fresh run records version 1" test "$(query "$db" "SELECT string_agg(version::text, ',') FROM oda_schema_migrations")" = 1
check "fresh run creates the entity tables" \
    test "$(query "$db" "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'tab\_oda\_%'")" -eq 10
expected_checksum=$(sha256sum <"$repo/sql/V0001__create_oda_schema.sql" | cut -d' ' -f1)
check "bookkeeping checksum is the file SHA-256" \
    test "$(query "$db" "SELECT checksum FROM oda_schema_migrations WHERE version = 1")" = "$expected_checksum"
check "bookkeeping name is the file name" \
    test "$(query "$db" "SELECT name FROM oda_schema_migrations WHERE version = 1")" = V0001__create_oda_schema.sql

rows_before=$(bookkeeping_rows "$db")
dump_before=$(schema_dump "$db")
run_migrate "$db"
check "second run succeeds" test "$status" -eq 0
check "second run applies nothing" test "$(grep -c '^applied V' <<<"$out")" -eq 0
check "second run keeps bookkeeping" test "$(bookkeeping_rows "$db")" = "$rows_before"
check "second run keeps the schema" test "$(schema_dump "$db")" = "$dump_before"

new_database dry_run
run_migrate "$db" --dry-run
check "dry run succeeds" test "$status" -eq 0
check "dry run lists the pending script" contains "$out" "would apply V0001__create_oda_schema.sql (version 1)"
check "dry run creates no table" test "$(query "$db" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" -eq 0

new_database schema
query "$db" "CREATE SCHEMA team_a" >/dev/null
PGOPTIONS='-c search_path=team_a' run_migrate "$db"
check "search_path run succeeds" test "$status" -eq 0
check "search_path run creates tables in that schema" \
    test "$(query "$db" "SELECT count(*) FROM pg_tables WHERE schemaname = 'team_a'")" -eq 11
check "search_path run leaves public empty" \
    test "$(query "$db" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" -eq 0

# --- a tampered applied script ---

tampered=$work/tampered
mkdir "$tampered"
cp "$repo"/sql/V0001__create_oda_schema.sql "$tampered/"
new_database tampered
run_migrate "$db" "$tampered"
check "tamper setup migrates" test "$status" -eq 0
printf '\n-- edited after it was applied\n' >>"$tampered/V0001__create_oda_schema.sql"
echo 'CREATE TABLE must_not_exist (id integer);' >"$tampered/V0002__pending.sql"
rows_before=$(bookkeeping_rows "$db")
dump_before=$(schema_dump "$db")
run_migrate "$db" "$tampered"
check "tampered script is rejected" test "$status" -ne 0
check "tamper error names the file" contains "$err" "V0001__create_oda_schema.sql: checksum of applied version 1 differs"
check "tamper keeps bookkeeping" test "$(bookkeeping_rows "$db")" = "$rows_before"
check "tamper keeps the schema" test "$(schema_dump "$db")" = "$dump_before"

# --- scripts applied, then removed or rolled back ---

fixture=$work/fixture
make_fixture_directory "$fixture"
new_database out_of_order
run_migrate "$db" "$fixture"
check "fixture migrates" test "$status" -eq 0
check "fixture applies three scripts" test "$(grep -c '^applied V' <<<"$out")" -eq 3
query "$db" "DELETE FROM oda_schema_migrations WHERE version = 2" >/dev/null
rows_before=$(bookkeeping_rows "$db")
dump_before=$(schema_dump "$db")
run_migrate "$db" "$fixture"
check "out-of-order pending version is rejected" test "$status" -ne 0
check "out-of-order error names the file" \
    contains "$err" "V0002__slow_script.sql: pending version 2 is lower than the highest applied version 3"
check "out-of-order keeps bookkeeping" test "$(bookkeeping_rows "$db")" = "$rows_before"
check "out-of-order keeps the schema" test "$(schema_dump "$db")" = "$dump_before"
check "out-of-order runs no script" test "$(query "$db" "SELECT count(*) FROM fixture_runs")" -eq 3

missing=$work/missing
make_fixture_directory "$missing"
new_database missing
run_migrate "$db" "$missing"
check "missing-file setup migrates" test "$status" -eq 0
rm "$missing/V0003__add_table.sql"
run_migrate "$db" "$missing"
check "applied version without file is rejected" test "$status" -ne 0
check "missing-file error names the file" \
    contains "$err" "V0003__add_table.sql: applied version 3 has no file"

failing=$work/failing
make_fixture_directory "$failing"
rm "$failing/V0002__slow_script.sql" "$failing/V0003__add_table.sql"
cat >"$failing/V0002__fails.sql" <<'EOF'
CREATE TABLE rolled_back (id integer);
INSERT INTO fixture_runs VALUES ('V0002');
SELECT 1 / 0;
EOF
new_database failing
run_migrate "$db" "$failing"
check "failing script stops the run" test "$status" -ne 0
check "failing script error names the file" contains "$err" "V0002__fails.sql"
check "failing script error shows the cause" contains "$err" "division by zero"
check "scripts before the failure stay applied" \
    test "$(query "$db" "SELECT string_agg(version::text, ',') FROM oda_schema_migrations")" = 1
check "failing script is rolled back" test -z "$(query "$db" "SELECT to_regclass('rolled_back')")"
check "failing script leaves no rows" test "$(query "$db" "SELECT count(*) FROM fixture_runs")" -eq 1

# --- directory checks, which must fail before the database is contacted ---

# The database named here does not exist, so any connection attempt would fail
# with an error that the checks below look for.
absent_db=${prefix}_never_created

gap=$work/gap
make_fixture_directory "$gap"
rm "$gap/V0002__slow_script.sql"
run_migrate "$absent_db" "$gap"
check "gap is rejected" test "$status" -ne 0
check "gap error names the files" \
    contains "$err" "version 2 is missing between V0001__create_runs.sql and V0003__add_table.sql"
check "gap is rejected before connecting" lacks "$err" "does not exist"

first=$work/first
mkdir "$first"
echo 'SELECT 1;' >"$first/V0002__second.sql"
run_migrate "$absent_db" "$first"
check "missing version 1 is rejected" test "$status" -ne 0
check "missing version 1 error names the file" contains "$err" "version 1 is missing before V0002__second.sql"

duplicate=$work/duplicate
make_fixture_directory "$duplicate"
cp "$duplicate/V0002__slow_script.sql" "$duplicate/V2__same_version.sql"
run_migrate "$absent_db" "$duplicate"
check "duplicate version is rejected" test "$status" -ne 0
check "duplicate error names both files" contains "$err" "version 2: V0002__slow_script.sql V2__same_version.sql"
check "duplicate is rejected before connecting" lacks "$err" "does not exist"

misnamed=$work/misnamed
make_fixture_directory "$misnamed"
echo 'SELECT 1;' >"$misnamed/V4_single_underscore.sql"
run_migrate "$absent_db" "$misnamed"
check "misnamed script is rejected" test "$status" -ne 0
check "misnamed error names the file" contains "$err" "V4_single_underscore.sql"

# A directory name with a space, a quote and a backslash must reach psql intact.
odd=$work/"it's a \\dir"
make_fixture_directory "$odd"
new_database odd_directory
run_migrate "$db" "$odd"
check "odd directory name migrates" test "$status" -eq 0
check "odd directory name applies all scripts" test "$(query "$db" "SELECT count(*) FROM oda_schema_migrations")" -eq 3

# --- two runners at the same moment ---

concurrent=$work/concurrent
make_fixture_directory "$concurrent"
new_database concurrent
PGDATABASE=$db "$migrate" "$concurrent" >"$work/out1" 2>"$work/err1" &
pid1=$!
PGDATABASE=$db "$migrate" "$concurrent" >"$work/out2" 2>"$work/err2" &
pid2=$!
wait "$pid1"
status1=$?
wait "$pid2"
status2=$?
check "first concurrent runner succeeds" test "$status1" -eq 0
check "second concurrent runner succeeds" test "$status2" -eq 0
check "concurrent runners apply each script once" \
    test "$(cat "$work/out1" "$work/out2" | grep -c '^applied V')" -eq 3
check "concurrent runners run each script once" \
    test "$(query "$db" "SELECT string_agg(script, ',' ORDER BY script) FROM fixture_runs")" = V0001,V0002,V0003
check "concurrent runners record three versions" \
    test "$(query "$db" "SELECT count(*) FROM oda_schema_migrations")" -eq 3

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
