#!/usr/bin/env bash
# GET /api/auth/profile at C concurrent clients for D seconds, through the gateway and then direct to
# the auth-service, in one run, so the gateway's cost shows as a ratio. Two load shapes: interactive
# clients (each pauses BENCH_THINK_MS, default 200 ms, between requests: ~C*5 requests/s offered) and
# closed loop (no pause: the throughput ceiling).
# Usage: bench/profile-load.sh [C=200] [D=60]
# Needs wrk (apt-get install wrk) and a platform whose rate limits (per member, per address) let one load
# generator with one member's token through: CRM_RATE_LIMIT_PER_SECOND=1000000 CRM_RATE_LIMIT_BURST=1000000 ./crm up
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
c=${1:-200}
d=${2:-60}
profile_member "bench-profile"
# warm both paths (JIT) before measuring
wrk -t2 -c20 -d10s -s profile.lua "$CRM_GATEWAY_URL" > /dev/null
wrk -t2 -c20 -d10s -s profile.lua "$CRM_AUTH_URL" > /dev/null
for think in "${BENCH_THINK_MS:-200}" 0; do
  gw=$(BENCH_THINK_MS=$think wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s profile.lua "$CRM_GATEWAY_URL" | tail -1)
  direct=$(BENCH_THINK_MS=$think wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s profile.lua "$CRM_AUTH_URL" | tail -1)
  echo "think=${think}ms through gateway, c=$c ${d}s: $gw"
  echo "think=${think}ms direct to auth,  c=$c ${d}s: $direct"
done
echo "machine: $(machine)"
