#!/usr/bin/env bash
# Applicant CSV import (issue 3): measures, against a running system, the `application-import` batch job
#  1. first import of ROWS generated applications into a period: wall clock from the POST to the job
#     being seen COMPLETED (upload, staging, header check, job start, the rows; polled every 0.5 s),
#     and the job's own startedAt -> endedAt; rows/s from both;
#  2. re-import of the same file (every row becomes an idempotent update), the same figures.
# The CSV is generated deterministically (fixed seed) by an embedded single-file Java program, so the
# benchmark needs only JDK 17 and curl. Its NIKs and registration numbers (BENCH-0000001...) must be
# new to the system, so start it on a fresh data directory (./mvnw -Prun -Dasn.data.dir=<new dir>);
# the script refuses to run when BENCH-0000001 is already known.
# 100,000 rows are ~12.5 MB: more than WildFly's default max-post-size (10 MiB), which answers an
# empty 400 to a larger body (configure.cli raises it to 256 MiB). The chunk size is the job XML's
# item-count; the API has no parameter for it.
# Exits non-zero when a job does not end COMPLETED or skips a row.
#
# Settings (environment): ASN_BASE_URL (http://localhost:8080), ASN_TOKEN (demo admin token),
# ASN_PERIOD (CPNS-<this year>), ASN_ROWS (100000), ASN_SEED (20261128), ASN_TIMEOUT (s per job, 3600).
set -euo pipefail
base=${ASN_BASE_URL:-http://localhost:8080}
token=${ASN_TOKEN:-demo-admin-token-asn-sofifi}
period=${ASN_PERIOD:-CPNS-$(date +%Y)}
rows=${ASN_ROWS:-100000}
seed=${ASN_SEED:-20261128}
timeout_s=${ASN_TIMEOUT:-3600}

work=$(mktemp -d /tmp/asn-import-bench-XXXX)
trap 'rm -rf "$work"' EXIT
auth=(-H "Authorization: Bearer $token")

. "$(cd "$(dirname "$0")" && pwd)/job-common.sh"

formations=$(curl -sf "$base/api/v1/periods/$period/formations?size=500" | grep -o '"code":"[^"]*"' \
  | sed 's/"code":"//; s/"$//' | LC_ALL=C sort | paste -sd, -) \
  || { echo "cannot list the formations of $period at $base (is the system running?)" >&2; exit 1; }
[ -n "$formations" ] || { echo "period $period has no formations" >&2; exit 1; }

cat >"$work/Generator.java" <<'JAVA'
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/** Writes ROWS plausible applications: java Generator.java ROWS SEED FORMATION,CODES OUT.csv */
public class Generator {
    static final String[] MEN = {"Ahmad", "Budi", "Rizky", "Muhammad", "Agus", "Hendra", "Fajar", "Dedi",
            "Irfan", "Yusuf", "Arif", "Bayu", "Rahmat", "Andi", "Samsul", "Taufik", "Hasan", "Ilham", "Reza",
            "Gilang", "Wahyu", "Joko", "Fadli", "Abdul", "Jefri", "Ridwan", "Sandi", "Yohanis", "Marthen",
            "Frans"};
    static final String[] WOMEN = {"Siti", "Nur", "Dewi", "Fitri", "Sri", "Rina", "Ayu", "Putri", "Indah",
            "Wulan", "Nurul", "Aisyah", "Lestari", "Maya", "Ratna", "Yuliana", "Rahmawati", "Anisa", "Dian",
            "Fatimah", "Kartika", "Novita", "Sartika", "Mariam", "Salma", "Hartini", "Agustina", "Maria",
            "Yunita", "Intan"};
    static final String[] FAMILY = {"Saleh", "Hamid", "Umar", "Djafar", "Abbas", "Kiat", "Tidore", "Ternate",
            "Pratama", "Saputra", "Wijaya", "Hidayat", "Kurniawan", "Santoso", "Nugroho", "Siregar", "Nasution",
            "Lubis", "Harahap", "Manurung", "Pattimura", "Latuconsina", "Tuasikal", "Ohorella", "Syamsudin",
            "Hasanuddin", "Rumbia", "Lasut", "Kaunang", "Malik", "Hakim", "Sangaji", "Gani", "Buamona", "Sahril"};
    static final String[] S1 = {"S-1 Psikologi", "S-1 Teknik Informatika", "S-1 Keperawatan + Ners",
            "S-1 Pendidikan Matematika", "S-1 Pendidikan Biologi", "S-1 Teknik Sipil", "S-1 Ekonomi Pembangunan",
            "S-1 Kesehatan Masyarakat", "S-1 Farmasi", "S-1 Ilmu Hukum", "S-1 Administrasi Negara",
            "S-1 Manajemen"};
    static final String[] OTHER = {"D-III Kebidanan", "D-III Keperawatan", "D-III Radiologi", "D-IV Analis Kesehatan",
            "Profesi Dokter", "Profesi Apoteker", "S-2 Manajemen Sumber Daya Manusia", "S-2 Teknik Sipil",
            "D-III Teknik Komputer", "D-IV Perencanaan Wilayah"};
    /** Province codes of the NIK's first two digits (Dukcapil). */
    static final int[] PROVINCES = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
            61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 94};

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        String[] formations = args[2].split(",");
        long from = LocalDate.of(1985, 1, 1).toEpochDay();
        long days = LocalDate.of(2003, 12, 31).toEpochDay() - from + 1;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            out.write("registration_number,nik,full_name,birth_date,sex,formation_code,education,gpa,email,"
                    + "administration_result\n");
            for (int i = 0; i < rows; i++) {
                boolean woman = random.nextBoolean();
                String first = pick(random, woman ? WOMEN : MEN);
                String name = switch (random.nextInt(10)) {
                    case 0 -> first; // one-word names are common
                    case 1, 2 -> first + " " + pick(random, woman ? WOMEN : MEN) + " " + pick(random, FAMILY);
                    default -> first + " " + pick(random, FAMILY);
                };
                LocalDate birth = LocalDate.ofEpochDay(from + random.nextInt((int) days));
                // region PP KK CC and serial SSSS from the row number: 9,999 serials per region, so unique;
                // regency codes 01-30 keep clear of the demo applicant (8272…)
                int region = i / 9999;
                String nik = String.format(Locale.ROOT, "%02d%02d%02d%02d%02d%02d%04d",
                        PROVINCES[region % PROVINCES.length], 1 + region / PROVINCES.length % 30,
                        1 + region / PROVINCES.length / 30 % 30, birth.getDayOfMonth() + (woman ? 40 : 0),
                        birth.getMonthValue(), birth.getYear() % 100, i % 9999 + 1);
                String education = random.nextInt(100) < 60 ? pick(random, S1) : pick(random, OTHER);
                int gpa = 250 + random.nextInt(151);
                String email = random.nextInt(10) < 8
                        ? name.toLowerCase(Locale.ROOT).replace(' ', '.') + (i + 1) + "@example.com" : "";
                int r = random.nextInt(100);
                String result = r < 30 ? "MS" : r < 35 ? "TMS" : "";
                out.write(String.join(",", String.format(Locale.ROOT, "BENCH-%07d", i + 1), nik, name,
                        birth.toString(), woman ? "F" : "M", pick(random, formations), education,
                        String.format(Locale.ROOT, "%d.%02d", gpa / 100, gpa % 100), email, result));
                out.write('\n');
            }
        }
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
JAVA

