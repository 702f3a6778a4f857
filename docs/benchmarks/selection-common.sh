# Shared by the selection benchmarks (selection-data.sh, skd-ranking.sh, skd-import.sh); sourced, not run.
# Settings (environment): ASN_BASE_URL (http://localhost:8080), ASN_TOKEN (demo admin token), ASN_DB_URL
# (jdbc:postgresql://localhost:15432/asn), ASN_DB_USER / ASN_DB_PASSWORD (asn / asn), ASN_PERIOD (BENCH-SEL),
# ASN_DATA_OUT (directory of the generated CSVs, /tmp/asn-selection-bench), ASN_TIMEOUT (s per job, 3600).
base=${ASN_BASE_URL:-http://localhost:8080}
token=${ASN_TOKEN:-demo-admin-token-asn-sofifi}
period=${ASN_PERIOD:-BENCH-SEL}
out=${ASN_DATA_OUT:-/tmp/asn-selection-bench}
timeout_s=${ASN_TIMEOUT:-3600}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
auth=(-H "Authorization: Bearer $token")

# the newest PostgreSQL JDBC driver in the local Maven repository (the build put it there)
pg_jar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
[ -n "$pg_jar" ] || { echo "no PostgreSQL JDBC driver under ~/.m2/repository/org/postgresql (run ./mvnw -q package -DskipTests once)" >&2; exit 1; }
# NIKs are written hashed and sealed (ASN-RULES 6) with the server's key file and the persistence module's classes
export ASN_NIK_KEY_FILE=${ASN_NIK_KEY_FILE:-$here/../../data/nik-keys.properties}
classes="$here/../../persistence/target/classes"
[ -d "$classes" ] || { echo "no $classes (run ./mvnw -q package -DskipTests once)" >&2; exit 1; }
bench() { java -cp "$pg_jar:$classes" "$here/SelectionBench.java" "$@"; }

. "$here/job-common.sh"
