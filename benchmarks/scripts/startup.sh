#!/usr/bin/env bash
# Startup to first 200 on /q/health/ready and RSS, per service and JVM flag set (issue #9).
#   ./mvnw -B -q package -DskipTests && benchmarks/scripts/startup.sh [--runs 3] [--services schedule-service]
# Fresh databases on Debian's PostgreSQL 15 (benchmarks/scripts/postgres.sh), broker in the harness JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."
benchmarks/scripts/postgres.sh bench_volunteer bench_matching bench_schedule
java -jar benchmarks/target/benchmarks.jar startup "$@" | tee benchmarks/target/startup.txt
