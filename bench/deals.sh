#!/usr/bin/env bash
# The sales pipeline at size: one organization with N generated deals (default 200,000: 10,000 open in
# the default pipeline, the rest won or lost over two years, ~5 stage-history rows each, ~1,000,000 in
# all) beside the others; then the board, each analytics endpoint and stage changes (PATCH) at C clients
# for D seconds through the gateway, interactive (BENCH_THINK_MS, default 100 ms) and closed loop; and
# how long a stage change's event waits in the outbox after its transaction (created -> published to JetStream)
# and until the communication-service has put it on the deal's timeline (created -> activity recorded).
# Usage: bench/deals.sh [N=200000] [C=50] [D=20]   (needs ./crm up as in README.md, psql and wrk)
# BENCH_SCENARIOS="board forecast conversion velocity reps bottlenecks move search summary" picks scenarios;
# BENCH_TENANT_REUSE=<subdomain> measures an organization generated before (no new data).
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
n=${1:-200000}
c=${2:-50}
d=${3:-20}
open=${BENCH_OPEN_DEALS:-10000}
bench_organization bench-deals
for _ in $(seq 100); do # the default pipeline arrives with tenant.created
  [ "$(psql "$db" -Atc "select count(*) from $schema.stages")" -ge 6 ] && break
  sleep 0.2
done
stage() { psql "$db" -Atc "select id from $schema.stages where name = '$1'"; }

start=$(date +%s)
[ -n "${BENCH_TENANT_REUSE:-}" ] || psql "$db" -q -v ON_ERROR_STOP=1 <<SQL
set search_path to $schema;
$UUID7_SQL
create temp table open_stages as select id, position from stages where outcome is null order by position;
create temp table owners as select case when g = 0 then '$owner'::uuid else gen_random_uuid() end as id, g from generate_series(0, 9) g;
-- deal g: the newest $open are open (spread over the open stages), the others won (2 in 3) or lost
create temp table gen as
select g, pg_temp.uuid7(created) as id, created,
       case when g > $n - $open then (select id from open_stages where position = g % 4)
            when g % 3 = 0 then (select id from stages where outcome = 'LOST')
            else (select id from stages where outcome = 'WON') end as stage_id,
       case when g > $n - $open then least(g % 4, 3) else 4 end as steps,
       least(created + make_interval(days => 1 + g % 90), now()) as closed
from (select g, now() - make_interval(mins => (($n - g) * 5)::int) as created from generate_series(1, $n) g) s;
insert into deals (id, name, value, currency, pipeline_id, stage_id, status, contact_id, company_id, expected_close_date,
                   lost_reason, closed_at, stage_entered_at, owner_id, created_by, updated_by, created_at, updated_at)
select gen.id, 'Deal ' || g, (100 + (g * 7919) % 99900)::numeric, case when g % 10 = 0 then 'USD' else 'EUR' end,
       st.pipeline_id, gen.stage_id, coalesce(st.outcome, 'OPEN'), gen_random_uuid(), gen_random_uuid(),
       (now() + make_interval(days => g % 180))::date, case when st.outcome = 'LOST' then 'Price' end,
       case when st.outcome is not null then gen.closed end,
       case when st.outcome is not null then gen.closed else now() - make_interval(days => g % 40) end,
       (select id from owners where owners.g = gen.g % 10), '$owner', '$owner', gen.created, gen.created
from gen join stages st on st.id = gen.stage_id;
-- its history: through the open stages one by one (as far as it got), then into its closing stage
insert into deal_stage_history (id, deal_id, pipeline_id, from_stage_id, to_stage_id, from_stage, to_stage, changed_by, changed_at, left_at)
select gen_random_uuid(), gen.id, st.pipeline_id, prev.id, st.id, prev.name, st.name, '$owner',
       gen.created + make_interval(days => step * (1 + g % 20)),
       case when st.id = gen.stage_id then null else gen.created + make_interval(days => (step + 1) * (1 + g % 20)) end
