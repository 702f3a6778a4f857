#!/usr/bin/env bash
# SKD score import (issue 4, benchmark 2), against a running system and a period made by selection-data.sh:
#  1. first import of skd-scores.csv (the period must have no SKD scores yet: every row is an insert):
#     POST /api/v1/periods/{code}/skd-score-imports (text/csv), then GET /api/v1/jobs/{id} every 0.5 s;
#     wall clock from the POST to COMPLETED seen (upload, staging, job start, rows) and the job's
#     startedAt -> endedAt, both as rows/s;
#  2. re-import of the same file (every row unchanged), the same figures;
#  3. beside them, raw COPY of the same file by JDBC into a bare table without keys or indexes, once logged
#     (bench_skd_copy) and once UNLOGGED (bench_skd_copy_unlogged), rows/s;
#  4. and the best a set-based import could do inside PostgreSQL: COPY into a temporary staging table, then one
#     INSERT ... SELECT joined to the period's applications into bench_skd_score, an empty copy of skd_score
#     (same key and checks; like skd_score since V37, no foreign key to application), rows/s.
# The job's chunk size is the job XML's default (the API has no parameter for it). Exits non-zero when a job
# does not complete or skips a row. Settings: see selection-common.sh.
set -euo pipefail
source "$(dirname "$0")/selection-common.sh"
csv=$out/skd-scores.csv
[ -f "$csv" ] || { echo "$csv missing: run docs/benchmarks/selection-data.sh first" >&2; exit 1; }
rows=$(( $(wc -l <"$csv") - 1 ))
read -r before changes < <(bench count-skd "$period")
xml=$here/../../batch/src/main/resources/META-INF/batch-jobs/skd-score-import.xml
chunk=$(grep -o 'item-count="[^"]*"' "$xml" 2>/dev/null | grep -o '[0-9][0-9]*' | tail -1 || true)

echo "== ASN Sofifi SKD score import ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, period $period) =="
echo "rows: $rows (CSV $(( $(stat -c %s "$csv") / 1024 )) KiB); chunk size ${chunk:-?} (default in this tree's job XML);" \
  "SKD scores of the period before: $before"
[ "$before" = 0 ] || echo "warning: the period already has SKD scores, so the first run is not a first import" >&2

failed=0
import() {
  local label=$1
  run_job "$label" "/api/v1/periods/$period/skd-score-imports" -H 'Content-Type: text/csv' --data-binary "@$csv"
  local read written skipped errors
  read=$(field read "$job_json") written=$(field written "$job_json") skipped=$(field skipped "$job_json")
  errors=$(field errorCount "$job_json")
  printf '%-13s job %s %s: wall %6s s = %6s rows/s; job %6s s = %6s rows/s; read %s, written %s, skipped %s, errors %s   [load %s]\n' \
    "$label" "$job_id" "$job_state" "$(secs "$wall_ms")" "$(rate "$rows" "$wall_ms")" "$(secs "$job_ms")" \
    "$(rate "$rows" "$job_ms")" "$read" "$written" "$skipped" "$errors" "$(load)"
  if [ "$job_state" != COMPLETED ] || [ "$skipped" != 0 ]; then
    failed=1
    echo "  job $job_id: $job_json" | cut -c1-2000 >&2
  fi
}
if [ "$before" = 0 ]; then import "first import"; else import "import"; fi
read -r after changes < <(bench count-skd "$period")
echo "  skd_score rows of the period: $after; score_change rows: $changes"
import "re-import"
read -r after changes < <(bench count-skd "$period")
echo "  skd_score rows of the period: $after; score_change rows: $changes"
for kind in logged unlogged; do
  read -r copied ms < <(bench copy-raw "$csv" "$kind")
  printf 'raw COPY     %-8s table: %d rows in %6s s = %6s rows/s   [load %s]\n' "$kind" "$copied" "$(secs "$ms")" \
    "$(rate "$copied" "$ms")" "$(load)"
done
read -r staged inserted copy_ms insert_ms < <(bench set-based "$period" "$csv")
printf 'set-based: COPY %d rows into a staging table %s s + INSERT ... SELECT of %d rows into a copy of skd_score %s s = %s rows/s   [load %s]\n' \
  "$staged" "$(secs "$copy_ms")" "$inserted" "$(secs "$insert_ms")" "$(rate "$inserted" $(( copy_ms + insert_ms )))" "$(load)"
echo "target: >= 150000 rows/s for the import"
exit $failed
