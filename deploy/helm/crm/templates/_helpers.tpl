{{/* Names */}}
{{- define "crm.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "crm.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* The object name of one service: <fullname>-<service> */}}
{{- define "crm.serviceName" -}}
{{- printf "%s-%s" (include "crm.fullname" .root) .service | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "crm.selectorLabels" -}}
app.kubernetes.io/name: {{ include "crm.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "crm.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "crm.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: crm
{{- end -}}

{{/* Labels of one service's objects; call with (dict "root" $ "service" "auth") */}}
{{- define "crm.componentLabels" -}}
{{ include "crm.labels" .root }}
app.kubernetes.io/component: {{ .service }}
{{- end -}}

{{- define "crm.componentSelector" -}}
{{ include "crm.selectorLabels" .root }}
app.kubernetes.io/component: {{ .service }}
{{- end -}}

{{/* The HTTP port of each service (README: SERVER_PORT) */}}
{{- define "crm.port" -}}
{{- get (dict "gateway" 8080 "auth" 8081 "tenant" 8082 "contact" 8083 "deal" 8084 "communication" 8085) . -}}
{{- end -}}

{{- define "crm.managementPort" -}}8180{{- end -}}

{{/* The services each service calls (CRM_*_URL in the application.yaml files): every service
     verifies tokens with the auth-service's JWKS (crm.auth-url); the gateway routes to all; the
     tenant-service provisions schemas through every service's /internal routes; the auth-service
     sends its emails through the communication-service. */}}
{{- define "crm.calls" -}}
{{- $calls := dict
  "gateway" (list "auth" "tenant" "contact" "deal" "communication")
  "auth" (list "communication")
  "tenant" (list "auth" "contact" "deal" "communication")
  "contact" (list "auth")
  "deal" (list "auth")
  "communication" (list "auth") -}}
{{- get $calls . | join "," -}}
{{- end -}}

{{/* The services that call the given one: the reverse of crm.calls */}}
{{- define "crm.callers" -}}
{{- $target := . -}}
{{- $callers := list -}}
{{- range $caller := list "gateway" "auth" "tenant" "contact" "deal" "communication" -}}
{{- if has $target (splitList "," (include "crm.calls" $caller)) -}}
{{- $callers = append $callers $caller -}}
{{- end -}}
{{- end -}}
{{- $callers | join "," -}}
{{- end -}}

{{/* Services that use PostgreSQL and NATS: all but the gateway. In this order the migration Job runs
     them: the tenant-service first, as it owns the registry (every service migrates it; the first finds
     the work) and the tenants' lifecycle. */}}
{{- define "crm.backendServices" -}}tenant,auth,contact,deal,communication{{- end -}}

{{- define "crm.secretsName" -}}
{{- default (printf "%s-secrets" (include "crm.fullname" .)) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "crm.cnpgName" -}}
{{- printf "%s-pg" (include "crm.fullname" .) -}}
{{- end -}}

{{- define "crm.dbPasswordSecret" -}}
{{- if .Values.postgresql.cnpg.enabled -}}
{{- printf "%s-app" (include "crm.cnpgName" .) -}}
{{- else -}}
{{- .Values.postgresql.external.existingSecret -}}
{{- end -}}
{{- end -}}

{{- define "crm.dbPasswordKey" -}}
{{- if .Values.postgresql.cnpg.enabled -}}password{{- else -}}{{ .Values.postgresql.external.passwordKey }}{{- end -}}
{{- end -}}

{{/* CRM_DB_URL */}}
{{- define "crm.dbUrl" -}}
{{- $pg := .Values.postgresql -}}
{{- if $pg.cnpg.enabled -}}
jdbc:postgresql://{{ include "crm.cnpgName" . }}-rw:5432/{{ $pg.database }}?sslmode=verify-full&sslrootcert=/etc/crm/postgresql/ca.crt
{{- else -}}
jdbc:postgresql://{{ $pg.external.host }}:{{ $pg.external.port }}/{{ $pg.database }}?sslmode={{ $pg.external.sslmode }}{{ if $pg.external.caSecret }}&sslrootcert=/etc/crm/postgresql/{{ $pg.external.caKey }}{{ end }}
{{- end -}}
{{- end -}}

{{/* The PostgreSQL CA: (secret name, key), empty when none */}}
{{- define "crm.dbCaSecret" -}}
{{- if .Values.postgresql.cnpg.enabled -}}{{ include "crm.cnpgName" . }}-ca{{- else -}}{{ .Values.postgresql.external.caSecret }}{{- end -}}
{{- end -}}

{{/* An env entry from a Secret key */}}
{{- define "crm.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ .key }}
      {{- if .optional }}
      optional: true
      {{- end }}
{{- end -}}

{{/* A service's image; call with (dict "root" $ "service" "auth") */}}
{{- define "crm.image" -}}
{{- $image := (get .root.Values.services .service).image -}}
"{{ $image.repository }}:{{ default .root.Chart.AppVersion $image.tag }}"
{{- end -}}

{{/* Only when imagePullSecrets names some */}}
{{- define "crm.imagePullSecrets" -}}
imagePullSecrets:
  {{- range .Values.imagePullSecrets }}
  - name: {{ . }}
  {{- end }}
{{- end -}}

{{/* Every pod's securityContext: the image's non-root user */}}
{{- define "crm.podSecurityContext" -}}
securityContext:
  runAsNonRoot: true
  runAsUser: {{ .Values.pods.runAsUser }}
  runAsGroup: {{ .Values.pods.runAsGroup }}
  fsGroup: {{ .Values.pods.fsGroup }}
  seccompProfile:
    type: RuntimeDefault
{{- end -}}

{{/* Every container's securityContext: read-only root file system (the JVM writes to the /tmp emptyDir only) */}}
{{- define "crm.containerSecurityContext" -}}
securityContext:
  runAsNonRoot: true
  readOnlyRootFilesystem: true
  allowPrivilegeEscalation: false
  capabilities:
    drop: [ALL]
  seccompProfile:
    type: RuntimeDefault
{{- end -}}

{{/* CRM_DB_PASSWORD from the PostgreSQL password Secret */}}
{{- define "crm.dbPasswordEnv" -}}
{{- include "crm.secretEnv" (dict "name" "CRM_DB_PASSWORD" "secret" (include "crm.dbPasswordSecret" .) "key" (include "crm.dbPasswordKey" .)) -}}
{{- end -}}

{{/* The PostgreSQL CA's mount and volume; only when crm.dbCaSecret names one (sslrootcert in CRM_DB_URL) */}}
{{- define "crm.dbCaMount" -}}
- name: postgresql-ca
  mountPath: /etc/crm/postgresql
  readOnly: true
{{- end -}}

{{- define "crm.dbCaVolume" -}}
{{- $key := ternary "ca.crt" .Values.postgresql.external.caKey .Values.postgresql.cnpg.enabled -}}
- name: postgresql-ca
  secret:
    secretName: {{ include "crm.dbCaSecret" . }}
    defaultMode: 0440
    items:
      - key: {{ $key }}
        path: {{ $key }}
{{- end -}}

{{/* Egress to the cluster DNS */}}
{{- define "crm.dnsEgress" -}}
- to:
    - namespaceSelector:
        matchLabels:
          {{- toYaml .Values.networkPolicy.egress.dns.namespaceLabels | nindent 10 }}
      podSelector:
        matchLabels:
          {{- toYaml .Values.networkPolicy.egress.dns.podLabels | nindent 10 }}
  ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{- end -}}

{{/* Egress to one dependency (postgresql, nats, redis, smtp): its CIDRs on its port, or CloudNativePG's pods; call with (dict "root" $ "dep" "postgresql") */}}
{{- define "crm.dependencyEgress" -}}
{{- $root := .root -}}
{{- $e := get $root.Values.networkPolicy.egress .dep -}}
{{- if and (eq .dep "postgresql") $root.Values.postgresql.cnpg.enabled -}}
- to:
    - podSelector:
        matchLabels:
          cnpg.io/cluster: {{ include "crm.cnpgName" $root }}
  ports:
    - port: 5432
      protocol: TCP
{{- else -}}
# {{ .dep }}
- ports:
    - port: {{ $e.port }}
      protocol: TCP
  {{- with $e.cidrs }}
  to:
    {{- range . }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
  {{- end }}
{{- end -}}
{{- end -}}

{{/* The migration Job's hook annotations, with the given weight (templates/migration-job.yaml) */}}
{{- define "crm.migrationHook" -}}
helm.sh/hook: pre-upgrade
helm.sh/hook-weight: {{ . | quote }}
helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
{{- end -}}

{{/* One service's image in the migrate-and-exit mode; call with (dict "root" $ "service" "auth") */}}
{{- define "crm.migrationContainer" -}}
{{- $root := .root -}}
- name: {{ .service }}
  image: {{ include "crm.image" . }}
  imagePullPolicy: {{ $root.Values.image.pullPolicy }}
  env:
    - name: CRM_MIGRATE_AND_EXIT
      value: "true"
    - name: CRM_DB_URL
      value: {{ include "crm.dbUrl" $root | quote }}
    - name: CRM_DB_USER
      value: {{ $root.Values.postgresql.user | quote }}
    {{- include "crm.dbPasswordEnv" $root | nindent 4 }}
    - name: CRM_LOG_FORMAT
      value: {{ $root.Values.config.logFormat | quote }}
  resources:
    {{- toYaml $root.Values.migrations.job.resources | nindent 4 }}
  {{- include "crm.containerSecurityContext" $root | nindent 2 }}
  volumeMounts:
    - name: tmp
      mountPath: /tmp
    {{- if include "crm.dbCaSecret" $root }}
    {{- include "crm.dbCaMount" $root | nindent 4 }}
    {{- end }}
{{- end -}}
