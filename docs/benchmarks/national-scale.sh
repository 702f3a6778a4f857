#!/usr/bin/env bash
# Issue 14's table in one run, each figure beside the machine's own limit measured in the same run:
#  1. SKD score import over the API (first import and unchanged re-import) beside raw COPY of the same file;
#  2. skd-ranking beside one window-function statement (its results compared row by row);
#  3. the public look-up of one entry (API from memory, HTML page) beside a static file, 256 connections.
# Prepare once: start the system with the public rate limits out of the way, e.g.
#   ASN_RATE_LIMIT_PUBLIC_BURST=1000000 ASN_RATE_LIMIT_PUBLIC_PER_SECOND=1000000 ./mvnw -Prun -Dasn.data.dir=/tmp/b
# then ASN_NIK_KEY_FILE=/tmp/b/nik-keys.properties bash docs/benchmarks/selection-data.sh (1,000,000 applications,
# 20,000 formations; a period without SKD scores), then this script with the same settings (selection-common.sh).
# Every line the scripts print carries the load average; this prints it at the start and the end too.
set -euo pipefail
here=$(dirname "$0")
echo "== ASN Sofifi national-scale table ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
bash "$here/skd-import.sh"
bash "$here/skd-ranking.sh"
bash "$here/announcement-lookup.sh"
echo "== done, load $(cut -d' ' -f1-3 /proc/loadavg) =="
