#!/usr/bin/env bash
# Scale: N organizations present (default 2000). Creates them through the gateway (4 at a time), then
#  1. restarts the platform and times until every service is ready (all schemas current),
#  2. marks one service's schemas as behind and times readiness and the background migration,
#  3. rotates requests across all tenants for 60 s and reports PostgreSQL's private memory
#     before and after (each backend caches the catalog of every schema it touches).
# Usage: bench/many-tenants.sh [N=2000]   (needs ./crm up, wrk and psql; takes ~15 minutes for 2000)
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
n=${1:-2000}
tokens="$BENCH_TMP/tokens.txt"
: > "$tokens"

pg_private_mb() {  # private memory of all PostgreSQL processes, and of the largest one
  local total=0 largest=0
  for pid in $(pgrep -f 'postgres' || true); do
    kb=$(awk '/^Private_(Clean|Dirty):/ { s += $2 } END { print s + 0 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + kb)); [ "$kb" -gt "$largest" ] && largest=$kb
  done
  echo "total=$((total / 1024))MB largest_backend=$((largest / 1024))MB backends=$(pgrep -fc 'postgres:' || true)"
}

run=$(date +%s)
echo "creating $n organizations..."
start=$(date +%s)
seq 1 "$n" | xargs -P 4 -I{} bash -c 'source ./lib.sh; BENCH_TMP='"$BENCH_TMP"'; CRM_GATEWAY_URL='"$CRM_GATEWAY_URL"'; sub=scale-'"$run"'-{}; read -r code _ < <(register "$sub"); [ "$code" = 201 ] && echo "$sub $(sed -E "s/.*\"accessToken\":\"([^\"]+)\".*/\1/" "$BENCH_TMP/$sub.json")" >> '"$tokens"'; rm -f "$BENCH_TMP/$sub.json"'
echo "created $(wc -l < "$tokens") organizations in $(( $(date +%s) - start ))s"

cd ..
echo "restart with every schema current:"
./crm down > /dev/null
start=$(date +%s.%N); ./crm up > /dev/null
echo "  all services ready in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')s"

echo "restart with the contact-service behind in every schema:"
./crm down > /dev/null
psql -q "${BENCH_PSQL_URL:-postgresql://postgres@localhost:5432/crm}" \
  -c "update public.tenant_schema_versions set version = '0' where service = 'contact'"
start=$(date +%s.%N); ./crm up > /dev/null
echo "  all services ready in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')s"
sleep 5
{ grep -ho 'Migrat[^"]*tenant schemas[^"]*' .crm/logs/contact-service.log || true; } | tail -2 | sed 's/^/  contact-service: /'

cd bench
# Access tokens live 15 minutes: sign every organization in again right before rotating over them.
cut -d' ' -f1 "$tokens" > "$BENCH_TMP/subdomains.txt"
: > "$tokens"
split -n l/4 "$BENCH_TMP/subdomains.txt" "$BENCH_TMP/part."
for part in "$BENCH_TMP"/part.*; do
  (while read -r sub; do login_token "$sub"; done < "$part" > "$part.tokens") &
done
wait
cat "$BENCH_TMP"/part.*.tokens > "$tokens"
rm -f "$BENCH_TMP"/part.*
echo "signed in to $(wc -l < "$tokens") organizations"
echo "PostgreSQL before rotating: $(pg_private_mb)"
BENCH_TOKENS="$tokens" wrk -t2 -c50 -d60s --timeout 5s -s rotate.lua "$CRM_GATEWAY_URL" | tail -1
echo "PostgreSQL after 60 s across all tenants: $(pg_private_mb)"
echo "machine: $(machine)"
