#!/bin/sh
# Applies the versioned ODA migration scripts (V<digits>__<description>.sql) to the
# database that the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER,
# PGPASSWORD, ...) selects. Needs only psql, sha256sum and POSIX tools.
#
# Protocol, shared with the library's migration runner:
#  1. Scan the directory. The version is the integer value of the digits. A
#     duplicate version, a gap (versions must be exactly 1..N) or a misnamed
#     V<digit>*.sql file stops the run before the database is contacted.
#  2. In one session with client_encoding UTF8 (scripts are UTF-8 text): take the
#     session-level advisory lock
#     pg_advisory_lock(hashtextextended('ska-db-oda:migrations', 0)),
#     then run migrations_table.sql from this script's directory.
#  3. Validate before applying anything. An applied version whose checksum differs
#     from its file, an applied version without a file, or a pending version lower
#     than the highest applied version rejects the run, and nothing changes.
#  4. Apply each pending script in its own transaction together with its row in
#     oda_schema_migrations. The session's search_path is restored before each
#     script and before the bookkeeping INSERT, so a script that changes it
#     affects neither the bookkeeping nor the next script.
#  5. Release the lock. A runner that waited on the lock then finds nothing to do.
#
# Scripts must be plain SQL without psql meta-commands, because the library's
# runner sends them to the server as they are. They must not contain BEGIN,
# COMMIT or statements that cannot run in a transaction block.
#
# Exit status: 0 on success (also when nothing was pending), 1 on any failure,
# 2 on invalid usage.

set -eu

# The C locale makes the character ranges in file name patterns plain ASCII.
LC_ALL=C
export LC_ALL

program=${0##*/}
lock_key="hashtextextended('ska-db-oda:migrations', 0)"

usage() {
    cat <<EOF
Usage: $program [--dry-run] [DIRECTORY]

Apply the pending V<digits>__<description>.sql scripts of DIRECTORY (default: the
directory of this script) to the database selected by the PG* environment variables.

  --dry-run   print the scripts that would be applied and change nothing
  -h, --help  print this help and exit
EOF
}

fail() {
    printf '%s: %s\n' "$program" "$*" >&2
    exit 1
}

# Quote $1 as a single-quoted argument of a psql meta-command, where psql also
# interprets backslash escapes.
psql_meta_quote() {
    printf "'%s'" "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/''/g")"
}

# Quote $1 as an SQL string literal (standard_conforming_strings is on).
sql_quote() {
    printf "'%s'" "$(printf '%s' "$1" | sed -e "s/'/''/g")"
}

dry_run=false
directory=
while [ $# -gt 0 ]; do
    case $1 in
        --dry-run) dry_run=true ;;
        -h | --help) usage; exit 0 ;;
        --) shift; break ;;
        -*) usage >&2; printf '%s: unknown option: %s\n' "$program" "$1" >&2; exit 2 ;;
        *) break ;;
    esac
    shift
done
if [ $# -gt 1 ]; then
    usage >&2
    printf '%s: expected at most one directory, got %s arguments\n' "$program" "$#" >&2
    exit 2
fi
if [ $# -eq 1 ]; then
    directory=$1
fi

script_directory=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P) ||
    fail "cannot resolve the directory of $0"
if [ -z "$directory" ]; then
    directory=$script_directory
fi
[ -d "$directory" ] || fail "migration directory not found: $directory"
directory=$(CDPATH='' cd -- "$directory" && pwd -P) ||
    fail "cannot enter the migration directory: $directory"

newline='
'
case $directory$script_directory in
    *"$newline"*) fail "directory names with line breaks are not supported: $directory" ;;
esac

migrations_table_file=$script_directory/migrations_table.sql
[ -f "$migrations_table_file" ] || fail "bookkeeping DDL not found: $migrations_table_file"

command -v psql >/dev/null 2>&1 || fail "psql not found in PATH"
command -v sha256sum >/dev/null 2>&1 || fail "sha256sum not found in PATH"

