#!/usr/bin/env bash
# Weekly call list under load (issue #9): the packaged schedule-service (prod profile) on PostgreSQL 15
# seeded with 100,000 coaches and 1,000,000 calls, loaded by wrk at a constant rate over random coaches,
# then the same load on /q/health/live (the framework's ceiling). JVM on core 0, wrk on core 1.
#   ./mvnw -B -q package -DskipTests      # services (prod = PostgreSQL), suite and benchmarks jars
#   benchmarks/scripts/calllist.sh         # RATE=200 DURATION=60 WARMUP=30 CONNECTIONS=16 JVM_FLAGS="..."
#   benchmarks/scripts/calllist.sh --reuse # keep the seeded database from the last run
# Needs: root (for PostgreSQL setup), wrk (apt-get install -y wrk), taskset. Output: benchmarks/target/calllist/.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/benchmarks/target/calllist
mkdir -p "$OUT"
RATE=${RATE:-200}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-16}
JVM_FLAGS=${JVM_FLAGS:-}
PORT=${PORT:-18083}
KAFKA_PORT=${KAFKA_PORT:-19092}
WEEK=2027-W10
DB=${DB:-bench_calllist}
export PGPASSWORD=postgres
psql_db() { psql -h localhost -U postgres -d $DB -v ON_ERROR_STOP=1 -qAt "$@"; }

if [[ "${1:-}" != "--reuse" ]]; then
    benchmarks/scripts/postgres.sh $DB
fi

APP=""; BROKER=""
cleanup() {
    [[ -n "$APP" ]] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
    [[ -n "$BROKER" ]] && kill "$BROKER" 2>/dev/null && wait "$BROKER" 2>/dev/null || true
}
trap cleanup EXIT

java -jar benchmarks/target/benchmarks.jar broker --port $KAFKA_PORT > "$OUT/broker.log" 2>&1 &
BROKER=$!
for _ in $(seq 1 300); do grep -q '^READY' "$OUT/broker.log" && break; sleep 0.2; done
grep -q '^READY' "$OUT/broker.log" || { echo "broker did not start: $OUT/broker.log"; exit 1; }

ISSUER=$(sed -n 's/.*ISSUER = "\(.*\)";.*/\1/p' dev-identity/src/main/java/org/peercoaching/devidentity/DevTokens.java)
DB_URL=jdbc:postgresql://localhost:5432/$DB DB_USER=postgres DB_PASSWORD=postgres \
KAFKA_BOOTSTRAP_SERVERS=localhost:$KAFKA_PORT JWT_ISSUER=$ISSUER \
JWT_PUBLIC_KEY_LOCATION=file://$ROOT/dev-identity/src/main/resources/dev-identity/public-key.pem \
    taskset -c 0 java $JVM_FLAGS -Dquarkus.http.port=$PORT -jar schedule-service/target/quarkus-app/quarkus-run.jar \
    > "$OUT/schedule-service.log" 2>&1 &
APP=$!
for _ in $(seq 1 600); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/q/health/ready)" == 200 ]] && break
    kill -0 $APP || { echo "schedule-service died: $OUT/schedule-service.log"; exit 1; }
    sleep 0.2
done
echo "schedule-service ready (pid $APP, JVM flags: ${JVM_FLAGS:-none})"

if [[ "$(psql_db -c 'select count(*) from coach_coordinator')" == 0 ]]; then
    echo "seeding (about a minute)..."
    psql_db -f benchmarks/scripts/seed-calllist.sql | tee "$OUT/seed.txt"
fi
psql_db -c "select volunteer_id from coach_coordinator where coordinator_id = 'bench.coordinator'" > "$OUT/coach-ids.txt"

# The queries the list runs (as Hibernate sends them), for one coach
COACH=$(sed -n "$(( $(wc -l < "$OUT/coach-ids.txt") / 2 ))p" "$OUT/coach-ids.txt")
PLAN=$(psql_db -c "select plan_id from scheduled_call where coach_id = '$COACH' and status = 'SCHEDULED' order by starts_at limit 1")
{
    echo "-- access check"; psql_db -c "explain (analyze, buffers) select coordinator_id from coach_coordinator where volunteer_id = '$COACH'"
    echo "-- the week's calls"; psql_db -c "explain (analyze, buffers) select * from scheduled_call where coach_id = '$COACH' and starts_at >= timestamptz '2027-03-08 00:00 Europe/London' and starts_at < timestamptz '2027-03-15 00:00 Europe/London' and status not in ('HELD', 'RESCHEDULED') order by starts_at"
    echo "-- their plans"; psql_db -c "explain (analyze, buffers) select * from call_plan where id in (select plan_id from scheduled_call where coach_id = '$COACH')"
    echo "-- each call's last completed call (once per call)"; psql_db -c "explain (analyze, buffers) select * from scheduled_call where plan_id = '$PLAN' and status = 'COMPLETED' and starts_at < timestamptz '2027-03-10 18:00 Europe/London' order by starts_at desc limit 1"
} > "$OUT/explain.txt"
grep -E "^--|Index|Seq Scan|Execution Time" "$OUT/explain.txt"

TOKEN=$(java -jar suite/target/peer-coaching-suite.jar token coordinator bench.coordinator | tail -1)
code=$(curl -s -o "$OUT/sample.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    "http://localhost:$PORT/api/v1/coaches/$COACH/calls?week=$WEEK")
echo "sample call list: HTTP $code, $(grep -o '"callId"' "$OUT/sample.json" | wc -l) calls"
[[ $code == 200 ]] || exit 1

load() { # name, wrk args...
    local name=$1; shift
    echo "== $name: $(cat /proc/loadavg)" | tee -a "$OUT/results.txt"
    taskset -c 1 wrk -t1 -c$CONNECTIONS "$@" | tee "$OUT/$name.txt" | grep RESULT | tee -a "$OUT/results.txt"
    echo "   load average after: $(cat /proc/loadavg)" | tee -a "$OUT/results.txt"
}
: > "$OUT/results.txt"
echo "machine: $(nproc) cores; JVM flags: ${JVM_FLAGS:-none}; rate $RATE/s, $CONNECTIONS connections" >> "$OUT/results.txt"
load warmup -d${WARMUP}s -s benchmarks/scripts/paced.lua http://localhost:$PORT -- $RATE calllist "$OUT/coach-ids.txt" $WEEK "$TOKEN"
load calllist -d${DURATION}s --latency -s benchmarks/scripts/paced.lua http://localhost:$PORT -- $RATE calllist "$OUT/coach-ids.txt" $WEEK "$TOKEN"
load health-live -d${DURATION}s --latency -s benchmarks/scripts/paced.lua http://localhost:$PORT -- $RATE path /q/health/live
echo "RSS of schedule-service after the runs: $(grep VmRSS /proc/$APP/status)" | tee -a "$OUT/results.txt"
