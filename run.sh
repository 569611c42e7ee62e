#!/usr/bin/env bash
# Builds and starts the whole suite with the embedded defaults: a Kafka broker (KRaft) and the three
# services on ports 8081-8083, H2 files under ./data, logs under ./logs. Ctrl-C stops all of them.
# Usage: ./run.sh [--demo] [--rebuild]   --demo loads 60 volunteers and 150 referrals through the APIs; --rebuild
# builds even if nothing changed since the last build.
set -euo pipefail
cd "$(dirname "$0")"
# One suite per folder: refuse before building (which would rewrite the running suite's jars). The launcher
# itself also refuses, by a lock on data/suite.lock, whoever starts it.
if [ -f data/suite.pid ]; then
  running=$(cat data/suite.pid)
  if kill -0 "$running" 2>/dev/null && tr '\0' ' ' < "/proc/$running/cmdline" 2>/dev/null | grep -q peer-coaching-suite.jar; then
    echo "peer-coaching is already running from this folder, pid $running; stop it with Ctrl-C in its terminal (or kill $running) before starting it again."
    exit 1
  fi
fi
# The JDK the services run on, chosen as the launcher chooses it (suite ServiceJvm): PEERCOACHING_JAVA_HOME, else the
# newest Temurin 25+ under /usr/lib/jvm, else the default java. The build runs on that JDK (the bytecode stays Java 17)
# and then a training start of each service leaves a class data archive made by that JDK next to its quarkus-run.jar:
# an AOT cache (app.aot) on JDK 25+, an AppCDS archive (app-cds.jsa) before. Both start a service faster
# (docs/benchmarks.md, "Startup and RSS by JDK"); the launcher uses one only if it fits the JDK and the jar.
service_jdk="${PEERCOACHING_JAVA_HOME:-}"
if [ -z "$service_jdk" ]; then
  for home in /usr/lib/jvm/temurin-2[5-9]*; do
    [ -x "$home/bin/java" ] && service_jdk=$home
  done
fi
build_jdk=()
feature=17
if [ -n "$service_jdk" ] && [ -x "$service_jdk/bin/java" ]; then
  build_jdk=(env "JAVA_HOME=$service_jdk")
  feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$service_jdk/release" 2>/dev/null || true)
fi
packaging=()
if [ "${feature:-0}" -ge 25 ]; then
  # aot-jar: every class on the JDK's own class path, so the AOT cache can hold them all (on JDK 17 the usual fast-jar
  # with AppCDS measured faster). The archive itself comes from a training start of each service after the build.
  packaging=(-Dquarkus.package.jar.type=aot-jar)
fi
# Build only when something changed since run.sh's last build (a source file, or jars rebuilt by another Maven run such
# as ./mvnw verify, which packages for production), or with --rebuild: the class data archives stay valid only while
# the jars they were made from are untouched.
stamp=suite/target/run-sh.built
want="jdk=${service_jdk:-default} ${packaging[*]:-fast-jar}"
rebuild=0
args=()
for arg in "$@"; do
  if [ "$arg" = "--rebuild" ]; then rebuild=1; else args+=("$arg"); fi
done
if [ $rebuild = 0 ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f suite/target/peer-coaching-suite.jar ] \
    && [ -z "$(find . \( -name target -o -path ./data -o -path ./logs -o -name .git -o -name node_modules \) -prune \
          -o -type f -newer "$stamp" -print -quit)" ] \
    && [ -z "$(find suite/target/peer-coaching-suite.jar */target/quarkus-app/quarkus-run.jar -newer "$stamp" 2>/dev/null)" ]; then
  echo "Nothing changed since the last build (./run.sh --rebuild to build anyway)."
else
  echo "Building (about a minute the first time; output in logs/build.log)..."
  mkdir -p logs
  rm -f "$stamp"
  if ! ${build_jdk[@]+"${build_jdk[@]}"} ./mvnw -B -DskipTests -Dquarkus.profile=local ${packaging[@]+"${packaging[@]}"} package > logs/build.log 2>&1; then
    tail -40 logs/build.log
    echo "The build failed; the full output is in logs/build.log."
    exit 1
  fi
  java -jar suite/target/peer-coaching-suite.jar aot-training || echo "The training failed; the services start without archives."
  echo "$want" > "$stamp"
fi
exec java -jar suite/target/peer-coaching-suite.jar ${args[@]+"${args[@]}"}
