#!/usr/bin/env bash
# Builds every service's image from deploy/docker/Dockerfile on the local base image and proves it:
# each container starts against this machine's PostgreSQL, NATS and Redis (--network host, ports +20000,
# a database of its own), runs as uid 10001 on a read-only root file system, becomes ready, the gateway
# container serves the SPA and a real sign-up and profile request, and every container stops on SIGTERM
# within its grace period. Containers, images and the database are removed at the end, failed or not
# (the base image stays: it is a cache). Run as root; `./crm test` runs it as its `images` phase.
#
# Usage: deploy/docker/test-images.sh [--keep] [--measure]
#   --keep     leave the service images (crm-<service>:test) for a look or for measurements
#   --measure  also start the gateway and the contact-service without their AOT cache and print both
# Environment (./crm passes its own): CRM_DB_URL (a JDBC URL on the server to use; its database name is
# replaced), CRM_DB_USER, CRM_DB_PASSWORD, CRM_NATS_URL, CRM_REDIS_URL, CRM_PORT_OFFSET,
# CRM_IMAGES_PORT_OFFSET (20000), CRM_IMAGES_DB (crm_images), CRM_BASE_IMAGE (crm-local-base:25).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVICES=(auth-service tenant-service contact-service deal-service communication-service gateway)
declare -A BASE_PORT=(
  [gateway]=8080 [auth-service]=8081 [tenant-service]=8082
  [contact-service]=8083 [deal-service]=8084 [communication-service]=8085
)
OFFSET=$((${CRM_PORT_OFFSET:-0} + ${CRM_IMAGES_PORT_OFFSET:-20000}))
port_of() { echo $((${BASE_PORT[$1]} + OFFSET)); }
MANAGEMENT_PORT=$((8180 + OFFSET))
BASE_IMAGE=${CRM_BASE_IMAGE:-crm-local-base:25}
DB_NAME=${CRM_IMAGES_DB:-crm_images}
DB_SERVER_URL=${CRM_DB_URL:-jdbc:postgresql://localhost:5432/postgres}
DB_USER=${CRM_DB_USER:-postgres}
DB_PASSWORD=${CRM_DB_PASSWORD:-}
NATS_URL=${CRM_NATS_URL:-nats://127.0.0.1:4222}
REDIS_URL=${CRM_REDIS_URL-redis://127.0.0.1:6379}
READY_TIMEOUT=${CRM_IMAGES_READY_TIMEOUT:-420} # six JVMs start at once: minutes on two busy cores
GRACE=30 # seconds SIGTERM has before podman kills (Spring's shutdown phase is 30 s too)
PODMAN=(podman --runtime runc --cgroup-manager=cgroupfs)
RUN_FLAGS=(--network host --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 --read-only --tmpfs /tmp
  --stop-timeout "$GRACE")
PREFIX=crm-images-test # containers are crm-images-test-<service>, images crm-<service>:test

keep=no measure=no
for arg in "$@"; do
  case $arg in
    --keep) keep=yes ;;
    --measure) measure=yes keep=yes ;;
    *) echo "usage: $0 [--keep] [--measure]" >&2; exit 2 ;;
  esac
done

