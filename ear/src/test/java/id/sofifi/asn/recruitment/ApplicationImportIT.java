package id.sofifi.asn.recruitment;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.nik;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /periods/{code}/application-imports, GET /jobs/{id} and GET /applications/{n} (API-CONTRACT, Recruitment). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationImportIT {
    private static final String HEADER = "registration_number,nik,full_name,birth_date,sex,formation_code,"
            + "education,gpa,email,administration_result";
    private static final LocalDate BIRTH = LocalDate.of(1995, 7, 9);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    /** A period of its own (a fiscal year no other test uses) with one formation F-1. */
    private static String period(int year) throws IOException {
        String code = unique("IMP");
        assertEquals(201, send("POST", "/api/v1/periods", ADMIN_TOKEN, """
                {"code":"%s","name":"Impor uji","year":%d,"type":"CPNS","registrationOpens":"%d-03-01T08:00:00+09:00",
                 "registrationCloses":"%d-03-31T23:59:59+09:00","objectionDays":3}""".formatted(code, year, year, year))
                .statusCode());
        assertEquals(201, send("POST", "/api/v1/periods/" + code + "/formations", ADMIN_TOKEN, """
                {"code":"F-1","position":"Analis","workUnit":"BKD","education":"S-1 Hukum",
                 "category":"GENERAL","quota":2}""").statusCode());
        return code;
    }

    private static JsonObject runJob(String period, String csv) throws Exception {
        return awaitJob(sendCsv("/api/v1/periods/" + period + "/application-imports", ADMIN_TOKEN,
                csv.getBytes(StandardCharsets.UTF_8)), ADMIN_TOKEN);
    }

    /** Row errors as "line:field" → message. */
    private static Map<String, String> errors(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                e -> e.getJsonNumber("row").longValue() + ":" + e.getString("field"), e -> e.getString("message")));
    }

    @Test
    @DisplayName("Bad rows are skipped with their line, field and reason; good rows are kept;"
            + " BOM and CRLF are accepted")
    void badRowsReportedGoodRowsKept() throws Exception {
        String period = period(2031);
        String ok1 = nik("827201", BIRTH, false, 1);
        String ok2 = nik("827201", BIRTH, true, 2);
        String csv = "\uFEFF" + String.join("\r\n", HEADER,
                // line 2 ok
                "R-" + period + "-1," + ok1 + ",Ahmad Ternate,1995-07-09,M,F-1,S-1 Hukum,3.40,ahmad@contoh.id,MS",
                "R-" + period + "-2," + ok2 + ",Nur Tidore,1995-07-09,F,F-1,S-1 Hukum,3.10,,", // line 3 ok
                "R-" + period + "-3,82720109079500,Lima Belas,1995-07-09,M,F-1,S-1 Hukum,3.00,,", // 15 digits
                "R-" + period + "-4,82720109O7950003,Huruf O,1995-07-09,M,F-1,S-1 Hukum,3.00,,", // letter
                "R-" + period + "-5," + nik("827201", BIRTH, false, 5)
                        + ",Tanggal Beda,1995-07-10,M,F-1,S-1 Hukum,3.00,,", // date mismatch
                "R-" + period + "-6," + nik("827201", BIRTH, false, 6)
                        + ",Tanggal Rusak,09-07-1995,M,F-1,S-1 Hukum,3.00,,", // bad date
                "R-" + period + "-7," + nik("827201", BIRTH, false, 7)
                        + ",Formasi Salah,1995-07-09,M,X-9,S-1 Hukum,3.00,,", // unknown formation
                // same row twice
                "R-" + period + "-1," + ok1 + ",Ahmad Ternate,1995-07-09,M,F-1,S-1 Hukum,3.40,ahmad@contoh.id,MS",
                "R-" + period + "-9," + ok2 + ",Nur Lagi,1995-07-09,F,F-1,S-1 Hukum,3.10,,", // same NIK again
                "");
        JsonObject job = runJob(period, csv);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(9, job.getInt("read"));
        assertEquals(7, job.getInt("skipped"));
        assertEquals(2, job.getInt("written"));
        Map<String, String> errors = errors(job);
        assertEquals("NIK harus 16 angka, bukan 14", errors.get("4:nik"), errors.toString());
        assertEquals("NIK hanya boleh berisi angka", errors.get("5:nik"), errors.toString());
        assertTrue(errors.get("6:nik").startsWith("NIK tidak cocok dengan tanggal lahir"), errors.toString());
        assertTrue(errors.get("7:birth_date").contains("09-07-1995"), errors.toString());
        assertEquals("formasi X-9 tidak ada dalam periode " + period, errors.get("8:formation_code"),
                errors.toString());
        assertEquals("nomor pendaftaran sudah ada di baris 2 berkas ini", errors.get("9:registration_number"),
                errors.toString());
        assertEquals("NIK sudah dipakai di baris 3 berkas ini", errors.get("10:nik"), errors.toString());

        JsonObject imported = object(send("GET", "/api/v1/applications/R-" + period + "-1", AGENCY_TOKEN, null));
        assertEquals("MS", imported.getString("status"));
        assertEquals("8272********0001", imported.getString("nik"));
        assertFalse(imported.toString().contains(ok1), "the full NIK never leaves the system");
        assertEquals(List.of("SUBMITTED", "VERIFIED_MS"), imported.getJsonArray("timeline")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("status")).toList());
    }

    @Test
    @DisplayName("Re-importing the same rows updates them, never duplicates;"
            + " a second NIK in the year is refused (§1.1)")
    void reimportIsIdempotent() throws Exception {
        String period = period(2032);
        String nik = nik("710101", BIRTH, true, 44);
        String row = "Q-" + period + "-1," + nik + ",Rahma,1995-07-09,F,F-1,S-1 Hukum,3.50,,";
        assertEquals(1, runJob(period, HEADER + "\n" + row + "\n").getInt("written"));
        JsonObject again = runJob(period, HEADER + "\n" + row.replace("3.50,,", "3.60,,TMS") + "\n");
        assertEquals(1, again.getInt("written"), again.toString());
        assertEquals("TMS",
                object(send("GET", "/api/v1/applications/Q-" + period + "-1", AGENCY_TOKEN, null)).getString("status"));
        JsonObject secondNumber = runJob(period,
                HEADER + "\nQ-" + period + "-2," + nik + ",Rahma,1995-07-09,F,F-1,S-1 Hukum,3.50,,\n");
        assertEquals(1, secondNumber.getInt("skipped"));
        assertEquals("NIK ini sudah mendaftar pada tahun anggaran 2032; satu NIK hanya boleh satu lamaran per tahun.",
                errors(secondNumber).get("2:nik"));
        assertEquals(404, send("GET", "/api/v1/applications/Q-" + period + "-2", AGENCY_TOKEN, null).statusCode());
    }

    @Test
    @DisplayName("A file with a missing column, a wrong delimiter or nothing in it is refused whole with 400")
    void wrongFilesRefusedBeforeAnyRow() throws IOException {
        String period = period(2033);
        HttpResponse<String> missing = sendCsv("/api/v1/periods/" + period + "/application-imports", ADMIN_TOKEN,
                HEADER.replace(",gpa", "").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("kolom tidak ada: gpa"), missing.body());
        HttpResponse<String> semicolons = sendCsv("/api/v1/periods/" + period + "/application-imports", ADMIN_TOKEN,
                HEADER.replace(',', ';').getBytes(StandardCharsets.UTF_8));
        assertEquals(400, semicolons.statusCode());
        assertTrue(semicolons.body().contains("pemisah kolom harus koma"), semicolons.body());
        HttpResponse<String> empty = sendCsv("/api/v1/periods/" + period + "/application-imports", ADMIN_TOKEN,
                new byte[0]);
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(401, sendCsv("/api/v1/periods/" + period + "/application-imports", null,
                HEADER.getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, send("GET", "/api/v1/jobs/999999", ADMIN_TOKEN, null).statusCode());
        assertEquals(400, send("GET", "/api/v1/jobs/abc", ADMIN_TOKEN, null).statusCode());
    }
}
