#!/usr/bin/env bash
# Public complaint dashboard (issue 12) over COMPLAINTS cases, against a running system (./mvnw -Prun): a new OPD
# with 20 bidang (API), the cases by SQL (ComplaintBench.java dashboard), then REQUESTS timed requests each of the
# API for the province and the OPD and of the HTML page. Needs JDK 17 and the PostgreSQL JDBC driver the build put in
# ~/.m2. Settings: ASN_BASE_URL (http://localhost:8080), ASN_TOKEN (demo admin token), ASN_COMPLAINTS (20000),
# ASN_REQUESTS (50), ASN_DB_URL / ASN_DB_USER / ASN_DB_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/../.."
pg_jar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
[ -n "$pg_jar" ] || { echo "no PostgreSQL JDBC driver under ~/.m2/repository/org/postgresql" >&2; exit 1; }
echo "== ASN Sofifi complaint dashboard ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
java -cp "$pg_jar" docs/benchmarks/ComplaintBench.java dashboard "${ASN_BASE_URL:-http://localhost:8080}" \
    "${ASN_TOKEN:-demo-admin-token-asn-sofifi}" "${ASN_COMPLAINTS:-20000}" "${ASN_REQUESTS:-50}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
