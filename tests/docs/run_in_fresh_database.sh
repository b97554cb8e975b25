#!/usr/bin/env bash
# Runs a program with PGDATABASE set to a database created for it on the
# server of the PG* variables, and drops the database afterwards.
set -euo pipefail

database="oda_docs_$$_$RANDOM"
createdb "$database"
trap 'dropdb --if-exists --force "$database"' EXIT
PGDATABASE="$database" "$@"
