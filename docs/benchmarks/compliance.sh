#!/usr/bin/env bash
# JP compliance (issue 10, benchmark b), against a running system on a fresh data directory:
#  1. the OPD BENCH-JP with 20 bidang (POST /work-units) and EMPLOYEES employees in them (employee import over
#     the API), then PER_EMPLOYEE trainings held elsewhere for each, completed this year (training record import
#     over the API: 10,000 × 20 = 200,000 rows), both timed as rows/s;
#  2. GET /development/compliance?year=&workUnit=BENCH-JP&page=0&size=50 (one page) and
#     GET /development/compliance/units (the per-unit summary, which reads every employee of the OPD), RUNS times
#     each, as time to the last byte (curl time_total), first (cold) and median of the rest;
#  3. the staff screen /staff/admin/compliance.xhtml as the administrator sees it first (signed in by the login
#     form with the demo account; every unit of the province, so every employee in the database), RUNS times;
#  4. beside them, plain SQL over the same tables: the page (50 by name) and all employees of the OPD, each with
#     the JP of the year summed, RUNS times, median.
# ASN_REUSE=1 skips step 1 and measures again on the data a previous run loaded.
# Settings: ASN_EMPLOYEES (10000), ASN_PER_EMPLOYEE (20), ASN_RUNS (7), ASN_SEED (20261204), ASN_USER /
# ASN_PASSWORD (admin / admin123), and those of workforce-common.sh (ASN_BASE_URL, ASN_TOKEN, ASN_TIMEOUT,
# ASN_DB_URL / ASN_DB_USER / ASN_DB_PASSWORD).
set -euo pipefail
employees=${ASN_EMPLOYEES:-10000}
per=${ASN_PER_EMPLOYEE:-20}
runs=${ASN_RUNS:-7}
seed=${ASN_SEED:-20261204}
year=$(date +%Y)
source "$(dirname "$0")/workforce-common.sh"
opd=BENCH-JP

echo "== ASN Sofifi JP compliance ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, year $year) =="
if [ "${ASN_REUSE:-}" != 1 ]; then
status=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -X POST -H 'Content-Type: application/json' \
  -d "{\"code\":\"$opd\",\"name\":\"Badan Uji Kepatuhan JP\"}" "$base/api/v1/work-units")
[ "$status" = 201 ] || { echo "cannot create $opd (HTTP $status): start on a fresh data directory" >&2; exit 1; }
units=
for i in $(seq -w 1 20); do
  curl -sf -o /dev/null "${auth[@]}" -X POST -H 'Content-Type: application/json' \
    -d "{\"code\":\"$opd-$i\",\"name\":\"Bidang Uji $i\",\"parentCode\":\"$opd\"}" "$base/api/v1/work-units"
  units=${units:+$units,}$opd-$i
done
bench employees "$employees" "$seed" "$units" 500000 "$work/employees.csv"
bench records "$work/employees.csv" "$per" "$year" "$seed" "$work/records.csv"
records=$(( $(wc -l <"$work/records.csv") - 1 ))
import_file "employees" /api/v1/employee-imports "$work/employees.csv" "$employees"
import_file "training records" /api/v1/training-record-imports "$work/records.csv" "$records"
fi

# times URL [CURL ARGS...]: RUNS requests; prints "cold X s, median of the rest Y s"
times() {
  local url=$1 all=() t
  shift
  for _ in $(seq 1 "$runs"); do
    t=$(curl -s -o "$work/answer" -w '%{http_code} %{time_total}' "$@" "$url")
    [ "${t%% *}" = 200 ] || { echo "GET $1 answered ${t%% *}: $(head -c 500 "$work/answer")" >&2; exit 1; }
    all+=("${t#* }")
  done
  printf 'cold %s s, median of the rest %s s' "${all[0]}" \
    "$(printf '%s\n' "${all[@]:1}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
}
echo "API page (50 of $opd, by name): $(times "$base/api/v1/development/compliance?year=$year&workUnit=$opd&page=0&size=50" "${auth[@]}")"
echo "  $(grep -o '"total":[0-9]*' "$work/answer")"
echo "API per-unit summary of $opd:     $(times "$base/api/v1/development/compliance/units?year=$year&workUnit=$opd" "${auth[@]}")"
echo "  $(grep -o '"workUnit"' "$work/answer" | wc -l) units"
# the screen: sign in through the JSF login form (its view state and the session cookie), then GET the page
jar=$work/cookies
login=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$login" | sed 's/.*value="//; s/"$//')
signed=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode login=login \
  --data-urlencode "username=${ASN_USER:-admin}" --data-urlencode "password=${ASN_PASSWORD:-admin123}" \
  --data-urlencode submit=x --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
[[ $signed == */staff/* ]] || { echo "login as ${ASN_USER:-admin} failed" >&2; exit 1; }
everyone=$(curl -sf "${auth[@]}" "$base/api/v1/employees?size=1" | grep -o '"total":[0-9]*' | grep -o '[0-9]*')
echo "screen, every unit ($everyone employees): $(times "$base/staff/admin/compliance.xhtml" -b "$jar")"
echo "  $(stat -c %s "$work/answer") bytes, $(grep -c '<canvas' "$work/answer") chart"
page=() all=()
for _ in $(seq 1 "$runs"); do
  read -r page_rows page_ms all_rows all_ms < <(bench aggregate "$year" "$opd")
  page+=("$page_ms") all+=("$all_ms")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "plain SQL page ($page_rows rows): median $(median "${page[@]}") ms; all ($all_rows rows): median $(median "${all[@]}") ms   [load $(load)]"
exit $failed
