{{/*
Chart name, truncated to the 63 characters that a DNS label allows.
*/}}
{{- define "ska-db-oda.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified release name: the release name alone when it already contains
the chart name, else <release>-<chart>.
*/}}
{{- define "ska-db-oda.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Value of the helm.sh/chart label: <chart>-<version>.
*/}}
{{- define "ska-db-oda.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels that select the pods of one component.
Call with (dict "context" $ "component" "NAME").
*/}}
{{- define "ska-db-oda.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ska-db-oda.name" .context }}
app.kubernetes.io/instance: {{ .context.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Kubernetes recommended labels plus helm.sh/chart, for every object.
Call with (dict "context" $ "component" "NAME").
*/}}
{{- define "ska-db-oda.labels" -}}
{{ include "ska-db-oda.selectorLabels" . }}
app.kubernetes.io/version: {{ .context.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: {{ .context.Values.partOf }}
app.kubernetes.io/managed-by: {{ .context.Release.Service }}
helm.sh/chart: {{ include "ska-db-oda.chart" .context }}
{{- end }}

{{/*
Effective PostgreSQL connection settings as YAML, for fromYaml: a non-empty
global.oda.postgres value wins over the chart's own postgres value. When
neither sets a host but a global cluster is set, the host is the Service that
StackGres creates for the primary of an SGCluster, which has the cluster's name.
*/}}
{{- define "ska-db-oda.postgres" -}}
{{- $local := .Values.postgres }}
{{- $global := dict }}
{{- if and .Values.global .Values.global.oda .Values.global.oda.postgres }}
{{- $global = .Values.global.oda.postgres }}
{{- end }}
{{- $globalSecret := $global.secret | default dict }}
{{- $host := $global.host | default $local.host }}
{{- if and (not $host) $global.cluster }}
{{- $host = printf "%s.%s.svc" $global.cluster ($global.clusterNamespace | default .Release.Namespace) }}
{{- end }}
host: {{ $host | quote }}
port: {{ $global.port | default $local.port | int }}
database: {{ $global.database | default $local.database | quote }}
user: {{ $global.user | default $local.user | quote }}
sslMode: {{ $local.sslMode | quote }}
secretName: {{ $globalSecret.name | default $local.secret.name | quote }}
secretKey: {{ $globalSecret.key | default $local.secret.key | quote }}
{{- end }}

{{/*
Fail the rendering with an explanation when a workload that connects to
PostgreSQL lacks a host or a password Secret.
Call with (dict "context" $ "workload" "migration.enabled").
*/}}
{{- define "ska-db-oda.requireConnection" -}}
{{- $pg := include "ska-db-oda.postgres" .context | fromYaml }}
{{- if not $pg.host }}
{{- fail (printf "%s is true but no PostgreSQL host is set: set postgres.host, global.oda.postgres.host or global.oda.postgres.cluster" .workload) }}
{{- end }}
{{- if not $pg.secretName }}
{{- fail (printf "%s is true but no password Secret is set: set postgres.secret.name or global.oda.postgres.secret.name to an existing Secret" .workload) }}
{{- end }}
{{- end }}

{{/*
libpq environment variables of a container that connects to the ODA database.
*/}}
{{- define "ska-db-oda.postgresEnv" -}}
{{- $pg := include "ska-db-oda.postgres" . | fromYaml -}}
- name: PGHOST
  value: {{ $pg.host | quote }}
- name: PGPORT
  value: {{ $pg.port | quote }}
- name: PGDATABASE
  value: {{ $pg.database | quote }}
- name: PGUSER
  value: {{ $pg.user | quote }}
- name: PGPASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $pg.secretName | quote }}
      key: {{ $pg.secretKey | quote }}
- name: PGSSLMODE
  value: {{ $pg.sslMode | quote }}
{{- end }}

{{/*
Name of the ConfigMap that holds the DDL scripts and migrate.sh.
*/}}
{{- define "ska-db-oda.ddlConfigMapName" -}}
{{- printf "%s-ddl" (include "ska-db-oda.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Files of sql/ that the DDL ConfigMap holds: the versioned scripts V*.sql, the
bookkeeping table DDL migrations_table.sql and the runner migrate.sh. The
chart's sql/ is a symbolic link to the repository's sql/ directory.
*/}}
{{- define "ska-db-oda.ddlFiles" -}}
{{- $files := .Files.Glob "sql/{V*.sql,migrations_table.sql,migrate.sh}" }}
{{- range $required := list "sql/migrate.sh" "sql/migrations_table.sql" }}
{{- if not ($files.Get $required) }}
{{- fail (printf "%s not found in the chart: the chart's sql/ must be a symbolic link to the repository's sql/ directory" $required) }}
{{- end }}
{{- end }}
{{- if not ($.Files.Glob "sql/V*.sql") }}
{{- fail "no sql/V*.sql script found in the chart: the chart's sql/ must be a symbolic link to the repository's sql/ directory" }}
{{- end }}
{{- $files.AsConfig }}
{{- end }}

{{/*
Image reference <repository>:<tag>, with the chart's appVersion as the default tag.
*/}}
{{- define "ska-db-oda.image" -}}
{{- printf "%s:%s" .image.repository (.image.tag | default .context.Chart.AppVersion) }}
{{- end }}
