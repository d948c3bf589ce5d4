#!/usr/bin/env bash
# The contact book at size: one organization with N generated contacts (and N/10 companies) beside
# the others, then GET /api/contacts/{id}, the first page of the list, the list filtered by owner and
# a search (q),
# each at C clients for D seconds through the gateway and direct to the contact-service in one run;
# interactive clients (BENCH_THINK_MS, default 100 ms, between requests) and closed loop.
# Usage: bench/contacts.sh [N=10000] [C=50] [D=20]   (needs ./crm up as in README.md, psql and wrk)
# BENCH_SCENARIOS="get list owner filter search" picks scenarios.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
n=${1:-10000}
c=${2:-50}
d=${3:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
db=${CRM_BENCH_PSQL:-postgresql://postgres@localhost:5432/crm}
contact_url=${CRM_CONTACT_URL:-http://localhost:8083}

sub="bench-contacts-$(date +%s)"
read -r code _ < <(register "$sub")
[ "$code" = 201 ] || { echo "registration failed: $(cat "$BENCH_TMP/$sub.json")" >&2; exit 1; }
export BENCH_TOKEN=$(sed -E 's/.*"accessToken":"([^"]+)".*/\1/' "$BENCH_TMP/$sub.json")
export BENCH_TENANT=$sub
schema=$(psql "$db" -Atc "select schema_name from public.tenants where subdomain = '$sub'")
owner=$(psql "$db" -Atc "select id from $schema.users limit 1")

start=$(date +%s)
psql "$db" -q -v ON_ERROR_STOP=1 <<SQL
set search_path to $schema;
-- time-ordered (version 7) ids, as the services make them
create function pg_temp.uuid7(ts timestamptz) returns uuid language sql volatile as \$\$
  select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
         substring(int8send(floor(extract(epoch from ts) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid \$\$;
insert into companies (id, name, domain, industry, size, owner_id, created_at, updated_at)
select pg_temp.uuid7(now() - make_interval(secs => ($n / 10 - g))), 'Company ' || g, 'company-' || g || '.example',
       (array['Software','Retail','Manufacturing','Finance','Health'])[1 + g % 5], (array['1-10','11-50','51-200','201-500'])[1 + g % 4],
       '$owner', now(), now()
from generate_series(1, greatest($n / 10, 1)) g;
insert into contacts (id, first_name, last_name, email, phone, title, company_id, owner_id, tags, created_at, updated_at)
select pg_temp.uuid7(now() - make_interval(secs => ($n - g))), first_name, last_name,
       lower(replace(first_name || '.' || last_name, ' ', '')) || '.' || g || '@mail-' || (g % 97) || '.example',
       '+1 555 ' || lpad((g % 10000000)::text, 7, '0'), (array['CEO','CTO','Buyer','Engineer','Analyst'])[1 + g % 5],
       ids[1 + g % cardinality(ids)],
       case when g % 4 = 0 then '$owner'::uuid else gen_random_uuid() end,
       case when g % 3 = 0 then array['vip'] when g % 3 = 1 then array['lead','newsletter'] else '{}' end, now(), now()
from (select g,
             (array['Ada','Alan','Grace','Linus','Margaret','Dennis','Barbara','Ken','Frances','Edsger','Hedy','John','Radia',
                    'Tim','Sophie','Mary','Guido','Anita','James','Katherine','José','Zoë','Łukasz','Björn','Amélie'])[1 + g % 25] as first_name,
             (array['Lovelace','Turing','Hopper','Torvalds','Hamilton','Ritchie','Liskov','Thompson','Allen','Dijkstra','Lamarr',
                    'McCarthy','Perlman','Berners-Lee','Wilson','Jackson','van Rossum','Borg','Gosling','Johnson','Müller','García',
                    'Kowalski','Öberg','Lefèvre'])[1 + (g / 25) % 25] as last_name
      from generate_series(1, $n) g) people,
     (select array_agg(id) as ids from companies) company_ids;
SQL
# a steady state, as a table that has lived a while: statistics current, GIN pending lists merged
psql "$db" -q -v ON_ERROR_STOP=1 -c "vacuum (analyze) $schema.contacts" -c "vacuum (analyze) $schema.companies"
echo "generated: $(psql "$db" -Atc "select count(*) from $schema.contacts") contacts, $(psql "$db" -Atc "select count(*) from $schema.companies") companies in $(( $(date +%s) - start )) s"
psql "$db" -Atc "select id from $schema.contacts order by random() limit 5000" > "$BENCH_TMP/contact-ids"
export BENCH_IDS=$BENCH_TMP/contact-ids BENCH_OWNER=$owner

# the platform's first minute after a start is JIT compilation: measured once, it made the first scenario
# look four times slower than at a million contacts
BENCH_SCENARIO=get wrk -t2 -c"$c" -d40s -s contacts.lua "$CRM_GATEWAY_URL" > /dev/null
for scenario in ${BENCH_SCENARIOS:-get list owner filter search}; do
  BENCH_SCENARIO=$scenario wrk -t2 -c"$c" -d20s -s contacts.lua "$CRM_GATEWAY_URL" > /dev/null # warm-up (JIT, caches)
  for think in "${BENCH_THINK_MS:-100}" 0; do
    gw=$(BENCH_SCENARIO=$scenario BENCH_THINK_MS=$think wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s contacts.lua "$CRM_GATEWAY_URL" | tail -1)
    direct=$(BENCH_SCENARIO=$scenario BENCH_THINK_MS=$think wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s contacts.lua "$contact_url" | tail -1)
    echo "$scenario think=${think}ms c=$c ${d}s, $n contacts, through gateway: $gw"
    echo "$scenario think=${think}ms c=$c ${d}s, $n contacts, direct:          $direct"
  done
done
echo "machine: $(machine)"
