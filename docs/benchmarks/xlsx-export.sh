#!/usr/bin/env bash
# XLSX export (issue 10): the project's streaming writer (platform.web.Xlsx) beside Apache POI's SXSSF on the
# same 10,000 rows, in one JVM, plus what each would add to the EAR. Needs no running system.
# Settings: ASN_ROWS (10000).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl web -am package -DskipTests -Dspotless.check.skip=true >/dev/null
cp_file=$(mktemp)
./mvnw -q -B -pl web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="web/target/classes:$(cat "$cp_file")"
out=$(mktemp -d)
javac -d "$out" -cp "$cp" docs/benchmarks/XlsxBench.java
echo "== ASN Sofifi XLSX export ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores) =="
java -Xmx512m -cp "$out:$cp" XlsxBench "${ASN_ROWS:-10000}"
poi_kb=$(tr ':' '\n' <"$cp_file" | grep -E '/(poi|poi-ooxml|poi-ooxml-lite|xmlbeans|commons-compress|commons-io|commons-collections4|commons-math3|SparseBitSet|log4j-api|commons-codec|curvesapi)-[^/]*\.jar$' | xargs du -ck | tail -1 | cut -f1)
echo "jars Apache POI would add to the EAR: ${poi_kb} KiB; platform.web.Xlsx: $(du -k web/target/classes/id/sofifi/asn/platform/web/Xlsx.class | cut -f1) KiB"