say() { printf 'images: %s\n' "$*"; }
fail() { printf 'images: FAILED: %s\n' "$*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

[[ $(id -u) == 0 ]] || fail "run as root (rootful podman with runc)"
for tool in podman runc curl openssl jq; do command -v "$tool" >/dev/null || fail "no $tool"; done

WORK=$(mktemp -d /var/tmp/crm-images.XXXXXX)
cleanup() {
  local rc=$?
  local names
  names=$("${PODMAN[@]}" ps -a --format '{{.Names}}' | grep "^$PREFIX-" || true)
  if [[ -n $names ]]; then
    if ((rc != 0)); then # the logs of what failed, before they go
      for name in $names; do
        echo "--- last lines of $name" >&2
        "${PODMAN[@]}" logs --tail 25 "$name" 2>&1 | cut -c1-400 >&2 || true
      done
    fi
    # shellcheck disable=SC2086 # one name a word
    "${PODMAN[@]}" rm -f -t 0 $names >/dev/null 2>&1 || true
  fi
  if [[ $keep == no ]]; then
    for svc in "${SERVICES[@]}"; do "${PODMAN[@]}" rmi -f "crm-$svc:test" >/dev/null 2>&1 || true; done
    "${PODMAN[@]}" image prune -f >/dev/null 2>&1 || true # the build stages' dangling layers
  fi
  database drop >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- the database: dropped and created with psql, or with the devstack jar that ./crm uses (which can
# only recreate: at the end it leaves the database empty instead of dropping it)
db_url() { # the server's JDBC URL with the database name replaced
  local head=${DB_SERVER_URL%%\?*} query=
  [[ $DB_SERVER_URL == *\?* ]] && query="?${DB_SERVER_URL#*\?}"
  head=${head#jdbc:postgresql://}
  echo "jdbc:postgresql://${head%%/*}/$1$query"
}
DEVSTACK_JAR=$ROOT/devstack/target/devstack.jar
psql_admin() { # SQL
  local hostport=${DB_SERVER_URL#jdbc:postgresql://}
  hostport=${hostport%%/*}
  PGPASSWORD=$DB_PASSWORD PGOPTIONS='-c client_min_messages=warning' psql -h "${hostport%:*}" -p "${hostport##*:}" -U "$DB_USER" -d postgres -qc "$1"
}
database() { # create | drop
  if command -v psql >/dev/null; then
    psql_admin "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"
    [[ $1 == drop ]] || psql_admin "CREATE DATABASE $DB_NAME"
  elif [[ -f $DEVSTACK_JAR ]]; then
    java -jar "$DEVSTACK_JAR" database --url "$(db_url postgres)" --user "$DB_USER" --password "$DB_PASSWORD" --recreate "$DB_NAME"
  else
    fail "neither psql nor devstack/target/devstack.jar to create the database"
  fi
}

# ---- build: the base (cached), then one image per service
started=$SECONDS
"$ROOT/deploy/docker/build-local-base.sh"
for svc in "${SERVICES[@]}"; do
  [[ -f $ROOT/$svc/target/$svc.jar ]] || fail "no $svc/target/$svc.jar (mvn -DskipTests package first)"
done
# (entry names are stored uncompressed in a jar's directory)
grep -aq 'BOOT-INF/classes/static/index.html' "$ROOT/gateway/target/gateway.jar" ||
  fail "gateway/target/gateway.jar holds no SPA (built with -Dskip.frontend=true?)"
declare -A BUILD_SECONDS
for svc in "${SERVICES[@]}"; do
  ports=${BASE_PORT[$svc]}
  [[ $svc == gateway ]] && ports="8080 8180"
  say "building crm-$svc:test on $BASE_IMAGE"
  t=$SECONDS
  "${PODMAN[@]}" build -f "$ROOT/deploy/docker/Dockerfile" --build-arg "BASE_IMAGE=$BASE_IMAGE" \
    --build-arg "SERVICE=$svc" --build-arg "PORTS=$ports" --build-arg "REVISION=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    -t "crm-$svc:test" "$ROOT" >"$WORK/build-$svc.log" 2>&1 || { tail -n 70 "$WORK/build-$svc.log" | cut -c1-400 >&2; fail "building crm-$svc:test"; }
  BUILD_SECONDS[$svc]=$((SECONDS - t))
done
say "built ${#SERVICES[@]} images in $((SECONDS - started))s"

# ---- run: the environment ./crm gives a service (README's configuration table), secrets made here
database create >/dev/null
say "database $DB_NAME on $(db_url "$DB_NAME" | sed -E 's#://[^/@]*@#://***@#')"
secret() { openssl rand -base64 48 | tr -d '\n/+='; }
mkdir -p "$WORK/keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/jwt-signing.pem" 2>/dev/null
chmod 755 "$WORK" "$WORK/keys"
chmod 444 "$WORK/keys/jwt-signing.pem" # (uid 10001 in the container reads it; a key made for this test only)
{
  echo "CRM_DB_URL=$(db_url "$DB_NAME")"
  echo "CRM_DB_USER=$DB_USER"
  echo "CRM_DB_PASSWORD=$DB_PASSWORD"
  echo "CRM_NATS_URL=$NATS_URL"
  echo "CRM_REDIS_URL=$REDIS_URL"
  echo "CRM_SMTP_HOST=127.0.0.1"
  echo "CRM_SMTP_PORT=${CRM_SMTP_PORT:-3025}"
  for svc in auth tenant contact deal communication gateway; do
    name=$svc-service
    [[ $svc == gateway ]] && name=gateway
    echo "CRM_${svc^^}_URL=http://localhost:$(port_of "$name")"
  done
  echo "CRM_PUBLIC_URL=http://localhost:$(port_of gateway)"
  echo "CRM_GATEWAY_MANAGEMENT_PORT=$MANAGEMENT_PORT"
  echo "CRM_INTERNAL_SECRET=$(secret)"
  echo "CRM_TRACKING_SECRET=$(secret)"
  echo "CRM_INBOUND_SECRET=$(secret)"
  echo "CRM_JWT_KEY_PATH=/run/secrets/jwt-signing.pem"
  echo "CRM_CONSUMER_GROUP=images" # durable consumers of their own on a NATS others may share
  echo "CRM_SPARE_SCHEMAS=1"       # (50 by default: migrating them would only load the two cores)
} >"$WORK/env"

health_url() { # SERVICE
  if [[ $1 == gateway ]]; then
    echo "http://localhost:$MANAGEMENT_PORT/actuator/health/readiness"
  else
    echo "http://localhost:$(port_of "$1")/actuator/health/readiness"
  fi
}
start() { # SERVICE NAME [podman run options...]
  local svc=$1 name=$2
  shift 2
  local port
  port=$(port_of "$svc")
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is in use"; fi
  "${PODMAN[@]}" run -d --name "$name" "${RUN_FLAGS[@]}" --env-file "$WORK/env" -e "SERVER_PORT=$port" \
    -v "$WORK/keys/jwt-signing.pem:/run/secrets/jwt-signing.pem:ro" "$@" "crm-$svc:test" >/dev/null
}
wait_ready() { # SERVICE NAME START_MS -> prints ms to ready
  local svc=$1 name=$2 t0=$3 deadline=$((SECONDS + READY_TIMEOUT))
  until curl -fsS -o /dev/null "$(health_url "$svc")" 2>/dev/null; do
    [[ $("${PODMAN[@]}" inspect --format '{{.State.Running}}' "$name") == true ]] || fail "$name exited before it was ready"
    ((SECONDS < deadline)) || fail "$name not ready within ${READY_TIMEOUT}s"
    sleep 0.2
  done
  echo $(($(now_ms) - t0))
}

declare -A START_MS READY_MS
say "starting ${#SERVICES[@]} containers on ports $(port_of gateway)-$(port_of communication-service) (management $MANAGEMENT_PORT)"
for svc in "${SERVICES[@]}"; do
  START_MS[$svc]=$(now_ms)
  start "$svc" "$PREFIX-$svc"
done
for svc in "${SERVICES[@]}"; do
  READY_MS[$svc]=$(wait_ready "$svc" "$PREFIX-$svc" "${START_MS[$svc]}")
  say "$svc ready after ${READY_MS[$svc]} ms (all six started at once)"
done

# ---- checks: non-root, read-only root, the AOT cache in use
for svc in "${SERVICES[@]}"; do
  name=$PREFIX-$svc
  uid=$("${PODMAN[@]}" exec "$name" id -u)
  [[ $uid == 10001 ]] || fail "$name runs as uid $uid, not 10001"
  [[ $("${PODMAN[@]}" inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$name") == true ]] || fail "$name: root file system not read-only"
  if "${PODMAN[@]}" exec "$name" sh -c 'echo x > /app/probe' 2>/dev/null; then fail "$name could write to /app"; fi
  "${PODMAN[@]}" exec "$name" sh -c 'echo x > /tmp/probe' || fail "$name cannot write to /tmp"
done
say "every container runs as uid 10001 on a read-only root file system (only /tmp writable)"

# ---- a real request through the gateway container: the SPA, a sign-up, the new admin's profile
gw=http://localhost:$(port_of gateway)
curl -fsS "$gw/" | grep -q '<div id="app"' || fail "GET / did not serve the SPA's index.html"
sub=img$(date +%s)$RANDOM
t=$(now_ms)
body=$(curl -fsS -X POST "$gw/api/tenants/register" -H 'Content-Type: application/json' -d "{
  \"organizationName\": \"Images Test $sub\", \"subdomain\": \"$sub\", \"adminEmail\": \"admin@$sub.example\",
  \"adminPassword\": \"correct-horse-battery-$RANDOM\", \"adminFullName\": \"Image Tester\"}") ||
  fail "POST /api/tenants/register through the gateway container"
register_ms=$(($(now_ms) - t))
token=$(jq -r .accessToken <<<"$body")
[[ -n $token && $token != null ]] || fail "no accessToken in the registration's answer: $body"
latencies=()
for i in 1 2 3 4 5 6 7 8 9 10; do
  t=$(now_ms)
  profile=$(curl -fsS "$gw/api/auth/profile" -H "Authorization: Bearer $token") || fail "GET /api/auth/profile (#$i)"
  latencies+=($(($(now_ms) - t)))
done
[[ $(jq -r .email <<<"$profile") == "admin@$sub.example" ]] || fail "the profile is not the new admin's: $profile"
say "through the gateway: GET / serves the SPA; registered $sub in ${register_ms} ms; profile x10: ${latencies[*]} ms"

# ---- stop: SIGTERM, each must exit by itself within the grace period
for svc in "${SERVICES[@]}"; do
  name=$PREFIX-$svc
  t=$(now_ms)
  "${PODMAN[@]}" stop -t "$GRACE" "$name" >/dev/null
  ms=$(($(now_ms) - t))
  code=$("${PODMAN[@]}" inspect --format '{{.State.ExitCode}}' "$name")
  # 143 = ended by SIGTERM (the JVM's shutdown hooks ran); 137 = killed when the grace period ran out
  [[ $code == 143 || $code == 0 ]] || fail "$name exited with $code after SIGTERM (${ms} ms)"
  ((ms < GRACE * 1000)) || fail "$name took ${ms} ms to stop"
  grep_out=$("${PODMAN[@]}" logs "$name" 2>&1 | grep -ci 'graceful shutdown' || true)
  say "$svc stopped on SIGTERM in ${ms} ms (exit $code; graceful shutdown logged: $([[ $grep_out != 0 ]] && echo yes || echo no))"
  "${PODMAN[@]}" rm "$name" >/dev/null
done

# ---- sizes (and, with --measure, start-to-ready without the AOT cache)
for svc in "${SERVICES[@]}"; do
  size=$("${PODMAN[@]}" image inspect --format '{{.Size}}' "crm-$svc:test" | awk '{printf "%.0f", $1 / 1e6}')
  say "$(printf '%-22s image %4s MB  built in %3ss  ready after %5s ms' "$svc" "$size" "${BUILD_SECONDS[$svc]}" "${READY_MS[$svc]}")"
done
if [[ $measure == yes ]]; then
  for svc in gateway contact-service; do
    for mode in with without; do
      opts=()
      [[ $mode == without ]] && opts=(-e JDK_JAVA_OPTIONS=-XX:AOTMode=off)
      # the gateway alone needs no other service to be ready; the contact-service needs PostgreSQL and NATS
      t=$(now_ms)
      start "$svc" "$PREFIX-measure-$svc" "${opts[@]}"
      ms=$(wait_ready "$svc" "$PREFIX-measure-$svc" "$t")
      say "measure: $svc alone, $mode the AOT cache: ready after $ms ms"
      "${PODMAN[@]}" rm -f -t "$GRACE" "$PREFIX-measure-$svc" >/dev/null
    done
  done
fi
say "PASSED in $((SECONDS - started))s"