# Step 1: scan the directory. Each entry is "<version> <file name>", where the
# version has no leading zeros. The description character set excludes spaces,
# quotes and line breaks, so entries split safely on spaces and lines.
entries=
invalid_names=
for path in "$directory"/V[0-9]*.sql; do
    [ -e "$path" ] || continue
    name=${path##*/}
    digits=${name#V}
    digits=${digits%%__*}
    description=${name#V"$digits"__}
    description=${description%.sql}
    valid=true
    case $digits in '' | *[!0-9]*) valid=false ;; esac
    case $name in "V${digits}__"*) ;; *) valid=false ;; esac
    case $description in '' | *[!A-Za-z0-9_.-]*) valid=false ;; esac
    [ -f "$path" ] || valid=false
    if [ "$valid" = false ]; then
        invalid_names="$invalid_names$newline$name"
        continue
    fi
    version=$(printf '%s\n' "$digits" | sed 's/^0*\([0-9]\)/\1/')
    entries="$entries$version $name$newline"
done

if [ -n "$invalid_names" ]; then
    fail "invalid migration file name(s) in $directory; expected regular files" \
        "named V<digits>__<description>.sql with only letters, digits, '_', '.'" \
        "and '-' in the description:$invalid_names"
fi

entries=$(printf '%s' "$entries" | sort -n -k1,1 -k2,2)

# Both checks report every problem at once, naming the files involved.
duplicates=$(printf '%s\n' "$entries" | awk '
    NF == 0 { next }
    { count[$1]++; files[$1] = files[$1] " " $2 }
    END { for (v in count) if (count[v] > 1) printf "version %s:%s\n", v, files[v] }' |
    sort -k2,2n)
if [ -n "$duplicates" ]; then
    fail "duplicate migration versions in $directory:$newline$duplicates"
fi

