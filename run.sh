#!/usr/bin/env bash
# Builds and starts the whole suite with the embedded defaults: a Kafka broker (KRaft) and the three
# services on ports 8081-8083, H2 files under ./data, logs under ./logs. Ctrl-C stops all of them.
# Usage: ./run.sh [--demo]     --demo loads 60 volunteers and 150 referrals through the APIs.
set -euo pipefail
cd "$(dirname "$0")"
echo "Building (about a minute the first time; later builds are quicker; output in logs/build.log)..."
mkdir -p logs
if ! ./mvnw -B -DskipTests -Dquarkus.profile=local package > logs/build.log 2>&1; then
  tail -40 logs/build.log
  echo "The build failed; the full output is in logs/build.log."
  exit 1
fi
exec java -jar suite/target/peer-coaching-suite.jar "$@"
