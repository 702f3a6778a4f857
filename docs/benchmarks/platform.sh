#!/usr/bin/env bash
# Platform baseline (issue: "The platform, proven end to end"): measures, on this machine,
#  1. time from `./mvnw -Prun` start to the portal answering, first start (empty data) and restart;
#  2. WildFly boot + EAR deploy time as WildFly reports it (WFLYSRV0025);
#  3. resident memory of the running WildFly JVM after the portal and API were used;
#  4. transfer size of the public formations page, gzip-compressed: first load (HTML + CSS) and
#     repeat load (HTML only, when the CSS is cacheable).
# Uses its own data directory and the run command's ports (8080, 9990, 15432): stop ./mvnw -Prun first.
# Needs a warm Maven cache (run ./mvnw -q package -DskipTests once before) so downloads are not timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d /tmp/asn-bench-XXXX)
log=$data/run.log

now_ms() { date +%s%3N; }

start_system() {
  : >"$log"
  local t0; t0=$(now_ms)
  setsid ./mvnw -q -Prun -Dasn.data.dir="$data" >>"$log" 2>&1 &
  mvn_pid=$!
  until curl -sf -o /dev/null http://localhost:8080/; do
    kill -0 "$mvn_pid" 2>/dev/null || { echo "run command died, see $log"; exit 1; }
    sleep 0.2
  done
  elapsed=$(( $(now_ms) - t0 ))
}

stop_system() {
  kill -TERM "$mvn_pid"
  wait "$mvn_pid" 2>/dev/null || true
  while curl -s -o /dev/null http://localhost:8080/ 2>/dev/null; do sleep 0.5; done
}

boot_ms() { grep -o 'started in [0-9]*ms' "$data/server/log/server.log" | tail -1 | grep -o '[0-9]*'; }

start_system
first=$elapsed first_boot=$(boot_ms)
stop_system
start_system
second=$elapsed second_boot=$(boot_ms)

# use the system a little, as a visitor and an agency would, before reading memory
for _ in $(seq 1 20); do
  curl -s -o /dev/null http://localhost:8080/
  curl -s -o /dev/null "http://localhost:8080/index.xhtml?q=guru"
  curl -s -o /dev/null http://localhost:8080/api/v1/periods
done
pid=$(pgrep -f "java.*-D\[Standalone\].*jboss.server.base.dir=$data/server" | head -1)
rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')

page_bytes=$(curl -s -H 'Accept-Encoding: gzip' -o "$data/page.gz" -w '%{size_download}' http://localhost:8080/)
css_total=0
cacheable=yes
for href in $( (gzip -dc "$data/page.gz" 2>/dev/null || cat "$data/page.gz") | grep -o 'href="[^"]*\.css[^"]*"' | sed 's/href="//;s/"$//;s/&amp;/\&/g'); do
  size=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://localhost:8080$href")
  css_total=$((css_total + size))
  curl -s -D - -o /dev/null "http://localhost:8080$href" | grep -qiE '^(expires|cache-control: .*max-age)' || cacheable=no
done
stop_system

echo "== ASN Sofifi platform baseline ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores) =="
echo "run command to portal answering, first start (empty data, seeding): ${first} ms"
echo "run command to portal answering, restart (data kept):                ${second} ms"
echo "WildFly boot + EAR deploy (WFLYSRV0025), first start / restart:      ${first_boot} ms / ${second_boot} ms"
echo "WildFly resident memory after use:                                    $((rss_kb / 1024)) MB"
echo "portal formations page, gzip: HTML ${page_bytes} B + CSS ${css_total} B = $((page_bytes + css_total)) B first load"
echo "portal formations page, gzip, repeat load (CSS cached: ${cacheable}):   ${page_bytes} B"
rm -rf "$data"
