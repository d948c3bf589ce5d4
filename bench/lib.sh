#!/usr/bin/env bash
# Shared helpers of the benchmark scripts: percentiles of a column of milliseconds, registration.

# percentiles FILE -> "n=.. p50=.. p90=.. p99=.. max=.. mean=.." (values in ms, one per line)
percentiles() {
  sort -n "$1" | awk '{ v[NR] = $1; s += $1 } END {
    if (NR == 0) { print "n=0"; exit }
    p50 = v[int(NR * 0.50 + 0.5) > 0 ? int(NR * 0.50 + 0.5) : 1]
    p90 = v[int(NR * 0.90 + 0.5) > 0 ? int(NR * 0.90 + 0.5) : 1]
    i99 = int(NR * 0.99 + 0.5); if (i99 < 1) i99 = 1; if (i99 > NR) i99 = NR
    printf "n=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms mean=%.1fms\n", NR, p50, p90, v[i99], v[NR], s / NR }'
}

# register SUBDOMAIN -> prints "http_code seconds"; body saved to $BENCH_TMP/SUBDOMAIN.json
register() {
  local sub=$1
  curl -s -o "$BENCH_TMP/$sub.json" -w '%{http_code} %{time_total}\n' -X POST "$CRM_GATEWAY_URL/api/tenants/register" \
    -H 'Content-Type: application/json' \
    -d "{\"organizationName\":\"Bench $sub\",\"subdomain\":\"$sub\",\"adminEmail\":\"admin@$sub.test\",\"adminPassword\":\"benchmark password 1\",\"adminFullName\":\"Bench Admin\"}"
}

# profile_member PREFIX: a new organization PREFIX-<time> whose admin the profile scenarios read as; needs wrk.
# Exports BENCH_TOKEN and BENCH_TENANT (profile.lua sends them).
profile_member() {
  local sub code
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
  sub="$1-$(date +%s)"
  read -r code _ < <(register "$sub")
  [ "$code" = 201 ] || { echo "registration failed: $(cat "$BENCH_TMP/$sub.json")" >&2; exit 1; }
  BENCH_TOKEN=$(sed -E 's/.*"accessToken":"([^"]+)".*/\1/' "$BENCH_TMP/$sub.json")
  export BENCH_TOKEN BENCH_TENANT=$sub
}

machine() {
  # the JDK the running gateway uses, not whichever java is first on the PATH
  local pid java
  pid=$(pgrep -f 'gateway.jar' | head -1 || true)
  java=${pid:+$(readlink -f "/proc/$pid/exe")}
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), services on $("${java:-java}" -version 2>&1 | head -1)"
}

CRM_GATEWAY_URL=${CRM_GATEWAY_URL:-http://localhost:8080}
CRM_AUTH_URL=${CRM_AUTH_URL:-http://localhost:8081}
BENCH_TMP=${BENCH_TMP:-$(mktemp -d)}

# login_token SUBDOMAIN -> "SUBDOMAIN ACCESS_TOKEN" for an organization made by register()
login_token() {
  local sub=$1
  { curl -s -X POST "$CRM_GATEWAY_URL/api/auth/login" -H 'Content-Type: application/json' </dev/null \
      -d "{\"tenant\":\"$sub\",\"email\":\"admin@$sub.test\",\"password\":\"benchmark password 1\"}"
    echo; } | sed -nE "s/.*\"accessToken\":\"([^\"]+)\".*/$sub \1/p"
}

# SQL that defines pg_temp.uuid7(ts): a version 7 id for a generated row made at ts (the platform's ids are
# time-ordered; random ones would make generated tables and their primary keys unlike real ones)
UUID7_SQL="create function pg_temp.uuid7(ts timestamptz) returns uuid language sql volatile as \$\$
  select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
         substring(int8send(floor(extract(epoch from ts) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid \$\$;"

# bench_organization PREFIX: the organization a data-size benchmark measures: $BENCH_TENANT_REUSE when set
# (generated before), else a new one PREFIX-<time>. Exports BENCH_TENANT and BENCH_TOKEN; sets db, schema
# and owner (its admin's id) for the generator's SQL.
bench_organization() {
  local sub token code
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
  db=${CRM_BENCH_PSQL:-postgresql://postgres@localhost:5432/crm}
  if [ -n "${BENCH_TENANT_REUSE:-}" ]; then
    sub=$BENCH_TENANT_REUSE
    read -r _ token < <(login_token "$sub")
  else
    sub="$1-$(date +%s)"
    read -r code _ < <(register "$sub")
    [ "$code" = 201 ] || { echo "registration failed: $(cat "$BENCH_TMP/$sub.json")" >&2; exit 1; }
    token=$(sed -E 's/.*"accessToken":"([^"]+)".*/\1/' "$BENCH_TMP/$sub.json")
  fi
  export BENCH_TOKEN=$token BENCH_TENANT=$sub
  schema=$(psql "$db" -Atc "select schema_name from public.tenants where subdomain = '$sub'")
  owner=$(psql "$db" -Atc "select id from $schema.users order by created_at limit 1")
  echo "organization: $sub"
}
