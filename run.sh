#!/usr/bin/env bash
# Builds and starts the whole suite with the embedded defaults: a Kafka broker (KRaft) and the three
# services on ports 8081-8083, H2 files under ./data, logs under ./logs. Ctrl-C stops all of them.
# Usage: ./run.sh [--demo]     --demo loads 60 volunteers and 150 referrals through the APIs.
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
echo "Building (about a minute the first time; later builds are quicker; output in logs/build.log)..."
mkdir -p logs
if ! ./mvnw -B -DskipTests -Dquarkus.profile=local package > logs/build.log 2>&1; then
  tail -40 logs/build.log
  echo "The build failed; the full output is in logs/build.log."
  exit 1
fi
exec java -jar suite/target/peer-coaching-suite.jar "$@"
