#!/usr/bin/env bash
# Sending at volume: N emails (default 10,000) queued at once in one organization and sent to the local
# SMTP sink (the devstack's GreenMail); once about half are sent, the communication-service is stopped
# with SIGTERM (as a rolling deploy does) and started again. Reports the time from queued to the last one
# sent, the rate, and what the sink received: each email once (messages = distinct Message-IDs = N).
# Then POST /api/communications/emails/send through the gateway at C clients for D seconds (queueing), in
# that organization (confirmed) and in a new one over its daily quota (refusals).
# Usage: bench/emails.sh [N=10000] [C=20] [D=10]   (needs ./crm up as in README.md, psql, curl, python3, wrk)
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
n=${1:-10000}
c=${2:-20}
d=${3:-10}
mail_api=${CRM_MAIL_API_URL:-http://127.0.0.1:8025}
bench_organization bench-emails
rcpt="bench-$(date +%s)@client.test"
tenant_id=$(psql "$db" -Atc "select id from public.tenants where subdomain = '$BENCH_TENANT'")
sent() { psql "$db" -Atc "select count(*) from $schema.emails where status = 'SENT' and to_addresses = array['$rcpt']"; }
# an organization in use, whose admin confirmed their address: no new organization's daily quota (issue 14)
psql "$db" -qc "insert into $schema.sender_confirmation (confirmed_at) values (now()) on conflict do nothing"

# the rows the service writes for a queued email (EmailService), N at once
psql "$db" -q -v ON_ERROR_STOP=1 <<SQL
set search_path to $schema;
$UUID7_SQL
begin;
create temp table gen as select pg_temp.uuid7(now()) as id, g from generate_series(1, $n) g;
insert into emails (id, kind, from_name, from_address, to_addresses, subject, html, text_body, message_id, thread_id, status,
                    next_attempt_at, tracking, sent_by, created_at, updated_at)
select id, 'MEMBER', 'Bench', 'crm@localhost', array['$rcpt'], 'Bench email ' || g,
       '<p>Hello, number ' || g || '. Here is <a href="https://acme.test/offer">the offer</a>.</p>',
       'Hello, number ' || g || '. Here is the offer <https://acme.test/offer>.', '<' || id || '@localhost>', id, 'QUEUED', now(), true,
       '$owner', now(), now()
from gen;
insert into public.email_queue (email_id, tenant_id, due_at) select id, '$tenant_id', now() from gen;
commit;
SQL
queued=$(date +%s%3N)
echo "queued $n emails to $rcpt"

restarted=no
while :; do
  s=$(sent)
  if [ "$restarted" = no ] && [ "$s" -ge $((n / 2)) ]; then
    pid=$(pgrep -f 'communication-service.jar' | head -1)
    echo "  $s sent after $(( $(date +%s%3N) - queued )) ms: SIGTERM to the communication-service ($pid)"
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    echo "  stopped with $(sent) sent; starting it again"
    CRM_SKIP_BUILD=1 ../crm up > /dev/null # the same build: only the stopped service starts
    echo "  up again after $(( $(date +%s%3N) - queued )) ms with $(sent) sent"
    restarted=yes
  fi
  [ "$s" -ge "$n" ] && break
  [ $(( $(date +%s%3N) - queued )) -gt 900000 ] && { echo "gave up waiting: $s of $n sent" >&2; break; }
  sleep 0.5
done
psql "$db" -Atc "select format('sent %s of %s: first queued -> last sent %s s (%s emails/s overall, restart included); attempts > 1: %s; failed: %s',
  count(*) filter (where status = 'SENT'), count(*), round(extract(epoch from max(sent_at) - min(created_at))::numeric, 1),
  round(count(*) filter (where status = 'SENT') / extract(epoch from max(sent_at) - min(created_at))::numeric, 0),
  count(*) filter (where attempts > 1), count(*) filter (where status = 'FAILED'))
  from $schema.emails where to_addresses = array['$rcpt']"
curl -s "$mail_api/api/messages?to=$rcpt" | python3 -c '
import json, sys
messages = json.load(sys.stdin)
ids = [m["messageId"] for m in messages]
print(f"the SMTP sink received {len(ids)} messages, {len(set(ids))} distinct Message-IDs")'

BENCH_RCPT=$rcpt wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s emails.lua "$CRM_GATEWAY_URL" | tail -1 | sed "s/^/send (queue) c=$c ${d}s through gateway: /"

# The same load on a new organization whose admin has not confirmed their address: its daily quota (20 with
# the welcome email) is spent within the first second, then every send is a 429 (ADR 22). What a flood
# against a spent quota costs, next to real sending, in the same run.
bench_organization bench-emails-new
BENCH_RCPT=$rcpt wrk -t2 -c"$c" -d"${d}s" --timeout 5s -s emails.lua "$CRM_GATEWAY_URL" | tail -1 \
  | sed "s/^/send over a new organization's spent quota (429s) c=$c ${d}s through gateway: /"
psql "$db" -Atc "select format('  the new organization queued %s emails', count(*)) from $schema.emails"
echo "machine: $(machine)"
