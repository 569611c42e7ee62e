#!/usr/bin/env bash
# Startup to first 200 on /q/health/ready and RSS, per service and JVM variant: JDK 17 and JDK 25, with and
# without a class data archive (issues #9 and #17). Results in benchmarks/target/startup.txt.
#   benchmarks/scripts/startup.sh --build [--runs 3] [--services schedule-service] [--variants 17,25-qaot]
# --build first packages what the variants need: the services' usual fast-jar (target/quarkus-app, JDK 17), and two
# aot-jar packagings made by Quarkus at build time: with JDK 17 and an AppCDS archive (target/quarkus-app-cds17),
# with JDK 25 and an AOT cache (target/quarkus-app-aot25). Set JDK25 if Temurin 25 is elsewhere; extra Maven
# options (e.g. -o -Dmaven.repo.local=...) go in MAVEN_ARGS.
# Fresh databases on Debian's PostgreSQL 15 (benchmarks/scripts/postgres.sh), broker in the harness JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
SERVICES=volunteer-service,matching-service,schedule-service
if [ "${1:-}" = "--build" ]; then
  shift
  JAVA_HOME=$JDK17 ./mvnw -B -q package -DskipTests
  JAVA_HOME=$JDK17 ./mvnw -B -q package -DskipTests -pl $SERVICES -Dquarkus.package.jar.aot.enabled=true \
    -Dquarkus.package.jar.aot.type=AppCDS -Dquarkus.package.output-directory=quarkus-app-cds17
  JAVA_HOME=$JDK25 ./mvnw -B -q package -DskipTests -pl $SERVICES -Dquarkus.package.jar.aot.enabled=true \
    -Dquarkus.package.jar.aot.type=AOT -Dquarkus.package.jar.aot.phase=build \
    -Dquarkus.package.output-directory=quarkus-app-aot25
fi
benchmarks/scripts/postgres.sh bench_volunteer bench_matching bench_schedule
"$JDK17/bin/java" -Dpeercoaching.jdk17="$JDK17" -Dpeercoaching.jdk25="$JDK25" -jar benchmarks/target/benchmarks.jar \
  startup "$@" | tee benchmarks/target/startup.txt
