#!/usr/bin/env bash
# Issue 14: the SKD import's write path before and after, on a PostgreSQL of its own (no application server):
# see SkdImportWriteBench.java. Arguments: JDBC URL (jdbc:postgresql://localhost:15733/asn, user asn, no password),
# rows (200000), chunk (5000, the job XML's default), optionally the paths (e.g. "V37 no FK" alone). Needs ./mvnw -q -o package -DskipTests once (the classes).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
pg_jar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
api_jar=$(ls ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/*/jakarta.jakartaee-api-*.jar | tail -1)
cp="$pg_jar:$api_jar:$root/persistence/target/classes:$root/batch/target/classes"
echo "== SKD import write path ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
java -Xmx2g -cp "$cp" "$here/SkdImportWriteBench.java" "${1:-jdbc:postgresql://localhost:15733/asn}" "${2:-200000}" \
  "${3:-5000}" ${4:+"$4"}
