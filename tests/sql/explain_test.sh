#!/usr/bin/env bash
# Checks that the repository's main queries use the indexes of V0001 on tables of a
# realistic size. Migrates a fresh database, loads about 100k synthetic rows into
# every entity table, runs ANALYZE and inspects EXPLAIN output.
#
# The server is selected by the libpq environment (PGHOST, PGPORT, PGUSER, ...);
# the role needs CREATEDB. The database is dropped on exit.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
db=oda_test_explain_$$
passed=0
failed=0

cleanup() {
    dropdb --if-exists "$db" >/dev/null 2>&1 || echo "warning: failed to drop $db" >&2
}
trap cleanup EXIT

query() {
    psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "$1"
}

createdb "$db"
PGDATABASE=$db "$repo/sql/migrate.sh" >/dev/null

# kind:id column pairs of the entity tables.
kinds=(sbd:sbd_id sbi:sbi_id eb:eb_id prj:prj_id prsl:prsl_id panel:panel_id
       rvw:review_id pnld:decision_id prslacc:access_id)

# Entity n has 1 + n % 5 versions, so 33,333 entities give about 100k rows. About 1%
# of the entities belong to users whose names start with "user1", and the others to
# 800 users named user200 to user999. Creation times spread over about two years,
# and each version is written one day after the previous one.
for pair in "${kinds[@]}"; do
    kind=${pair%%:*}
    id_column=${pair#*:}
    query "
        INSERT INTO tab_oda_$kind ($id_column, version, info, created_by, created_on,
                                   last_modified_by, last_modified_on)
        SELECT e.entity_id, v.version,
               jsonb_build_object('$id_column', e.entity_id,
                                  'metadata', jsonb_build_object('version', v.version,
                                                                 'created_by', e.created_by)),
               e.created_by, e.created_on, e.created_by,
               e.created_on + (v.version - 1) * interval '1 day'
        FROM (
            SELECT '$kind-t' || n AS entity_id, n,
                   CASE WHEN n % 100 = 0 THEN 'user1' || (n / 100) % 7
                        ELSE 'user' || (200 + n % 800) END AS created_by,
                   timestamptz '2024-01-01 00:00:00+00' + n * interval '30 minutes' AS created_on
            FROM generate_series(1, 33333) AS n
        ) AS e
        CROSS JOIN LATERAL generate_series(1, 1 + e.n % 5) AS v (version)"
done
query "ANALYZE"

# check_plan NAME SQL INDEX: passes when the plan of SQL scans INDEX with an index
# scan, an index-only scan or a bitmap index scan.
check_plan() {
    local name=$1 sql=$2 index=$3 plan
    plan=$(query "EXPLAIN $sql")
    if grep -Eq "(Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? (using|on) $index( |\$)" <<<"$plan"; then
        passed=$((passed + 1))
        echo "ok - $name"
    else
        failed=$((failed + 1))
        echo "not ok - $name: expected a scan of $index, got:" >&2
        echo "$plan" >&2
    fi
}

for pair in "${kinds[@]}"; do
    kind=${pair%%:*}
    id_column=${pair#*:}
    table=tab_oda_$kind
    check_plan "$table latest version by id" \
        "SELECT * FROM $table WHERE $id_column = '$kind-t12345' ORDER BY version DESC LIMIT 1" \
        "uq_${table}_${id_column}_version"
    check_plan "$table created_by prefix" \
        "SELECT * FROM $table WHERE created_by LIKE 'user1%'" \
        "ix_${table}_created_by"
    check_plan "$table last_modified_on range" \
        "SELECT * FROM $table WHERE last_modified_on >= '2024-03-01 00:00:00+00'
                             AND last_modified_on < '2024-03-02 00:00:00+00'" \
        "ix_${table}_last_modified_on"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
