#!/usr/bin/env bash
# Survey submission throughput (issue 11): 200 concurrent clients posting survey responses through paired kiosk
# tablets (exempt from the hourly limit of phones) to a running system (./mvnw -Prun). Needs JDK 17 only.
# Settings: ASN_BASE_URL (http://localhost:8080), ASN_TOKEN (demo admin token), ASN_CLIENTS (200),
# ASN_RESPONSES (20000), ASN_KIOSKS (10).
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${ASN_BASE_URL:-http://localhost:8080}
echo "== ASN Sofifi survey submission ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
java docs/benchmarks/SurveyBench.java "$base" "${ASN_TOKEN:-demo-admin-token-asn-sofifi}" "${ASN_CLIENTS:-200}" \
    "${ASN_RESPONSES:-20000}" "${ASN_KIOSKS:-10}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
