#!/usr/bin/env bash
# Employee import (issue 10, benchmark a): measures, against a running system on a fresh data directory,
#  1. the `employee-import` batch job over the API with ROWS generated employees (NIP and NIK agreeing with birth
#     date, sex and TMT, spread over the system's work units): wall clock from the POST to COMPLETED seen and the
#     job's startedAt -> endedAt, as rows/s;
#  2. re-import of the same file (every row an update), the same figures;
#  3. beside them, a plain SQL COPY of the same file into a scratch table of text columns (bench_copy), rows/s.
# The CSV is generated deterministically by WorkforceBench.java (JDK 17 and the PostgreSQL JDBC driver only).
# Exits non-zero when a job does not complete or skips a row.
# Settings: ASN_BASE_URL (http://localhost:8080), ASN_TOKEN (demo admin token), ASN_ROWS (100000), ASN_SEED
# (20261203), ASN_TIMEOUT (s per job, 3600), ASN_DB_URL / ASN_DB_USER / ASN_DB_PASSWORD (for the COPY).
set -euo pipefail
rows=${ASN_ROWS:-100000}
seed=${ASN_SEED:-20261203}
source "$(dirname "$0")/workforce-common.sh"

units=$(curl -sf "$base/api/v1/work-units" | grep -o '"code":"[^"]*"' | sed 's/"code":"//; s/"$//' \
  | grep -v '^BENCH-' | paste -sd, -) || { echo "cannot list the work units at $base (is the system running?)" >&2; exit 1; }
csv=$work/employees.csv
t0=$(now_ms)
bench employees "$rows" "$seed" "$units" 0 "$csv"
gen_ms=$(( $(now_ms) - t0 ))
chunk=$(grep -o 'item-count="[^"]*"' "$here/../../batch/src/main/resources/META-INF/batch-jobs/employee-import.xml" \
  | grep -o '[0-9][0-9]*' | tail -1 || true)

echo "== ASN Sofifi employee import ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores) =="
echo "rows: $rows (CSV $(( $(stat -c %s "$csv") / 1024 )) KiB, seed $seed, generated in ${gen_ms} ms);" \
  "$(echo "$units" | tr ',' '\n' | wc -l) work units; chunk size ${chunk:-?}"
import_file "first import" /api/v1/employee-imports "$csv" "$rows"
import_file "re-import" /api/v1/employee-imports "$csv" "$rows"
read -r copied ms < <(bench copy "$csv")
printf 'plain COPY into a scratch table: %d rows in %6s s = %6s rows/s   [load %s]\n' "$copied" "$(secs "$ms")" \
  "$(rate "$copied" "$ms")" "$(load)"
exit $failed
