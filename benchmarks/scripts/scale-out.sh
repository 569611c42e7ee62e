#!/usr/bin/env bash
# The full scale-out run (issue #19): ScaleOutTest with 1,000 referrals (150 coaches) instead of CI's 300.
#   ./mvnw -B -q install -DskipTests && benchmarks/scripts/scale-out.sh [REFERRALS] [COACHES]
# Two replicas of each packaged service on one embedded PostgreSQL (a database per service), a three-node KRaft
# cluster in the test JVM; logs in suite/target/scale-out-logs, the figures at the end of the test's output
# (suite/target/surefire-reports/org.peercoaching.suite.ScaleOutTest-output.txt), appended to
# benchmarks/target/scale-out.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
REFERRALS="${1:-1000}"
COACHES="${2:-$(( (REFERRALS * 15 + 99) / 100 ))}"
started=$(date +%s)
./mvnw -B verify -pl suite -Dtest=ScaleOutTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpeercoaching.scale.referrals="$REFERRALS" -Dpeercoaching.scale.coaches="$COACHES" ${MAVEN_ARGS:-}
mkdir -p benchmarks/target
{
    echo "== $(date -u +%Y-%m-%dT%H:%MZ) referrals $REFERRALS coaches $COACHES, wall $(( $(date +%s) - started )) s," \
        "load average $(cut -d' ' -f1-3 /proc/loadavg)"
    grep -A8 '^ScaleOutTest' suite/target/surefire-reports/org.peercoaching.suite.ScaleOutTest-output.txt
} | tee -a benchmarks/target/scale-out.txt
