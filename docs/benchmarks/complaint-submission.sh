#!/usr/bin/env bash
# Complaint submission throughput (issue 12): 200 concurrent clients posting reports to the public
# POST /api/v1/complaints of a running system (./mvnw -Prun). Needs JDK 17 only.
# Settings: ASN_BASE_URL (http://localhost:8080), ASN_TOKEN (demo admin token), ASN_CLIENTS (200),
# ASN_REPORTS (10000).
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "== ASN Sofifi complaint submission ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
java docs/benchmarks/ComplaintBench.java submissions "${ASN_BASE_URL:-http://localhost:8080}" \
    "${ASN_TOKEN:-demo-admin-token-asn-sofifi}" "${ASN_CLIENTS:-200}" "${ASN_REPORTS:-10000}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
