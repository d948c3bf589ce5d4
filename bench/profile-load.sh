#!/usr/bin/env bash
# GET /api/auth/profile at C concurrent connections for D seconds, through the gateway and then
# direct to the auth-service, in one run, so the gateway's cost shows as a ratio.
# Usage: bench/profile-load.sh [C=200] [D=60]   (needs ./crm up and wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
c=${1:-200}
d=${2:-60}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
sub="bench-profile-$(date +%s)"
read -r code _ < <(register "$sub")
[ "$code" = 201 ] || { echo "registration failed: $(cat "$BENCH_TMP/$sub.json")" >&2; exit 1; }
export BENCH_TOKEN=$(sed -E 's/.*"accessToken":"([^"]+)".*/\1/' "$BENCH_TMP/$sub.json")
export BENCH_TENANT=$sub
# warm both paths (JIT) before measuring
wrk -t2 -c20 -d10s -s profile.lua "$CRM_GATEWAY_URL" > /dev/null
wrk -t2 -c20 -d10s -s profile.lua "$CRM_AUTH_URL" > /dev/null
gw=$(wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s profile.lua "$CRM_GATEWAY_URL" | tail -1)
direct=$(wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s profile.lua "$CRM_AUTH_URL" | tail -1)
echo "through gateway, c=$c ${d}s: $gw"
echo "direct to auth,  c=$c ${d}s: $direct"
echo "machine: $(machine)"
