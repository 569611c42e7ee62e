#!/usr/bin/env bash
# Builds and starts the whole suite with the embedded defaults: a Kafka broker (KRaft) and the three
# services on ports 8081-8083, H2 files under ./data, logs under ./logs. Ctrl-C stops all of them.
# Usage: ./run.sh [--demo]     --demo loads 60 volunteers and 150 referrals through the APIs.
set -euo pipefail
cd "$(dirname "$0")"
echo "Building (about a minute the first time; later builds are quicker)..."
./mvnw -B -q -Dstyle.color=never -DskipTests -Dquarkus.profile=local package
exec java -jar suite/target/peer-coaching-suite.jar "$@"
