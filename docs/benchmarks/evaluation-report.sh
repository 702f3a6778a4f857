#!/usr/bin/env bash
# Periodic evaluation report (issue 11), against a running system on a fresh data directory:
#  1. the OPD BENCH-EV with 20 bidang (POST /work-units) and EMPLOYEES employees in them (employee import over the
#     API); then by SQL (EvaluationReportBench.java fill) one service unit per bidang, RESPONSES survey responses
#     and COMPLAINTS complaints in the quarter that ended last, and that quarter's SKP assessment of every employee;
#  2. POST /evaluation-reports for that quarter and BENCH-EV (21 units: the OPD and its bidang), timed from the
#     POST to COMPLETED seen and by the job's own startedAt→endedAt;
#  3. beside it, one SQL aggregate statement of the same figures per unit (EvaluationReportBench.java aggregate),
#     RUNS times, median.
# Settings: ASN_EMPLOYEES (10000), ASN_RESPONSES (200000), ASN_COMPLAINTS (20000), ASN_RUNS (7), ASN_SEED, and those
# of workforce-common.sh (ASN_BASE_URL, ASN_TOKEN, ASN_TIMEOUT, ASN_DB_URL / ASN_DB_USER / ASN_DB_PASSWORD).
set -euo pipefail
employees=${ASN_EMPLOYEES:-10000}
responses=${ASN_RESPONSES:-200000}
complaints=${ASN_COMPLAINTS:-20000}
runs=${ASN_RUNS:-7}
seed=${ASN_SEED:-20261211}
source "$(dirname "$0")/workforce-common.sh"
opd=BENCH-EV
month=$(( ( $(date +%-m) - 1 ) / 3 * 3 + 1 ))
from=$(date -d "$(date +%Y)-$(printf %02d $month)-01 -3 months" +%F)
to=$(date -d "$from +3 months -1 day" +%F)
report() { java -cp "$pg_jar" "$here/EvaluationReportBench.java" "$@"; }

echo "== ASN Sofifi evaluation report ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $from to $to) =="
status=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -X POST -H 'Content-Type: application/json' \
  -d "{\"code\":\"$opd\",\"name\":\"Badan Uji Laporan Evaluasi\"}" "$base/api/v1/work-units")
[ "$status" = 201 ] || { echo "cannot create $opd (HTTP $status): start on a fresh data directory" >&2; exit 1; }
units=
for i in $(seq -w 1 20); do
  curl -sf -o /dev/null "${auth[@]}" -X POST -H 'Content-Type: application/json' \
    -d "{\"code\":\"$opd-$i\",\"name\":\"Bidang Evaluasi $i\",\"parentCode\":\"$opd\"}" "$base/api/v1/work-units"
  units=${units:+$units,}$opd-$i
done
bench employees "$employees" "$seed" "$units" 700000 "$work/employees.csv"
import_file "employees" /api/v1/employee-imports "$work/employees.csv" "$employees"
echo "fill: $(report fill "$opd" "$from" "$responses" "$complaints")   [load $(load)]"

run_job "evaluation report" /api/v1/evaluation-reports -H 'Content-Type: application/json' \
  -d "{\"from\":\"$from\",\"to\":\"$to\",\"workUnit\":\"$opd\"}"
printf 'report job %s %s: wall %s s; job %s s   [load %s]\n' "$job_id" "$job_state" "$(secs "$wall_ms")" \
  "$(secs "$job_ms")" "$(load)"
[ "$job_state" = COMPLETED ] || failed=1
sql=()
for _ in $(seq 1 "$runs"); do
  read -r rows ms < <(report aggregate "$opd" "$from")
  sql+=("$ms")
done
echo "one SQL aggregate ($rows units): median $(printf '%s\n' "${sql[@]}" | sort -n \
  | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }') ms of $runs   [load $(load)]"
exit $failed