csv=$work/applications.csv
t0=$(now_ms)
java "$work/Generator.java" "$rows" "$seed" "$formations" "$csv"
gen_ms=$(( $(now_ms) - t0 ))

status=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$base/api/v1/applications/BENCH-0000001")
if [ "$status" != 404 ]; then
  echo "BENCH-0000001 is already known (HTTP $status): start the system on a fresh data directory" >&2
  echo "(./mvnw -Prun -Dasn.data.dir=<new dir>) so the first import inserts." >&2
  exit 1
fi

failed=0
# run_import LABEL: posts the file, waits for the job's end (run_job), prints one result line
run_import() {
  local label=$1
  run_job "$label" "/api/v1/periods/$period/application-imports" -H 'Content-Type: text/csv' --data-binary "@$csv"
  local read written skipped
  read=$(field read "$job_json") written=$(field written "$job_json") skipped=$(field skipped "$job_json")
  printf '%-13s job %s %s: wall %6s s = %6s rows/s; job %6s s = %6s rows/s; read %s, written %s, skipped %s\n' \
    "$label" "$job_id" "$job_state" "$(secs "$wall_ms")" "$(rate "$rows" "$wall_ms")" "$(secs "$job_ms")" \
    "$(rate "$rows" "$job_ms")" "$read" "$written" "$skipped"
  if [ "$job_state" != COMPLETED ] || [ "$skipped" != 0 ]; then
    failed=1
    echo "  job $job_id: $job_json" | cut -c1-2000 >&2
  fi
}

xml=batch/src/main/resources/META-INF/batch-jobs/application-import.xml
# item-count="1000" or item-count="#{jobParameters['chunkSize']}?:1000;": the number is the default
chunk=$(cd "$(dirname "$0")/../.." && grep -o 'item-count="[^"]*"' "$xml" 2>/dev/null | grep -o '[0-9][0-9]*' | tail -1 || true)
echo "== ASN Sofifi applicant import ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, period $period) =="
echo "rows: $rows (CSV $(( $(stat -c %s "$csv") / 1024 )) KiB, seed $seed, generated in ${gen_ms} ms);" \
  "chunk size: ${chunk:-?} (item-count in this tree's job XML)"
echo "wall = POST to COMPLETED seen (0.5 s polling); job = the job's startedAt to endedAt"
run_import "first import"
run_import "re-import"
exit $failed
