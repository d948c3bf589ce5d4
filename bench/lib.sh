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
