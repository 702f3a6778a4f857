#!/usr/bin/env bash
# Announcement day (issue 4, benchmark 3): requests/s and p99 latency of looking up one entry of a
# published announcement by registration number, under CONNECTIONS concurrent connections from `wrk`
# on loopback, beside WildFly serving a static file in the same run. Three targets, all warmed up
# for WARMUP seconds each, then each measured for DURATION seconds:
#   api    GET /api/v1/announcements/{id}/entries/{registrationNumber}   (JSON, random numbers)
#   page   GET /hasil-seleksi/entri.xhtml?id={id}&no={registrationNumber} (the public HTML page with QR link)
#   static GET /resources/asn/portal.css                                   (a file from the web archive)
# The announcement is prepared (admin token) and approved (supervisor token) by this script from the
# stage's results of ASN_PERIOD, so the publication time of a large list is printed too; pass
# ASN_ANNOUNCEMENT=<id> to reuse a published one. Registration numbers are sampled from the entries.
# Before the runs, the first look-up of one entry is timed alone: it builds the announcement's entries in memory.
# Needs a running system (./mvnw -Prun) with results (e.g. after docs/benchmarks/skd-ranking.sh) and
# wrk (Debian package `wrk`, installed here when missing, as root or with sudo).
#
# Settings (environment): ASN_BASE_URL (http://localhost:8080), ASN_PERIOD (BENCH-SEL), ASN_STAGE (SKD),
# ASN_ANNOUNCEMENT (none), CONNECTIONS (256), THREADS (2), WARMUP (5), DURATION (30), SAMPLE (5000).
set -euo pipefail
base=${ASN_BASE_URL:-http://localhost:8080}
period=${ASN_PERIOD:-BENCH-SEL}
stage=${ASN_STAGE:-SKD}
connections=${CONNECTIONS:-256}
threads=${THREADS:-2}
warmup=${WARMUP:-5}
duration=${DURATION:-30}
sample=${SAMPLE:-5000}
admin=(-H "Authorization: Bearer ${ASN_ADMIN_TOKEN:-demo-admin-token-asn-sofifi}")
supervisor=(-H "Authorization: Bearer ${ASN_SUPERVISOR_TOKEN:-demo-supervisor-token-asn-sofifi}")

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing Debian's wrk"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d /tmp/asn-lookup-bench-XXXX)
trap 'rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
json_number() { grep -o "\"$1\":[0-9]*" <<<"$2" | head -1 | cut -d: -f2; }

id=${ASN_ANNOUNCEMENT:-}
if [ -z "$id" ]; then
  t0=$(now_ms)
  draft=$(curl -sf -X POST "$base/api/v1/periods/$period/announcements" "${admin[@]}" \
    -H 'Content-Type: application/json' -d "{\"stage\":\"$stage\"}") \
    || { echo "cannot prepare a $stage announcement of $period at $base" >&2; exit 1; }
  t1=$(now_ms)
  id=$(json_number id "$draft")
  published=$(curl -sf -X POST "$base/api/v1/announcements/$id/approval" "${supervisor[@]}") \
    || { echo "cannot approve announcement $id" >&2; exit 1; }
  t2=$(now_ms)
  echo "announcement $id: $(json_number entries "$published") entries; prepared in $((t1 - t0)) ms," \
    "approved and hash-chained in $((t2 - t1)) ms"
fi

touch "$work/numbers"
entries=$(curl -sf "$base/api/v1/announcements/$id/entries?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
pages=$(( (entries + 499) / 500 ))
step=$(( pages / (sample / 500 + 1) + 1 ))
for ((p = 0; p < pages && $(wc -l < "$work/numbers" 2>/dev/null || echo 0) < sample; p += step)); do
  curl -sf "$base/api/v1/announcements/$id/entries?page=$p&size=500" \
    | grep -o '"registrationNumber":"[^"]*"' | cut -d'"' -f4 >> "$work/numbers"
done
echo "sampled $(wc -l < "$work/numbers") of $entries registration numbers"
# The first look-up of an announcement builds its entries in memory (AnnouncementLookup), seconds for a large one;
# readers meanwhile are answered from the database. Timed here on its own, so the warm-up and the measured run
# below see the server as announcement day does after its first minute.
t0=$(now_ms)
curl -sf -o /dev/null "$base/api/v1/announcements/$id/entries/$(head -1 "$work/numbers")"
echo "first look-up of an entry: $(( $(now_ms) - t0 )) ms (builds the announcement's entries in memory unless held)"

cat > "$work/random.lua" <<'LUA'
-- each request asks for a random sampled registration number: announcement-day traffic has no hot key
local numbers = {}
local prefix, suffix
function init(args)
  prefix, suffix = args[1], args[2] or ""
  for line in io.lines(args[3]) do numbers[#numbers + 1] = line end
  math.randomseed(os.time() + #numbers)
end
function request()
  return wrk.format("GET", prefix .. numbers[math.random(#numbers)] .. suffix)
end
LUA

targets=("api /api/v1/announcements/$id/entries/ random" "page /hasil-seleksi/entri.xhtml?id=$id&no= random"
  "static /resources/asn/portal.css")
wrk_on() { # seconds path random-or-empty [more wrk options]: one wrk run against path
  local seconds=$1 path=$2 random=${3:-}
  shift 3
  local script=()
  [ -n "$random" ] && script=(-s "$work/random.lua")
  wrk -t"$threads" -c"$connections" -d"${seconds}s" "$@" "${script[@]}" "$base$path" \
    ${random:+-- "$path" "" "$work/numbers"}
}

run() { # name path [random: append a sampled registration number to path]
  local name=$1 path=$2 random=${3:-}
  wrk_on "$duration" "$path" "$random" --latency > "$work/$name.txt"
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$name.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$work/$name.txt" | tr '\n' ' ' || true)
  printf '%-7s %12s req/s   p99 %8s   %s\n' "$name" "$rps" "$p99" "$errors"
}

echo "wrk: $threads threads, $connections connections, ${duration}s measured after ${warmup}s warm-up; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
# every target warmed before any is measured: the first one measured would otherwise also pay the JIT's
# compiling of what all three share (the server's request path), and look slower beside the others
for target in "${targets[@]}"; do
  read -r name path random <<<"$target"
  wrk_on "$warmup" "$path" "$random" >/dev/null 2>&1 || true
done
for target in "${targets[@]}"; do
  read -r name path random <<<"$target"
  run "$name" "$path" "$random"
done
