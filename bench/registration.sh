#!/usr/bin/env bash
# Registers N organizations one after another through the gateway (the whole saga each time) and
# prints the latency distribution. Usage: bench/registration.sh [N=50]   (needs ./crm up)
# One registration first, reported apart: the first after a start pays class loading and JIT warm-up.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
n=${1:-50}
run=$(date +%s)
: > "$BENCH_TMP/registration.ms"
failures=0
read -r code secs < <(register "bench-$run-warmup")
echo "first registration after start (not counted): HTTP $code in $(awk -v s="$secs" 'BEGIN { printf "%.0f", s * 1000 }') ms"
sleep 3 # let the spare pool refill the schema that one used
start=$(date +%s.%N)
for i in $(seq 1 "$n"); do
  read -r code secs < <(register "bench-$run-$i")
  [ "$code" = 201 ] || failures=$((failures + 1))
  awk -v s="$secs" 'BEGIN { printf "%.1f\n", s * 1000 }' >> "$BENCH_TMP/registration.ms"
done
elapsed=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "registration x$n (sequential, through the gateway): $(percentiles "$BENCH_TMP/registration.ms") failures=$failures total=${elapsed}s"
echo "machine: $(machine)"
