#!/usr/bin/env bash
# Tests of the Helm charts charts/ska-db-oda and charts/ska-db-oda-umbrella.
#
# Runs from any directory. Needs helm (v4, first in PATH), jq, /usr/bin/python3
# with the yaml module (Debian: python3-yaml), and for the database tests psql,
# pg_dump and sha256sum, and optionally busybox (to run the Job command with
# the BusyBox tools of its Alpine image).
#
# The database tests run the migration Job's command against the PostgreSQL
# server that PGHOST, PGPORT, PGUSER (and PGPASSWORD, if set) select, in fresh
# databases that the test creates and drops. The role needs CREATEDB. Without
# PGHOST they are skipped and counted as skipped. With ODA_BIN set to the oda
# command-line tool, the reference database is migrated by
# `$ODA_BIN db migrate --sql-dir <repo>/sql`, else by <repo>/sql/migrate.sh.
#
# Prints one line per check and ends with "N passed, M failed[, K skipped]";
# exits 1 when a check failed.

# The single-quoted jq filters use jq variables ($name), not shell ones.
# shellcheck disable=SC2016
set -uo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$script_dir/../.." && pwd)
chart_dir=$repo_dir/charts/ska-db-oda
umbrella_dir=$repo_dir/charts/ska-db-oda-umbrella
sql_dir=$repo_dir/sql
python=/usr/bin/python3

release="test"
# Names that follow from the release name "test" and the charts' naming rules.
fullname=test-ska-db-oda
ddl_configmap=$fullname-ddl
migration_job=$fullname-migrate

passed=0
failed=0
skipped=0

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/oda-charts-test.XXXXXX")
created_databases=()

pass() {
    passed=$((passed + 1))
    echo "ok - $1"
}

# fail NAME DETAIL...
fail() {
    failed=$((failed + 1))
    echo "FAIL - $1"
    shift
    local line
    for line in "$@"; do
        printf '    %s\n' "$line"
    done
}

skip() {
    skipped=$((skipped + 1))
    echo "skip - $1: $2"
}

# check NAME COMMAND...: pass when COMMAND succeeds.
check() {
    local name=$1
    shift
    if "$@"; then
        pass "$name"
    else
        fail "$name" "command failed: $*"
    fi
}

# check_equal NAME EXPECTED ACTUAL
check_equal() {
    if [[ $2 == "$3" ]]; then
        pass "$1"
    else
        fail "$1" "expected: $2" "actual:   $3"
    fi
}

drop_database() {
    psql -X -q -d postgres -v ON_ERROR_STOP=1 \
        -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null 2>&1
}

cleanup() {
    local database
    for database in "${created_databases[@]}"; do
        drop_database "$database" || echo "warning: failed to drop test database $database; drop it by hand" >&2
    done
    rm -rf "$work_dir"
}
trap cleanup EXIT

# Convert the YAML documents on stdin to one JSON array, leaving out empty documents.
yaml_to_json() {
    "$python" -c '
import json, sys, yaml
documents = [d for d in yaml.safe_load_all(sys.stdin) if d is not None]
json.dump(documents, sys.stdout)
'
}

# render NAME CHART [HELM ARGS...]: run helm template into $work_dir/NAME.yaml
# (stderr in NAME.err) and convert it to $work_dir/NAME.json. Returns helm's status.
render() {
    local name=$1 chart=$2
    shift 2
    if ! helm template "$release" "$chart" "$@" >"$work_dir/$name.yaml" 2>"$work_dir/$name.err"; then
        return 1
    fi
    yaml_to_json <"$work_dir/$name.yaml" >"$work_dir/$name.json"
}

# check_render NAME CHART [HELM ARGS...]: render and count the outcome as a check.
check_render() {
    local name=$1
    if render "$@"; then
        pass "render $name"
    else
        fail "render $name" "$(cat "$work_dir/$name.err")"
        echo '[]' >"$work_dir/$name.json"
        return 1
    fi
}

# query NAME [JQ ARGS...] JQ_FILTER: run jq -r on the rendered objects of NAME.
query() {
    local name=$1
    shift
    jq -r "$@" "$work_dir/$name.json"
}

# Sorted "Kind/name" lines of the rendered objects of NAME.
kinds_and_names() {
    query "$1" '.[] | "\(.kind)/\(.metadata.name)"' | sort | paste -sd' ' -
}