from gen cross join lateral generate_series(0, gen.steps) step
     join stages st on st.id = case when step < gen.steps or gen.steps < 4 then (select id from open_stages where position = least(step, 3))
                                    else gen.stage_id end
     left join stages prev on prev.id = case when step = 0 then null else (select id from open_stages where position = least(step - 1, 3)) end;
SQL
[ -n "${BENCH_TENANT_REUSE:-}" ] || psql "$db" -q -v ON_ERROR_STOP=1 -c "vacuum (analyze) $schema.deals" -c "vacuum (analyze) $schema.deal_stage_history"
echo "generated: $(psql "$db" -Atc "select count(*) from $schema.deals") deals ($(psql "$db" -Atc "select count(*) from $schema.deals where status = 'OPEN'") open), $(psql "$db" -Atc "select count(*) from $schema.deal_stage_history") history rows in $(( $(date +%s) - start )) s"
psql "$db" -Atc "select id from $schema.deals where status = 'OPEN' and stage_id in (select id from $schema.stages where name in ('Lead', 'Qualified')) order by random() limit 5000" > "$BENCH_TMP/deal-ids"
psql "$db" -Atc "select company_id from $schema.deals order by random() limit 2000" > "$BENCH_TMP/company-ids"
export BENCH_IDS=$BENCH_TMP/deal-ids BENCH_COMPANIES=$BENCH_TMP/company-ids BENCH_STAGE_A=$(stage Lead) BENCH_STAGE_B=$(stage Qualified)

BENCH_SCENARIO=board wrk -t2 -c"$c" -d30s -s deals.lua "$CRM_GATEWAY_URL" > /dev/null # JIT warm-up
for scenario in ${BENCH_SCENARIOS:-board forecast conversion velocity reps bottlenecks move search summary}; do
  BENCH_SCENARIO=$scenario wrk -t2 -c"$c" -d10s -s deals.lua "$CRM_GATEWAY_URL" > /dev/null
  for think in ${BENCH_THINK_MS:-100} 0; do
    from=$(psql "$db" -Atc "select coalesce(max(id), 0) from public.event_outbox")
    out=$(BENCH_SCENARIO=$scenario BENCH_THINK_MS=$think wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s deals.lua "$CRM_GATEWAY_URL" | tail -1)
    echo "$scenario think=${think}ms c=$c ${d}s, $n deals, through gateway: $out"
    if [ "$scenario" = move ]; then
      sleep 2
      echo "  deal.stage_changed created -> published: $(psql "$db" -Atc "select format('n=%s p50=%sms p99=%sms max=%sms', count(*),
        round(percentile_cont(0.5) within group (order by extract(epoch from published_at - created_at) * 1000)::numeric, 1),
        round(percentile_cont(0.99) within group (order by extract(epoch from published_at - created_at) * 1000)::numeric, 1),
        round(max(extract(epoch from published_at - created_at) * 1000)::numeric, 1))
        from public.event_outbox where id > $from and subject = 'crm.events.deal.stage_changed'")"
      echo "  deal.stage_changed created -> on the deal's timeline: $(psql "$db" -Atc "select format('n=%s of %s p50=%sms p99=%sms max=%sms', count(a.id), count(*),
        round(percentile_cont(0.5) within group (order by extract(epoch from a.created_at - o.created_at) * 1000)::numeric, 1),
        round(percentile_cont(0.99) within group (order by extract(epoch from a.created_at - o.created_at) * 1000)::numeric, 1),
        round(max(extract(epoch from a.created_at - o.created_at) * 1000)::numeric, 1))
        from public.event_outbox o left join $schema.activities a on a.source_event_id = o.event_id and a.type = 'NOTE'
        where o.id > $from and o.subject = 'crm.events.deal.stage_changed'")"
    fi
  done
done
echo "machine: $(machine)"
