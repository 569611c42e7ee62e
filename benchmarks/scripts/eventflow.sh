#!/usr/bin/env bash
# Referral accepted -> calls on the coach's weekly list, beside a bare Kafka round trip (issue #9).
#   ./mvnw -B -q package -DskipTests && benchmarks/scripts/eventflow.sh [--rate 4] [--poll-ms 50] \
#       [--prop peercoaching.outbox.poll-interval=100ms]
# Fresh databases on Debian's PostgreSQL 15 (benchmarks/scripts/postgres.sh); broker and harness in one JVM,
# the three packaged services (prod profile) as their own processes; logs in benchmarks/target/eventflow-logs.
set -euo pipefail
cd "$(dirname "$0")/../.."
benchmarks/scripts/postgres.sh benchflow_volunteer benchflow_matching benchflow_schedule
java -jar benchmarks/target/benchmarks.jar eventflow "$@" | grep -v '^\[' | tee -a benchmarks/target/eventflow.txt
