package id.sofifi.asn.benchmark;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * What the soak reads and writes, made before it through the public API with the demo tokens, as an agency would:
 * a work unit {@code SOAK-<run>} with a few citizens' complaints, and a CPNS period of its own with ten formations
 * there and ENTRIES applicants imported as already decided (MS), whose ADMINISTRATION announcement the admin
 * prepares and the supervisor publishes (hash-chained, so the lookups read a real published list). The demo data
 * (employees, trainings, forum topics) serves the rest of the mix. A run number keeps reruns on one database apart:
 * the NIKs' district digits carry it, the fiscal year (2095) keeps them clear of real periods.
 */
final class SoakData {
    private static final int FORMATIONS = 10;
    private static final int MAX_ENTRIES = 9999; // the NIK's four serial digits
    private static final int COMPLAINTS = 20;
    private static final int FISCAL_YEAR = 2095;

    /** The work unit of the soak's complaints and the published announcement with its registration numbers. */
    record Made(String unit, long announcement, List<String> registrationNumbers) {
    }

    private final Http http;
    private final Settings settings;
    private final String run = String.format(Locale.ROOT, "%04d", System.currentTimeMillis() / 1000 % 10_000);
    private final String code = "SOAK-" + run;

    SoakData(Http http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    Made make() throws IOException, InterruptedException {
        if (settings.entries() > MAX_ENTRIES) {
            throw new IllegalArgumentException("ENTRIES is at most " + MAX_ENTRIES + ", not " + settings.entries());
        }
        String admin = settings.adminToken();
        http.expect(201, http.post("/api/v1/work-units", admin, "application/json",
                "{\"code\":\"%s\",\"name\":\"Unit Uji Ketahanan %s\"}".formatted(code, run)));
        for (int i = 0; i < COMPLAINTS; i++) {
            http.expect(201, http.post("/api/v1/complaints", null, "application/json", complaint(code, i)));
        }
        http.expect(201, http.post("/api/v1/periods", admin, "application/json", """
                {"code":"%s","name":"Seleksi Uji Ketahanan %s","year":%d,"type":"CPNS",
                 "registrationOpens":"%d-01-02","registrationCloses":"%d-01-31"}""".formatted(code, run, FISCAL_YEAR,
                FISCAL_YEAR, FISCAL_YEAR)));
        for (int f = 1; f <= FORMATIONS; f++) {
            http.expect(201, http.post("/api/v1/periods/" + code + "/formations", admin, "application/json", """
                    {"code":"%s","position":"Analis Kebijakan Ahli Pertama","workUnit":"%s",
                     "education":"S-1 Ilmu Hukum","category":"GENERAL","quota":2}""".formatted(formation(f), code)));
        }
        List<String> numbers = IntStream.rangeClosed(1, settings.entries())
                .mapToObj(i -> String.format(Locale.ROOT, "%s-%05d", code, i)).toList();
        awaitJob(http.expect(202,
                http.post("/api/v1/periods/" + code + "/application-imports", admin, "text/csv", applications(numbers)))
                .getJsonNumber("jobId").longValue());
        long id = http.expect(201, http.post("/api/v1/periods/" + code + "/announcements", admin, "application/json",
                "{\"stage\":\"ADMINISTRATION\"}")).getJsonNumber("id").longValue();
        http.expect(200, http.post("/api/v1/announcements/" + id + "/approval", settings.supervisorToken(),
                "application/json", ""));
        return new Made(code, id, numbers);
    }

    /** A report as a citizen files it on the public form: every third public, anonymous, confidential. */
    static String complaint(String unit, long n) {
        return """
                {"kind":"COMPLAINT","privacy":"%s","title":"Pengaduan uji ketahanan %d",
                 "body":"Antrean di loket pelayanan nomor %d memakan waktu lama sekali.","workUnitCode":"%s",
                 "reporter":{"name":"Warga Uji %d","email":"warga%d@example.id"}}"""
                .formatted(List.of("PUBLIC", "ANONYMOUS", "CONFIDENTIAL").get((int) (n % 3)), n, n % 97, unit, n, n);
    }

    private String formation(int f) {
        return String.format(Locale.ROOT, "%s-F%02d", code, f);
    }

    /** One row per applicant, MS already decided; NIK region 91 + the run, born 1 May 1995, serial = row. */
    private String applications(List<String> numbers) {
        StringBuilder csv = new StringBuilder("registration_number,nik,full_name,birth_date,sex,formation_code,"
                + "education,gpa,email,administration_result\n");
        for (int i = 0; i < numbers.size(); i++) {
            csv.append(String.join(",", numbers.get(i), String.format(Locale.ROOT, "91%s010595%04d", run, i + 1),
                    "Pelamar Uji " + (i + 1), "1995-05-01", "M", formation(i % FORMATIONS + 1), "S-1 Ilmu Hukum",
                    "3.25", "", "MS")).append('\n');
        }
        return csv.toString();
    }

    private void awaitJob(long job) throws IOException, InterruptedException {
        for (int polls = 0; polls < 1200; polls++) {
            JsonObject state = http.expect(200, http.get("/api/v1/jobs/" + job, settings.adminToken()));
            switch (state.getString("status")) {
                case "COMPLETED" -> {
                    if (state.getJsonNumber("skipped").longValue() > 0) {
                        throw new IllegalStateException("the application import skipped rows: " + state);
                    }
                    return;
                }
                case "FAILED", "STOPPED", "ABANDONED" -> throw new IllegalStateException("import job ended " + state);
                default -> TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        throw new IllegalStateException("the application import job " + job + " did not end in 10 minutes");
    }
}
