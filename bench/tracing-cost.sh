#!/usr/bin/env bash
# What tracing costs per request: GET /api/auth/profile through the gateway at C clients, closed loop, for D
# seconds, with the CPU time the gateway, the auth-service and devstack (the trace receiver) spent on it,
# read from /proc/<pid>/stat around the run: CPU per request is steadier than latency on a shared machine.
# Run it once on a platform with tracing on and once with it off (docs/benchmarks.md, "Traces"):
#   on:  CRM_JAVA_OPTS="-XX:TieredStopAtLevel=4 -Xmx768m" CRM_RATE_LIMIT_PER_SECOND=1000000 CRM_RATE_LIMIT_BURST=1000000 ./crm up
#   off: the same with CRM_OTLP_PORT=0 CRM_TRACING_SAMPLING_PROBABILITY=0 CRM_GATEWAY_TRACING=false
#   JDBC spans alone: "on" with and without CRM_JDBC_SPANS=false (docs/benchmarks.md, "What JDBC spans cost")
# Usage: bench/tracing-cost.sh [C=20] [D=30]
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
c=${1:-20}
d=${2:-30}
profile_member "bench-tracing"
port_pid() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1; }
ticks() { [ -n "$1" ] && awk '{ print $14 + $15 }' "/proc/$1/stat" || echo 0; }
gw=$(port_pid "${CRM_GATEWAY_URL##*:}")
auth=$(port_pid "${CRM_AUTH_URL##*:}")
otlp=$(port_pid "${CRM_OTLP_PORT:-4318}")
hz=$(getconf CLK_TCK)
wrk -t2 -c"$c" -d15s -s profile.lua "$CRM_GATEWAY_URL" > /dev/null # warm-up (JIT)
g0=$(ticks "$gw") a0=$(ticks "$auth") o0=$(ticks "$otlp")
line=$(BENCH_THINK_MS=0 wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s profile.lua "$CRM_GATEWAY_URL" | tail -1)
g1=$(ticks "$gw") a1=$(ticks "$auth") o1=$(ticks "$otlp")
n=$(sed -E 's/requests=([0-9]+).*/\1/' <<<"$line")
echo "through gateway, c=$c closed loop ${d}s: $line"
awk -v n="$n" -v hz="$hz" -v g=$((g1 - g0)) -v a=$((a1 - a0)) -v o=$((o1 - o0)) 'BEGIN {
  printf "CPU per request: gateway %.3f ms, auth-service %.3f ms, trace receiver %.3f ms\n", g * 1000 / hz / n, a * 1000 / hz / n, o * 1000 / hz / n }'
echo "machine: $(machine); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