# check_labels NAME: recommended labels and helm.sh/chart on every object and pod template.
check_labels() {
    local name=$1 missing
    missing=$(query "$name" '
        .[] as $object
        | ([$object.metadata.labels // {}] + [$object.spec.template.metadata.labels // empty])[] as $labels
        | ["app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/version",
           "app.kubernetes.io/component", "app.kubernetes.io/part-of",
           "app.kubernetes.io/managed-by", "helm.sh/chart"][]
        | select(($labels[.] // "") == "")
        | "\($object.kind)/\($object.metadata.name) lacks label \(.)"')
    if [[ -z $missing ]]; then
        pass "$name: labels on every object"
    else
        fail "$name: labels on every object" "$missing"
    fi
    check_equal "$name: managed-by is Helm" "" \
        "$(query "$name" '.[] | select(.metadata.labels["app.kubernetes.io/managed-by"] != "Helm") | .metadata.name')"
    check_equal "$name: instance label is the release" "" \
        "$(query "$name" --arg release "$release" '.[] | select(.metadata.labels["app.kubernetes.io/instance"] != $release) | .metadata.name')"
}

# check_common NAME: checks that hold for every rendering.
check_common() {
    local name=$1
    check_labels "$name"
    if grep -qi 'configuration-snippet' "$work_dir/$name.yaml"; then
        fail "$name: no configuration-snippet" "$(grep -ni 'configuration-snippet' "$work_dir/$name.yaml")"
    else
        pass "$name: no configuration-snippet"
    fi
    check_equal "$name: no Secret object rendered" "" \
        "$(query "$name" '.[] | select(.kind == "Secret") | .metadata.name')"
    check_equal "$name: PGPASSWORD never has a literal value" "" \
        "$(query "$name" '.. | objects | select(.name? == "PGPASSWORD" and has("value")) | .value')"
}

# check_job_env NAME HOST PORT DATABASE USER SECRET KEY: the migration Job gets every PG variable.
check_job_env() {
    local name=$1 host=$2 port=$3 database=$4 user=$5 secret=$6 key=$7
    local env_filter='.[] | select(.kind == "Job") | .spec.template.spec.containers[0].env'
    local variable expected
    for variable in PGHOST PGPORT PGDATABASE PGUSER PGSSLMODE; do
        case $variable in
            PGHOST) expected=$host ;;
            PGPORT) expected=$port ;;
            PGDATABASE) expected=$database ;;
            PGUSER) expected=$user ;;
            PGSSLMODE) expected=prefer ;;
        esac
        check_equal "$name: Job env $variable" "$expected" \
            "$(query "$name" "$env_filter | map(select(.name == \"$variable\"))[0].value // \"<missing>\"")"
    done
    check_equal "$name: Job env PGPASSWORD from Secret" "$secret/$key" \
        "$(query "$name" "$env_filter | map(select(.name == \"PGPASSWORD\"))[0].valueFrom.secretKeyRef | \"\(.name)/\(.key)\"")"
}

# write_configmap NAME CONFIGMAP DIR: write the ConfigMap's data into DIR the way
# the kubelet mounts a ConfigMap volume: each key is a symbolic link into ..data,
# itself a link to a timestamped directory.
write_configmap() {
    local name=$1 configmap=$2 dir=$3
    mkdir -p "$dir"
    query "$name" --arg name "$configmap" \
        '[.[] | select(.kind == "ConfigMap" and .metadata.name == $name)][0].data // {}' |
        "$python" -c '
import json, os, sys
directory = sys.argv[1]
data = json.load(sys.stdin)
version_dir = os.path.join(directory, "..2024_01_01_00_00_00.000000000")
os.mkdir(version_dir)
for key, value in data.items():
    with open(os.path.join(version_dir, key), "wb") as f:
        f.write(value.encode("utf-8"))
os.symlink(os.path.basename(version_dir), os.path.join(directory, "..data"))
for key in data:
    os.symlink(os.path.join("..data", key), os.path.join(directory, key))
' "$dir"
}

# check_configmap_matches_sql NAME CONFIGMAP: the ConfigMap's data equals sql/ byte for byte.
check_configmap_matches_sql() {
    local name=$1 configmap=$2
    local dir=$work_dir/$name-configmap
    if ! write_configmap "$name" "$configmap" "$dir"; then
        fail "$name: ConfigMap data written to files" "see the error above"
        return
    fi

    local expected actual
    expected=$(cd "$sql_dir" && printf '%s\n' V*.sql migrations_table.sql migrate.sh | sort | paste -sd' ' -)
    actual=$(query "$name" --arg name "$configmap" \
        '.[] | select(.kind == "ConfigMap" and .metadata.name == $name) | .data | keys[]' | sort | paste -sd' ' -)
    check_equal "$name: ConfigMap keys are the sql/ scripts" "$expected" "$actual"

    local file differing=()
    for file in $expected; do
        if [[ ! -e $dir/$file ]] || ! cmp -s "$sql_dir/$file" "$dir/$file"; then
            differing+=("$file")
        fi
    done
    if [[ ${#differing[@]} -eq 0 && -n $expected ]]; then
        pass "$name: ConfigMap data equals sql/ byte for byte"
    else
        fail "$name: ConfigMap data equals sql/ byte for byte" \
            "differing or missing: ${differing[*]:-no sql/ scripts found}"
    fi
}

# check_rejected NAME EXPECTED_MESSAGE CHART [HELM ARGS...]: helm template fails with the message.
check_rejected() {
    local name=$1 message=$2 chart=$3
    shift 3
    if helm template "$release" "$chart" "$@" >"$work_dir/rejected.yaml" 2>"$work_dir/rejected.err"; then
        fail "reject $name" "helm template succeeded"
    elif grep -qF -- "$message" "$work_dir/rejected.err"; then
        pass "reject $name"
    else
        fail "reject $name" "expected the message: $message" "got: $(cat "$work_dir/rejected.err")"
    fi
}

# Fail early, with the fix, when a tool is missing.
require_tools() {
    local missing=()
    command -v helm >/dev/null || missing+=("helm (run scripts/install-helm and put build/tools/bin first in PATH)")
    command -v jq >/dev/null || missing+=("jq (Debian package jq)")
    "$python" -c 'import yaml' 2>/dev/null || missing+=("the yaml module of $python (Debian package python3-yaml)")
    if [[ ${#missing[@]} -gt 0 ]]; then
        fail "required tools found" "missing: ${missing[*]}"
        echo "$passed passed, $failed failed"
        exit 1
    fi
    pass "required tools found ($(helm version --template '{{.Version}}'))"
}

# ---------------------------------------------------------------------------
# Sources and lint
# ---------------------------------------------------------------------------

test_sources() {
    check "subchart sql/ is a symbolic link" test -L "$chart_dir/sql"
    check_equal "subchart sql/ resolves to the repository's sql/" \
        "$(cd "$sql_dir" && pwd -P)" "$(cd "$chart_dir/sql" 2>/dev/null && pwd -P)"
    check "sql/migrate.sh exists" test -f "$sql_dir/migrate.sh"
    check "sql/migrations_table.sql exists" test -f "$sql_dir/migrations_table.sql"
    local script_count
    script_count=$(compgen -G "$sql_dir/V*.sql" | wc -l)
    check "sql/ has a V*.sql script" test "$script_count" -gt 0
}

# Copy the umbrella chart to $work_dir/charts and vendor its dependency there,
# so that the test leaves no charts/ or Chart.lock in the repository. The
# sibling ../ska-db-oda is a link to the real subchart, whose sql/ link
# then resolves to the repository's sql/.
build_umbrella() {
    umbrella_copy=$work_dir/charts/ska-db-oda-umbrella
    mkdir -p "$work_dir/charts"
    ln -s "$chart_dir" "$work_dir/charts/ska-db-oda"
    (cd "$umbrella_dir" && tar --exclude=./charts --exclude=./Chart.lock -cf - .) |
        (mkdir -p "$umbrella_copy" && cd "$umbrella_copy" && tar -xf -)
    if helm dependency build "$umbrella_copy" >"$work_dir/dependency.log" 2>&1; then
        pass "umbrella: helm dependency build"
    else
        fail "umbrella: helm dependency build" "$(cat "$work_dir/dependency.log")"
    fi
}

# check_lint NAME CHART [HELM ARGS...]
check_lint() {
    local name=$1 chart=$2
    shift 2
    if helm lint --strict "$chart" "$@" >"$work_dir/lint.log" 2>&1; then
        pass "lint --strict $name"
    else
        fail "lint --strict $name" "$(cat "$work_dir/lint.log")"
    fi
}

test_lint() {
    check_lint "subchart defaults" "$chart_dir"
    check_lint "subchart all toggles on" "$chart_dir" \
        --set migration.enabled=true --set postgres.host=db --set postgres.secret.name=pg \
        --set rest.enabled=true --set rest.ingress.enabled=true
    check_lint "umbrella defaults" "$umbrella_copy"
    check_lint "umbrella vault" "$umbrella_copy" \
        --set vault.enabled=true --set vault.mount=kv --set vault.path=oda/aiv
}

# ---------------------------------------------------------------------------
# Subchart renderings
# ---------------------------------------------------------------------------

test_subchart_defaults() {
    check_render sub-defaults "$chart_dir" || return
    check_equal "sub-defaults: objects" "ConfigMap/$ddl_configmap" "$(kinds_and_names sub-defaults)"
    check_common sub-defaults
    check_configmap_matches_sql sub-defaults "$ddl_configmap"
}

test_subchart_migration() {
    check_render sub-migration "$chart_dir" \
        --set migration.enabled=true --set postgres.host=db.example \
        --set postgres.secret.name=oda-pg --set postgres.secret.key=pw || return
    check_equal "sub-migration: objects" "ConfigMap/$ddl_configmap Job/$migration_job" \
        "$(kinds_and_names sub-migration)"
    check_common sub-migration
    check_job_env sub-migration db.example 5432 oda oda oda-pg pw

    local job='.[] | select(.kind == "Job")'
    local pod="$job | .spec.template.spec"
    local container="$pod | .containers[0]"
    check_equal "sub-migration: image" "postgres:15-alpine" "$(query sub-migration "$container | .image")"
    check_equal "sub-migration: hook events" "post-install,post-upgrade" \
        "$(query sub-migration "$job | .metadata.annotations[\"helm.sh/hook\"]")"
    check_equal "sub-migration: backoffLimit" "4" "$(query sub-migration "$job | .spec.backoffLimit")"
    check_equal "sub-migration: ttlSecondsAfterFinished" "86400" \
        "$(query sub-migration "$job | .spec.ttlSecondsAfterFinished")"
    check_equal "sub-migration: restartPolicy" "Never" "$(query sub-migration "$pod | .restartPolicy")"
    check_equal "sub-migration: resources set" "true" \
        "$(query sub-migration "$container | (.resources.limits.memory != null and .resources.requests.cpu != null)")"
    check_equal "sub-migration: security context" "true 70 false true ALL" \
        "$(query sub-migration "$container | .securityContext | \"\(.runAsNonRoot) \(.runAsUser) \(.allowPrivilegeEscalation) \(.readOnlyRootFilesystem) \(.capabilities.drop | join(\",\"))\"")"
    check_equal "sub-migration: pod runs as non-root" "true" \
        "$(query sub-migration "$pod | .securityContext.runAsNonRoot")"
    check_equal "sub-migration: DDL ConfigMap mounted" "$ddl_configmap" \
        "$(query sub-migration "$pod | .volumes[] | select(.configMap) | .configMap.name")"
    check_equal "sub-migration: emptyDir at /tmp" "true" \
        "$(query sub-migration "$pod | (.volumes | map(select(.emptyDir)) | .[0].name) as \$v | any(.containers[0].volumeMounts[]; .name == \$v and .mountPath == \"/tmp\")")"
    check_equal "sub-migration: command runs migrate.sh" "/bin/sh /opt/ska-db-oda/sql/migrate.sh /opt/ska-db-oda/sql" \
        "$(query sub-migration "$container | (.command + .args) | join(\" \")")"

    check_render sub-migration-plain "$chart_dir" \
        --set migration.enabled=true --set postgres.host=db --set postgres.secret.name=pg \
        --set migration.hook.enabled=false --set migration.dryRun=true || return
    check_equal "sub-migration-plain: Job named after revision" "Job/$migration_job-1" \
        "$(query sub-migration-plain '.[] | select(.kind == "Job") | "Job/\(.metadata.name)"')"
    check_equal "sub-migration-plain: no hook annotations" "" \
        "$(query sub-migration-plain '.[] | select(.kind == "Job") | .metadata.annotations // {} | keys[]')"
    check_equal "sub-migration-plain: dry run argument" "--dry-run /opt/ska-db-oda/sql" \
        "$(query sub-migration-plain '.[] | select(.kind == "Job") | .spec.template.spec.containers[0].args | join(" ")')"
    check_common sub-migration-plain
}

test_subchart_rest() {
    check_render sub-rest "$chart_dir" \
        --set rest.enabled=true --set postgres.host=db --set postgres.secret.name=pg --set rest.port=8080 || return
    check_equal "sub-rest: objects" "ConfigMap/$ddl_configmap Deployment/$fullname-rest Service/$fullname-rest" \
        "$(kinds_and_names sub-rest)"
    check_common sub-rest
    local container='.[] | select(.kind == "Deployment") | .spec.template.spec.containers[0]'
    check_equal "sub-rest: liveness probe" "/health/live http" \
        "$(query sub-rest "$container | .livenessProbe.httpGet | \"\(.path) \(.port)\"")"
    check_equal "sub-rest: readiness probe" "/health/ready http" \
        "$(query sub-rest "$container | .readinessProbe.httpGet | \"\(.path) \(.port)\"")"
    check_equal "sub-rest: container port" "8080" "$(query sub-rest "$container | .ports[0].containerPort")"
    check_equal "sub-rest: Service targets http" "http" \
        "$(query sub-rest '.[] | select(.kind == "Service") | .spec.ports[0].targetPort')"
    check_equal "sub-rest: Service selects the pods" "true" \
        "$(query sub-rest '(.[] | select(.kind == "Service") | .spec.selector) as $s
            | .[] | select(.kind == "Deployment") | .spec.template.metadata.labels | contains($s)')"
    check_equal "sub-rest: PGPASSWORD from Secret" "pg/password" \
        "$(query sub-rest "$container | .env | map(select(.name == \"PGPASSWORD\"))[0].valueFrom.secretKeyRef | \"\(.name)/\(.key)\"")"

    check_render sub-rest-ingress "$chart_dir" \
        --set rest.enabled=true --set postgres.host=db --set postgres.secret.name=pg \
        --set rest.ingress.enabled=true --set rest.ingress.host=oda.example --set rest.ingress.className=nginx || return
    check_equal "sub-rest-ingress: objects" \
        "ConfigMap/$ddl_configmap Deployment/$fullname-rest Ingress/$fullname-rest Service/$fullname-rest" \
        "$(kinds_and_names sub-rest-ingress)"
    check_common sub-rest-ingress
    check_equal "sub-rest-ingress: backend is the Service" "oda.example $fullname-rest http" \
        "$(query sub-rest-ingress '.[] | select(.kind == "Ingress") | .spec.rules[0] | "\(.host) \(.http.paths[0].backend.service.name) \(.http.paths[0].backend.service.port.name)"')"
}

test_subchart_globals() {
    check_render sub-globals "$chart_dir" --set migration.enabled=true \
        --set postgres.host=local-host --set postgres.secret.name=local-secret \
        --set global.oda.postgres.host=global-host --set global.oda.postgres.port=6543 \
        --set global.oda.postgres.database=global_db --set global.oda.postgres.user=global_user \
        --set global.oda.postgres.secret.name=global-secret --set global.oda.postgres.secret.key=global-key || return
    check_job_env sub-globals global-host 6543 global_db global_user global-secret global-key

    check_render sub-global-cluster "$chart_dir" --set migration.enabled=true \
        --set postgres.secret.name=pg \
        --set global.oda.postgres.cluster=pg-cluster --set global.oda.postgres.clusterNamespace=pg-ns || return
    check_job_env sub-global-cluster pg-cluster.pg-ns.svc 5432 oda oda pg password
}

test_subchart_rejections() {
    check_rejected "wrong type" "got string, want boolean" "$chart_dir" --set migration.enabled=yes
    check_rejected "wrong port type" "got string, want integer" "$chart_dir" --set postgres.port=five
    check_rejected "unknown top-level key" "additional properties 'unknownKey' not allowed" \
        "$chart_dir" --set unknownKey=1
    check_rejected "migration without host" "migration.enabled is true but no PostgreSQL host is set" \
        "$chart_dir" --set migration.enabled=true --set postgres.secret.name=pg
    check_rejected "migration without Secret" "migration.enabled is true but no password Secret is set" \
        "$chart_dir" --set migration.enabled=true --set postgres.host=db
    check_rejected "rest without host" "rest.enabled is true but no PostgreSQL host is set" \
        "$chart_dir" --set rest.enabled=true --set postgres.secret.name=pg
    check_rejected "snippet annotation" "invalid propertyName 'nginx.ingress.kubernetes.io/configuration-snippet'" \
        "$chart_dir" --set rest.enabled=true --set rest.ingress.enabled=true \
        --set 'rest.ingress.annotations.nginx\.ingress\.kubernetes\.io/configuration-snippet=x'
    check_rejected "pre-install hook" "value must be one of 'post-install', 'post-upgrade'" \
        "$chart_dir" --set 'migration.hook.events={pre-install}'
}

# ---------------------------------------------------------------------------
# Umbrella renderings
# ---------------------------------------------------------------------------

test_umbrella_defaults() {
    check_render umb-defaults "$umbrella_copy" || return
    check_equal "umb-defaults: objects" \
        "ConfigMap/$ddl_configmap Job/$migration_job PGDBInstance/test-oda" "$(kinds_and_names umb-defaults)"
    check_common umb-defaults
    check_job_env umb-defaults aiv-postgres.default.svc 5432 oda_aiv oda_aiv ska-db-oda-aiv-postgres password
    check_equal "umb-defaults: PGDBInstance spec" "aiv-postgres default oda_aiv oda_aiv" \
        "$(query umb-defaults '.[] | select(.kind == "PGDBInstance") | .spec | "\(.cluster.name) \(.cluster.namespace) \(.database.name) \(.database.owner)"')"
    check_equal "umb-defaults: no VaultStaticSecret" "" \
        "$(query umb-defaults '.[] | select(.kind == "VaultStaticSecret") | .metadata.name')"
    # The subchart inside the umbrella is the packaged copy made by helm dependency build.
    check_configmap_matches_sql umb-defaults "$ddl_configmap"
}

test_umbrella_vault() {
    check_render umb-vault "$umbrella_copy" --set vault.enabled=true \
        --set vault.mount=kv --set vault.path=ska-db-oda/aiv --set vault.key=pg_password \
        --set global.oda.postgres.secret.name=oda-pg --set global.oda.postgres.secret.key=pw || return
    check_equal "umb-vault: objects" \
        "ConfigMap/$ddl_configmap Job/$migration_job PGDBInstance/test-oda VaultStaticSecret/oda-pg" \
        "$(kinds_and_names umb-vault)"
    check_common umb-vault
    local spec='.[] | select(.kind == "VaultStaticSecret") | .spec'
    check_equal "umb-vault: apiVersion" "secrets.hashicorp.com/v1beta1" \
        "$(query umb-vault '.[] | select(.kind == "VaultStaticSecret") | .apiVersion')"
    check_equal "umb-vault: mount, type and path" "kv kv-v2 ska-db-oda/aiv" \
        "$(query umb-vault "$spec | \"\(.mount) \(.type) \(.path)\"")"
    check_equal "umb-vault: destination is the Job's Secret" "oda-pg true" \
        "$(query umb-vault "$spec | .destination | \"\(.name) \(.create)\"")"
    check_equal "umb-vault: Vault key mapped to Secret key" '{{ get .Secrets "pg_password" }}' \
        "$(query umb-vault "$spec | .destination.transformation.templates.pw.text")"
    check_job_env umb-vault aiv-postgres.default.svc 5432 oda_aiv oda_aiv oda-pg pw
}

test_umbrella_existing_secret() {
    check_render umb-existing-secret "$umbrella_copy" --set vault.enabled=false \
        --set global.oda.postgres.secret.name=site-pg --set global.oda.postgres.secret.key=pass \
        --set global.oda.postgres.host=pg.example --set global.oda.postgres.clusterNamespace=pg || return
    check_equal "umb-existing-secret: objects" \
        "ConfigMap/$ddl_configmap Job/$migration_job PGDBInstance/test-oda" "$(kinds_and_names umb-existing-secret)"
    check_common umb-existing-secret
    check_job_env umb-existing-secret pg.example 5432 oda_aiv oda_aiv site-pg pass
    check_equal "umb-existing-secret: PGDBInstance password ref" "site-pg/pass" \
        "$(query umb-existing-secret '.[] | select(.kind == "PGDBInstance") | .spec.ownerPasswordSecretRef | "\(.name)/\(.key)"')"
}

test_umbrella_toggles() {
    check_render umb-rest-ingress "$umbrella_copy" \
        --set ska-db-oda.rest.enabled=true --set ska-db-oda.rest.ingress.enabled=true || return
    check_equal "umb-rest-ingress: objects" \
        "ConfigMap/$ddl_configmap Deployment/$fullname-rest Ingress/$fullname-rest Job/$migration_job PGDBInstance/test-oda Service/$fullname-rest" \
        "$(kinds_and_names umb-rest-ingress)"
    check_common umb-rest-ingress

    check_render umb-minimal "$umbrella_copy" \
        --set ska-db-oda.migration.enabled=false --set pgdbInstance.enabled=false || return
    check_equal "umb-minimal: objects" "ConfigMap/$ddl_configmap" "$(kinds_and_names umb-minimal)"
    check_common umb-minimal
}

test_umbrella_rejections() {
    check_rejected "umbrella unknown top-level key" "additional properties 'unknownKey' not allowed" \
        "$umbrella_copy" --set unknownKey=1
    check_rejected "umbrella wrong type" "got string, want integer" \
        "$umbrella_copy" --set global.oda.postgres.port=five
    check_rejected "umbrella vault without path" "minLength" \
        "$umbrella_copy" --set vault.enabled=true --set vault.mount=kv
    check_rejected "umbrella subchart wrong type" "got string, want boolean" \
        "$umbrella_copy" --set ska-db-oda.migration.enabled=yes
    check_rejected "umbrella empty cluster" "minLength" \
        "$umbrella_copy" --set global.oda.postgres.cluster=
}

# ---------------------------------------------------------------------------
# Migration Job against PostgreSQL
# ---------------------------------------------------------------------------

# create_database NAME: create a fresh database and remember to drop it.
create_database() {
    created_databases+=("$1")
    psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$1\"" >/dev/null
}

# schema_dump DATABASE: pg_dump --schema-only, without the lines that differ
# between two dumps of equal schemas (\restrict keys, from PostgreSQL 15.14 on).
schema_dump() {
    pg_dump --schema-only --no-owner --no-privileges -d "$1" | grep -Ev '^\\(un)?restrict '
}

# migration_rows DATABASE: the bookkeeping row of every applied script.
migration_rows() {
    psql -X -A -t -d "$1" -v ON_ERROR_STOP=1 \
        -c "SELECT version, name, checksum, applied_on FROM oda_schema_migrations ORDER BY version"
}

# run_job_command NAME DATABASE LOG [TOOL_DIR]: run the command of the Job
# rendered in NAME, with only the Job's environment, the ConfigMap written to a
# temporary directory in place of the volume, and the connection given by the
# caller. With TOOL_DIR, PATH is TOOL_DIR alone and /bin/sh is TOOL_DIR/sh.
run_job_command() {
    local name=$1 database=$2 log=$3 tool_dir=${4:-}
    local job='.[] | select(.kind == "Job")'
    local mount_path
    mount_path=$(query "$name" "$job | .spec.template.spec as \$pod
        | (\$pod.volumes[] | select(.configMap.name == \"$ddl_configmap\") | .name) as \$volume
        | \$pod.containers[0].volumeMounts[] | select(.name == \$volume) | .mountPath")
    if [[ -z $mount_path ]]; then
        echo "no volume mount of ConfigMap $ddl_configmap in the Job" >"$log"
        return 1
    fi

    local mount_dir=$work_dir/$name-mount
    rm -rf "$mount_dir"
    write_configmap "$name" "$ddl_configmap" "$mount_dir" || return 1

    local -a command environment
    mapfile -t command < <(query "$name" --arg from "$mount_path" --arg to "$mount_dir" \
        "$job | .spec.template.spec.containers[0] | (.command + (.args // []))[] | sub(\"^\" + \$from; \$to)")
    environment=("PATH=$PATH")
    if [[ -n $tool_dir ]]; then
        environment=("PATH=$tool_dir")
        [[ ${command[0]} == /bin/sh ]] && command[0]=$tool_dir/sh
    fi
    local variable value
    while IFS=$'\t' read -r variable value; do
        case $variable in
            PGHOST | PGPORT | PGUSER) environment+=("$variable=${!variable:-}") ;;
            PGDATABASE) environment+=("PGDATABASE=$database") ;;
            PGPASSWORD) [[ -n ${PGPASSWORD:-} ]] && environment+=("PGPASSWORD=$PGPASSWORD") ;;
            *) environment+=("$variable=$value") ;;
        esac
    done < <(query "$name" "$job | .spec.template.spec.containers[0].env[] | [.name, (.value // \"\")] | @tsv")

    env -i "${environment[@]}" "${command[@]}" >"$log" 2>&1
}

# make_busybox_dir DIR: a directory with the BusyBox applets and psql, like the
# PATH of the postgres:15-alpine image. Fails when busybox is not installed.
make_busybox_dir() {
    local dir=$1 applet busybox psql
    busybox=$(command -v busybox) || return 1
    psql=$(command -v psql) || return 1
    mkdir -p "$dir"
    for applet in $("$busybox" --list); do
        ln -s "$busybox" "$dir/$applet"
    done
    ln -sf "$psql" "$dir/psql"
}

# migrate_reference DATABASE LOG: migrate with the oda tool or sql/migrate.sh.
migrate_reference() {
    local database=$1 log=$2
    if [[ -n ${ODA_BIN:-} ]]; then
        PGDATABASE=$database "$ODA_BIN" db migrate --sql-dir "$sql_dir" >"$log" 2>&1
    else
        PGDATABASE=$database "$sql_dir/migrate.sh" "$sql_dir" >"$log" 2>&1
    fi
}

test_migration_job() {
    if [[ -z ${PGHOST:-} ]]; then
        skip "migration Job against PostgreSQL" "PGHOST is not set"
        return
    fi
    local tool
    for tool in psql pg_dump sha256sum; do
        if ! command -v "$tool" >/dev/null; then
            fail "migration Job: $tool found" "install postgresql-client (psql, pg_dump) and coreutils (sha256sum)"
            return
        fi
    done
    if ! psql -X -q -d postgres -c 'SELECT 1' >/dev/null 2>"$work_dir/connect.err"; then
        fail "migration Job: connect to PostgreSQL" "PGHOST=$PGHOST PGPORT=${PGPORT:-} PGUSER=${PGUSER:-}" \
            "$(cat "$work_dir/connect.err")"
        return
    fi

    local suffix="$$_$RANDOM"
    local job_db=oda_charts_test_${suffix}_job
    local reference_db=oda_charts_test_${suffix}_reference
    if ! create_database "$job_db" || ! create_database "$reference_db"; then
        fail "migration Job: create test databases" "the role needs CREATEDB"
        return
    fi

    # The connection values in the Job are placeholders: run_job_command
    # replaces them with the caller's.
    check_render job-run "$chart_dir" --set migration.enabled=true \
        --set postgres.host=placeholder --set postgres.secret.name=placeholder || return
    check_render job-dry-run "$chart_dir" --set migration.enabled=true --set migration.dryRun=true \
        --set postgres.host=placeholder --set postgres.secret.name=placeholder || return

    local log=$work_dir/job-first.log
    if run_job_command job-run "$job_db" "$log"; then
        pass "Job command: first run succeeds"
    else
        fail "Job command: first run succeeds" "$(cat "$log")"
        return
    fi

    local script_count applied_count
    script_count=$(cd "$sql_dir" && compgen -G 'V*.sql' | wc -l)
    applied_count=$(psql -X -A -t -d "$job_db" -c 'SELECT count(*) FROM oda_schema_migrations')
    check_equal "Job command: every script recorded" "$script_count" "$applied_count"
    check_equal "Job command: ODA tables created" "t" \
        "$(psql -X -A -t -d "$job_db" -c "SELECT count(*) > 0 FROM pg_tables WHERE tablename LIKE 'tab_oda_%'")"

    local schema_before rows_before
    schema_before=$(schema_dump "$job_db")
    rows_before=$(migration_rows "$job_db")
    log=$work_dir/job-second.log
    if run_job_command job-run "$job_db" "$log"; then
        pass "Job command: second run succeeds"
    else
        fail "Job command: second run succeeds" "$(cat "$log")"
    fi
    check_equal "Job command: second run keeps the bookkeeping rows" "$rows_before" "$(migration_rows "$job_db")"
    if [[ $schema_before == "$(schema_dump "$job_db")" ]]; then
        pass "Job command: second run keeps the schema"
    else
        fail "Job command: second run keeps the schema" "pg_dump --schema-only differs after the second run"
    fi

    log=$work_dir/job-dry-run.log
    if run_job_command job-dry-run "$job_db" "$log"; then
        pass "Job command: dry run on a migrated database succeeds"
    else
        fail "Job command: dry run on a migrated database succeeds" "$(cat "$log")"
    fi

    log=$work_dir/reference.log
    local reference_name="sql/migrate.sh"
    [[ -n ${ODA_BIN:-} ]] && reference_name="oda db migrate"
    if migrate_reference "$reference_db" "$log"; then
        pass "reference migration with $reference_name succeeds"
    else
        fail "reference migration with $reference_name succeeds" "$(cat "$log")"
        return
    fi
    if diff <(schema_dump "$reference_db") <(schema_dump "$job_db") >"$work_dir/schema.diff"; then
        pass "Job command schema equals $reference_name schema"
    else
        fail "Job command schema equals $reference_name schema" "$(head -40 "$work_dir/schema.diff")"
    fi
    local versions='SELECT version, name, checksum FROM oda_schema_migrations ORDER BY version'
    check_equal "Job command records the same scripts as $reference_name" \
        "$(psql -X -A -t -d "$reference_db" -c "$versions")" "$(psql -X -A -t -d "$job_db" -c "$versions")"

    # The Job's image is Alpine Linux, whose sh, awk, sed, sort and sha256sum
    # come from BusyBox.
    local busybox_dir=$work_dir/busybox-bin
    if ! make_busybox_dir "$busybox_dir"; then
        skip "Job command under BusyBox" "busybox is not installed (Debian package busybox)"
        return
    fi
    local busybox_db=oda_charts_test_${suffix}_busybox
    if ! create_database "$busybox_db"; then
        fail "Job command under BusyBox: create test database" "the role needs CREATEDB"
        return
    fi
    log=$work_dir/job-busybox.log
    if run_job_command job-run "$busybox_db" "$log" "$busybox_dir"; then
        pass "Job command under BusyBox succeeds"
    else
        fail "Job command under BusyBox succeeds" "$(cat "$log")"
        return
    fi
    if diff <(schema_dump "$reference_db") <(schema_dump "$busybox_db") >"$work_dir/schema-busybox.diff"; then
        pass "Job command under BusyBox: schema equals $reference_name schema"
    else
        fail "Job command under BusyBox: schema equals $reference_name schema" "$(head -40 "$work_dir/schema-busybox.diff")"
    fi
}

# ---------------------------------------------------------------------------

require_tools
test_sources
build_umbrella
test_lint
test_subchart_defaults
test_subchart_migration
test_subchart_rest
test_subchart_globals
test_subchart_rejections
test_umbrella_defaults
test_umbrella_vault
test_umbrella_existing_secret
test_umbrella_toggles
test_umbrella_rejections
test_migration_job

if [[ $skipped -gt 0 ]]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[[ $failed -eq 0 ]]
