# Shared by the benchmark scripts that start a batch job over the API and time it; sourced, not run.
# Expects base (the system's URL), auth (curl's Authorization header arguments) and timeout_s (s per job).
now_ms() { date +%s%3N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# first occurrence of a top-level scalar field in the job JSON (the error items carry other names)
field() {
  local v
  v=$(grep -o "\"$1\":\(\"[^\"]*\"\|[^,}]*\)" <<<"$2") || true
  v=${v%%$'\n'*} v=${v#*\":} v=${v#\"} v=${v%\"}
  printf '%s' "$v"
}
iso_ms() { date -d "$1" +%s%3N; }
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", (ms > 0 ? n * 1000 / ms : 0) }'; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# run_job LABEL PATH [CURL ARGS...]: POSTs, polls GET /jobs/{id} every 0.5 s until the job ends; sets job_id,
# job_state, job_json, wall_ms (POST to end seen) and job_ms (the job's startedAt to endedAt)
run_job() {
  local label=$1 path=$2 t0 response started ended
  shift 2
  t0=$(now_ms) post_ms=$t0
  response=$(curl -s -w '\n%{http_code}' -X POST "${auth[@]}" "$@" "$base$path" || true)
  if [ "${response##*$'\n'}" != 202 ]; then
    echo "$label: POST $path answered HTTP ${response##*$'\n'}: ${response%$'\n'*}" >&2
    exit 1
  fi
  job_id=$(field jobId "${response%$'\n'*}")
  while :; do
    job_json=$(curl -sf "${auth[@]}" "$base/api/v1/jobs/$job_id") || { echo "$label: polling job $job_id failed" >&2; exit 1; }
    job_state=$(field status "$job_json")
    case $job_state in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
    if [ $(( $(now_ms) - t0 )) -gt $(( timeout_s * 1000 )) ]; then job_state=TIMEOUT; break; fi
    sleep 0.5
  done
  wall_ms=$(( $(now_ms) - t0 ))
  started=$(field startedAt "$job_json") ended=$(field endedAt "$job_json")
  job_ms=0
  if [ -n "$started" ] && [ "$started" != null ] && [ -n "$ended" ] && [ "$ended" != null ]; then
    job_ms=$(( $(iso_ms "$ended") - $(iso_ms "$started") ))
  fi
}
