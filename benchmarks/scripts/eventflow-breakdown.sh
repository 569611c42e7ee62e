#!/usr/bin/env bash
# Where the time of the last eventflow.sh run went, from the services' own tables (same database clock):
# matching-service's outbox_event.created_at -> sent_at for match.confirmed.v1, then schedule-service's
# call_plan.created_at for that match. Run it after eventflow.sh and before the next run drops the databases.
#   benchmarks/scripts/eventflow-breakdown.sh [db-prefix, default benchflow_]
# Runs as root (uses su postgres), like postgres.sh.
set -euo pipefail
prefix="${1:-benchflow_}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
q() { su postgres -c "psql -p 5432 -d $1 -AtF, -c \"$2\""; }
q "${prefix}matching" "select aggregate_id, extract(epoch from created_at), extract(epoch from sent_at)
    from outbox_event where type = 'match.confirmed.v1' and sent_at is not null" > "$tmp/confirmed.csv"
q "${prefix}matching" "select extract(epoch from sent_at) from outbox_event where sent_at is not null
    order by sent_at" > "$tmp/sent.csv"
q "${prefix}schedule" "select match_id, extract(epoch from created_at) from call_plan" > "$tmp/plans.csv"
python3 - "$tmp" <<'PY'
import math, sys
d = sys.argv[1]
plans = dict(line.strip().split(",") for line in open(f"{d}/plans.csv") if line.strip())
rows = {"`match.confirmed.v1` written to the outbox -> sent by the relay": [],
        "sent -> plan and calls committed in schedule-service (Kafka + consumer + booking)": [],
        "written to the outbox -> plan committed": []}
for line in open(f"{d}/confirmed.csv"):
    match, created, sent = line.strip().split(",")
    if match not in plans:
        continue
    plan = float(plans[match])
    created, sent = float(created), float(sent)
    vals = list(rows.values())
    vals[0].append((sent - created) * 1000); vals[1].append((plan - sent) * 1000); vals[2].append((plan - created) * 1000)
def pct(s, p):
    return s[max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))]
print("| step | n | p50 ms | p90 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|")
for name, v in rows.items():
    v.sort()
    if v:
        print(f"| {name} | {len(v):,} | {pct(v,50):.1f} | {pct(v,90):.1f} | {pct(v,99):.1f} | {v[-1]:.1f} |")
sent = [float(x) for x in open(f"{d}/sent.csv") if x.strip()]
gaps = sorted((b - a) * 1000 for a, b in zip(sent, sent[1:]))
if gaps:
    print(f"\ngaps between consecutive sent_at of all {len(sent):,} sent events (ms): p50 {pct(gaps,50):.2f},"
          f" p75 {pct(gaps,75):.2f}, p90 {pct(gaps,90):.2f}")
PY
