#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 cluster (installed, stopped by default on these machines), gives the postgres
# user the password "postgres" for TCP logins, and (re)creates empty databases named on the command line.
#   benchmarks/scripts/postgres.sh bench_volunteer bench_matching bench_schedule
# Runs as root (uses su postgres). Anything already in the named databases is dropped.
set -euo pipefail
if ! pg_lsclusters -h | awk '$1 == "15" && $2 == "main" {print $4}' | grep -q online; then
    pg_ctlcluster --skip-systemctl-redirect 15 main start
fi
psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -p 5432 $*"; }
psql_admin "-c \"alter user postgres password 'postgres'\""
for db in "$@"; do
    psql_admin "-c 'drop database if exists $db with (force)'"
    psql_admin "-c 'create database $db'"
done
echo "PostgreSQL 15 on localhost:5432 (postgres/postgres); fresh databases: $*"
