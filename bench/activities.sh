#!/usr/bin/env bash
# Timelines at size: one organization with N generated activities (default 5,000,000: notes, calls,
# meetings and tasks over two years on 500,000 contacts), one contact of which holds 10,000 of them;
# then the first page of that contact's timeline, of random other contacts' and of my tasks, at C clients
# for D seconds through the gateway, interactive (BENCH_THINK_MS, default 100 ms) and closed loop.
# Usage: bench/activities.sh [N=5000000] [C=50] [D=20]   (needs ./crm up as in README.md, psql and wrk)
# BENCH_TENANT_REUSE=<subdomain> measures an organization generated before (no new data).
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
n=${1:-5000000}
c=${2:-50}
d=${3:-20}
big=${BENCH_BIG_TIMELINE:-10000}
bench_organization bench-activities

start=$(date +%s)
[ -n "${BENCH_TENANT_REUSE:-}" ] || psql "$db" -q -v ON_ERROR_STOP=1 <<SQL
set search_path to $schema;
$UUID7_SQL
-- activity g: the big contact's for g <= $big, else one of ~10 of contact (g mod K), a made-up id
insert into activities (id, type, subject, body, occurred_at, contact_id, direction, duration_seconds, outcome,
                        starts_at, ends_at, due_at, assignee_id, priority, status, completed_at, owner_id, created_by, updated_by, created_at, updated_at)
select pg_temp.uuid7(at), t.type, 'Activity ' || g, case when t.type = 'NOTE' then 'Notes of activity ' || g end, at,
       case when g <= $big then '00000000-0000-7000-8000-000000000000'::uuid
            else md5('contact ' || (g % (($n - $big) / 10)))::uuid end,
       case when t.type = 'CALL' then 'OUTBOUND' end, case when t.type = 'CALL' then g % 900 end,
       case when t.type in ('CALL', 'MEETING') then 'Done' end,
       case when t.type = 'MEETING' then at end, case when t.type = 'MEETING' then at + interval '30 minutes' end,
       case when t.type = 'TASK' then at + interval '3 days' end, case when t.type = 'TASK' then '$owner'::uuid end,
       case when t.type = 'TASK' then 'NORMAL' end, case when t.type = 'TASK' then case when g % 50 = 0 then 'OPEN' else 'DONE' end end,
       case when t.type = 'TASK' and g % 50 <> 0 then at + interval '1 day' end,
       '$owner', '$owner', '$owner', at, at
from (select g, now() - make_interval(secs => (g * 12.6)::double precision) as at from generate_series(1, $n) g) s
cross join lateral (select (array['NOTE', 'CALL', 'MEETING', 'TASK'])[1 + g % 4] as type) t;
SQL
[ -n "${BENCH_TENANT_REUSE:-}" ] || psql "$db" -q -v ON_ERROR_STOP=1 -c "vacuum (analyze) $schema.activities"
echo "generated: $(psql "$db" -Atc "select count(*) from $schema.activities") activities, $(psql "$db" -Atc "select count(*) from $schema.activities where contact_id = '00000000-0000-7000-8000-000000000000'") on the big contact, in $(( $(date +%s) - start )) s"
psql "$db" -Atc "select contact_id from $schema.activities tablesample system (0.1) where contact_id <> '00000000-0000-7000-8000-000000000000' limit 2000" > "$BENCH_TMP/activity-contacts"
export BENCH_CONTACT=00000000-0000-7000-8000-000000000000 BENCH_IDS=$BENCH_TMP/activity-contacts

BENCH_SCENARIO=timeline wrk -t2 -c"$c" -d20s -s activities.lua "$CRM_GATEWAY_URL" > /dev/null # JIT warm-up
for scenario in ${BENCH_SCENARIOS:-timeline timeline-other tasks}; do
  for think in ${BENCH_THINK_MS:-100} 0; do
    out=$(BENCH_SCENARIO=$scenario BENCH_THINK_MS=$think wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s activities.lua "$CRM_GATEWAY_URL" | tail -1)
    echo "$scenario think=${think}ms c=$c ${d}s, $n activities, through gateway: $out"
  done
done
echo "machine: $(machine)"
