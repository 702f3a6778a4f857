#!/usr/bin/env bash
# Chunk size of the SKD score import (issue 4: "item-count chosen by measurement"): the same first import
# of the period's skd-scores.csv (scores deleted and the table vacuumed before each run) with CHUNKS rows
# per transaction, through POST /api/v1/periods/{code}/skd-score-imports?chunk=N; prints rows/s for each.
# Against a running system and a period made by selection-data.sh. Settings: see selection-common.sh, and
# CHUNKS ("1000 5000 20000").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/selection-common.sh"
csv=$out/skd-scores.csv
rows=$(( $(wc -l <"$csv") - 1 ))
echo "== SKD import chunk sizes ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $rows rows, period $period) =="
for chunk in ${CHUNKS:-1000 5000 20000}; do
  bench clear-skd "$period" >/dev/null
  run_job "chunk $chunk" "/api/v1/periods/$period/skd-score-imports?chunk=$chunk" -H 'Content-Type: text/csv' \
    --data-binary "@$csv"
  printf 'chunk %6s: job %s %s, wall %6s s = %6s rows/s; job %6s s = %6s rows/s   [load %s]\n' "$chunk" "$job_id" \
    "$job_state" "$(secs "$wall_ms")" "$(rate "$rows" "$wall_ms")" "$(secs "$job_ms")" "$(rate "$rows" "$job_ms")" "$(load)"
done
