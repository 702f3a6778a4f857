# Shared by the workforce and development benchmarks (employee-import.sh, compliance.sh); sourced, not run.
base=${ASN_BASE_URL:-http://localhost:8080}
token=${ASN_TOKEN:-demo-admin-token-asn-sofifi}
timeout_s=${ASN_TIMEOUT:-3600}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
auth=(-H "Authorization: Bearer $token")
work=$(mktemp -d /tmp/asn-workforce-bench-XXXX)
trap 'rm -rf "$work"' EXIT

# the newest PostgreSQL JDBC driver in the local Maven repository (the build put it there)
pg_jar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
[ -n "$pg_jar" ] || { echo "no PostgreSQL JDBC driver under ~/.m2/repository/org/postgresql" >&2; exit 1; }
bench() { java -cp "$pg_jar" "$here/WorkforceBench.java" "$@"; }

. "$here/job-common.sh"

failed=0
# import_file LABEL PATH CSV ROWS: posts the CSV, waits for the job's end (run_job), prints one result line
import_file() {
  local label=$1 path=$2 csv=$3 rows=$4 read written skipped
  run_job "$label" "$path" -H 'Content-Type: text/csv' --data-binary "@$csv"
  read=$(field read "$job_json") written=$(field written "$job_json") skipped=$(field skipped "$job_json")
  printf '%-15s job %s %s: wall %6s s = %6s rows/s; job %6s s = %6s rows/s; read %s, written %s, skipped %s   [load %s]\n' \
    "$label" "$job_id" "$job_state" "$(secs "$wall_ms")" "$(rate "$rows" "$wall_ms")" "$(secs "$job_ms")" \
    "$(rate "$rows" "$job_ms")" "$read" "$written" "$skipped" "$(load)"
  if [ "$job_state" != COMPLETED ] || [ "$skipped" != 0 ]; then
    failed=1
    echo "  job $job_id: $job_json" | cut -c1-2000 >&2
  fi
}