gaps=$(printf '%s\n' "$entries" | awk '
    NF == 0 { next }
    $1 == "0" { printf "%s: version 0 is invalid, versions start at 1\n", $2; next }
    {
        where = (previous == "") ? "before " $2 : "between " previous " and " $2
        if (length($1) > 9)
            printf "versions from %d on are missing %s\n", expected + 1, where
        else if ($1 == expected + 2)
            printf "version %d is missing %s\n", expected + 1, where
        else if ($1 > expected + 2)
            printf "versions %d to %d are missing %s\n", expected + 1, $1 - 1, where
        expected = $1 + 0
        previous = $2
    }')
if [ -n "$gaps" ]; then
    fail "migration versions in $directory must be exactly 1..N without gaps:$newline$gaps"
fi

# Checksums are taken now, before the database is contacted, so that a read error
# cannot stop the run halfway.
files_sql=
count=0
while read -r version name; do
    [ -n "$version" ] || continue
    checksum=$(sha256sum <"$directory/$name") || fail "cannot read $directory/$name"
    checksum=${checksum%% *}
    row="SELECT $version, $(sql_quote "$name"), '$checksum'"
    if [ -z "$files_sql" ]; then
        files_sql="        $row"
    else
        files_sql="$files_sql UNION ALL$newline        $row"
    fi
    count=$((count + 1))
    eval "checksum_$count=\$checksum"
done <<EOF
$entries
EOF
if [ -z "$files_sql" ]; then
    files_sql="        SELECT NULL::integer, NULL::text, NULL::text WHERE false"
fi

# Steps 2-5 run as one generated psql script, in one session.
generate_session_script() {
    cat <<EOF
\\set ON_ERROR_STOP 1
\\set QUIET 1
\\set SHOW_CONTEXT never
\\o /dev/null
SET client_encoding = 'UTF8';
SELECT pg_advisory_lock($lock_key);
SELECT current_setting('search_path') AS oda_search_path \\gset
EOF

    if [ "$dry_run" = true ]; then
        # Check the schema where CREATE TABLE IF NOT EXISTS would create the table,
        # without creating it.
        cat <<EOF
SELECT EXISTS (
    SELECT FROM pg_class
    WHERE relname = 'oda_schema_migrations' AND relnamespace = current_schema()::regnamespace
) AS oda_has_table \\gset
EOF
    else
        cat <<EOF
SET client_min_messages = warning;
\\i $(psql_meta_quote "$migrations_table_file")
RESET client_min_messages;
\\set oda_has_table true
EOF
    fi

    cat <<EOF
\\if :oda_has_table
DO \$oda\$
DECLARE
    problems text;
    problem_count integer;
BEGIN
    WITH files (version, name, checksum) AS (
$files_sql
    ),
    highest AS (
        SELECT coalesce(max(version), 0) AS version FROM oda_schema_migrations
    ),
    problem (version, message) AS (
        SELECT f.version,
               format('%s: checksum of applied version %s differs from the file'
                      || ' (database %s, file %s); add a new version instead of editing an applied script',
                      f.name, f.version, a.checksum, f.checksum)
        FROM oda_schema_migrations a JOIN files f ON f.version = a.version
        WHERE f.checksum <> a.checksum
        UNION ALL
        SELECT a.version,
               format('%s: applied version %s has no file in the migration directory',
                      a.name, a.version)
        FROM oda_schema_migrations a
        WHERE NOT EXISTS (SELECT FROM files f WHERE f.version = a.version)
        UNION ALL
        SELECT f.version,
               format('%s: pending version %s is lower than the highest applied version %s',
                      f.name, f.version, h.version)
        FROM files f CROSS JOIN highest h
        WHERE f.version < h.version
          AND NOT EXISTS (SELECT FROM oda_schema_migrations a WHERE a.version = f.version)
    )
    SELECT string_agg(message, E'\\n' ORDER BY version, message), count(*)
    INTO problems, problem_count
    FROM problem;

    IF problem_count > 0 THEN
        RAISE EXCEPTION 'migrations rejected, nothing was applied (% problem(s))', problem_count
            USING DETAIL = problems;
    END IF;
END
\$oda\$;
SELECT coalesce(max(version), 0) AS oda_start_version FROM oda_schema_migrations \\gset
\\else
\\set oda_start_version 0
\\endif
EOF

    i=0
    while read -r version name; do
        [ -n "$version" ] || continue
        i=$((i + 1))
        eval "checksum=\$checksum_$i"
        quoted_name=$(sql_quote "$name")
        printf 'SELECT %s > :oda_start_version AS oda_pending \\gset\n' "$version"
        printf '\\if :oda_pending\n'
        if [ "$dry_run" = true ]; then
            printf '\\echo %s\n' "$(psql_meta_quote "would apply $name (version $version)")"
        else
            cat <<EOF
SELECT set_config('search_path', :'oda_search_path', false);
SELECT clock_timestamp() AS oda_started \\gset
BEGIN;
\\i $(psql_meta_quote "$directory/$name")
SELECT set_config('search_path', :'oda_search_path', false);
INSERT INTO oda_schema_migrations (version, name, checksum, execution_ms)
VALUES ($version, $quoted_name, '$checksum',
        round(extract(epoch FROM clock_timestamp() - :'oda_started'::timestamptz) * 1000)::bigint)
RETURNING execution_ms AS oda_execution_ms \\gset
COMMIT;
\\echo $(psql_meta_quote "applied $name (version $version) in") :oda_execution_ms ms
EOF
        fi
        printf '\\endif\n'
    done <<EOF
$entries
EOF

    cat <<EOF
SELECT pg_advisory_unlock($lock_key);
SELECT $count - :oda_start_version AS oda_pending_count \\gset
EOF
    if [ "$dry_run" = true ]; then
        printf '%s\n' "\\echo 'dry run:' :oda_pending_count 'script(s) would be applied to database version' :oda_start_version"
    else
        printf '%s\n' "\\echo 'applied' :oda_pending_count 'script(s), database is at version $count'"
    fi
}

if generate_session_script | psql -X -w -q -v ON_ERROR_STOP=1 -f -; then
    exit 0
fi
fail "migration run failed, see the error above; a script that fails is rolled" \
    "back, and the scripts applied before it stay applied"
