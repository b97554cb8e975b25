{{/*
Chart name, truncated to the 63 characters that a DNS label allows.
*/}}
{{- define "ska-db-oda-umbrella.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Value of the helm.sh/chart label: <chart>-<version>.
*/}}
{{- define "ska-db-oda-umbrella.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Kubernetes recommended labels plus helm.sh/chart, for every object.
Call with (dict "context" $ "component" "NAME").
*/}}
{{- define "ska-db-oda-umbrella.labels" -}}
app.kubernetes.io/name: {{ include "ska-db-oda-umbrella.name" .context }}
app.kubernetes.io/instance: {{ .context.Release.Name }}
app.kubernetes.io/component: {{ .component }}
app.kubernetes.io/version: {{ .context.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: ska-oso
app.kubernetes.io/managed-by: {{ .context.Release.Service }}
helm.sh/chart: {{ include "ska-db-oda-umbrella.chart" .context }}
{{- end }}
