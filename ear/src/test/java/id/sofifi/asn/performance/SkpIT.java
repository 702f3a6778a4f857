package id.sofifi.asn.performance;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.json;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static id.sofifi.asn.workforce.EmployeeSessions.get;
import static id.sofifi.asn.workforce.EmployeeSessions.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.workforce.EmployeeSessions;
import id.sofifi.asn.workforce.TestEmployees;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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

/**
 * SKP over HTTP (API-CONTRACT, Performance and service quality): {@code POST /skp-imports} refuses rows by line and
 * field and re-sending updates; {@code GET /employees/{nip}/assessments} shows the predicate of ASN-RULES §2 and is
 * read by staff, agencies, the employee and their head, not by another employee.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SkpIT {
    private static final String HEADER = "nip,year,period,results,behaviour,evaluator_nip";
    /** Last year: always a year an import may give, whatever the day the test runs. */
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jayapura")).getYear() - 1;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    /** A new OPD with a head; answers its code. */
    private static String unitHeadedBy(String name) throws Exception {
        String code = SystemTest.unique("SK");
        assertEquals(201, send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"" + code + "\",\"name\":\"Badan Uji SKP\"}").statusCode());
        String head = TestEmployees.insert(name, "PNS", LocalDate.of(2010, 3, 1), null, code);
        HttpResponse<String> set = send("PUT", "/api/v1/work-units/" + code + "/head", ADMIN_TOKEN,
                "{\"nip\":\"" + head + "\"}");
        assertEquals(200, set.statusCode(), set.body());
        return code;
    }

    private static String headOf(String unit) throws IOException {
        return SystemTest.object(send("GET", "/api/v1/work-units/" + unit + "/head", ADMIN_TOKEN, null))
                .getString("nip");
    }

    private static JsonObject importRows(String... lines) throws Exception {
        String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
        return awaitJob(sendCsv("/api/v1/skp-imports", ADMIN_TOKEN, csv.getBytes(StandardCharsets.UTF_8)), ADMIN_TOKEN);
    }

    private static Map<String, String> errors(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                e -> e.getJsonNumber("row").longValue() + ":" + e.getString("field"), e -> e.getString("message")));
    }

    /** The employee's assessments of {@link #YEAR} as period → "results/behaviour/predicate/evaluator". */
    private static Map<String, String> assessments(String nip) throws IOException {
        HttpResponse<String> got = send("GET", "/api/v1/employees/" + nip + "/assessments?year=" + YEAR, AGENCY_TOKEN,
                null);
        assertEquals(200, got.statusCode(), got.body());
        Map<String, String> byPeriod = new LinkedHashMap<>();
        for (JsonObject a : ((JsonArray) json(got)).getValuesAs(JsonObject.class)) {
            assertEquals(YEAR, a.getInt("year"));
            byPeriod.put(a.getString("period"), a.getString("results") + "/" + a.getString("behaviour") + "/"
                    + a.getString("predicate") + "/" + a.getString("evaluatorNip"));
        }
        return byPeriod;
    }

    @Test
    @DisplayName("§2 K1–K5: imported ratings give the matrix's predicates; bad rows refused by line and field;"
            + " re-sending updates without duplicates")
    void importAndPredicates() throws Exception {
        String unit = unitHeadedBy("Kepala Badan Uji SKP");
        String head = headOf(unit);
        String staff = TestEmployees.insert("Staf Uji SKP", "PNS", LocalDate.of(2015, 4, 1), null, unit);
        String other = TestEmployees.insert("Rekan Uji SKP", "PNS", LocalDate.of(2016, 5, 1), null, unit);
        JsonObject job = importRows(staff + "," + YEAR + ",ANNUAL,ABOVE,ABOVE," + head, // 2: K1
                staff + "," + YEAR + ",Q1,ABOVE,AS_EXPECTED," + head, // 3: K2
                staff + "," + YEAR + ",Q2,AS_EXPECTED,BELOW," + head, // 4: K3
                staff + "," + YEAR + ",q3,below,above," + head, // 5: K4, enums in any case
                staff + "," + YEAR + ",Q4,BELOW,BELOW," + head, // 6: K5
                other + "," + YEAR + ",ANNUAL,ABOVE,ABOVE," + other, // 7: the employee rates themself
                "199001012020011999," + YEAR + ",ANNUAL,ABOVE,ABOVE," + head, // 8: no such employee
                other + "," + YEAR + ",Q5,GOOD,ABOVE," + head, // 9: bad period and results
                other + "," + YEAR + ",Q1,ABOVE,ABOVE,199001012020011998", // 10: no such official
                staff + "," + YEAR + ",Q1,BELOW,BELOW," + head, // 11: line 3's period again
                other + ",2021,Q1,ABOVE,ABOVE," + head); // 12: before SKP by PermenPANRB 6/2022
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(11, job.getInt("read"));
        assertEquals(5, job.getInt("written"), job.toString());
        assertEquals(6, job.getInt("skipped"), job.toString());
        Map<String, String> errors = errors(job);
        assertEquals(Map.of("7:evaluator_nip", "pejabat penilai tidak boleh pegawai itu sendiri", //
                "8:nip", "tidak ada pegawai dengan NIP 199001012020011999", //
                "9:period", "nilai \"Q5\" harus salah satu dari Q1/Q2/Q3/Q4/ANNUAL", //
                "9:results", "nilai \"GOOD\" harus salah satu dari ABOVE/AS_EXPECTED/BELOW", //
                "10:evaluator_nip", "tidak ada pegawai dengan NIP 199001012020011998", //
                "11:row", "penilaian pegawai yang sama untuk periode ini sudah ada di baris 3 berkas ini"),
                withoutYear(errors), errors.toString());
        assertTrue(errors.get("12:year").contains(String.valueOf(2022)), errors.toString());

        assertEquals(Map.of("ANNUAL", "ABOVE/ABOVE/SANGAT_BAIK/" + head, // K1
                "Q1", "ABOVE/AS_EXPECTED/BAIK/" + head, // K2
                "Q2", "AS_EXPECTED/BELOW/KURANG/" + head, // K3
                "Q3", "BELOW/ABOVE/BUTUH_PERBAIKAN/" + head, // K4
                "Q4", "BELOW/BELOW/SANGAT_KURANG/" + head), assessments(staff)); // K5

        JsonObject resent = importRows(staff + "," + YEAR + ",Q1,BELOW,AS_EXPECTED," + head,
                staff + "," + YEAR + ",ANNUAL,ABOVE,ABOVE," + head);
        assertEquals(2, resent.getInt("written"), resent.toString());
        assertEquals(Map.of(), errors(resent));
        Map<String, String> after = assessments(staff);
        assertEquals(5, after.size(), "re-sending never duplicates: " + after);
        assertEquals("BELOW/AS_EXPECTED/BUTUH_PERBAIKAN/" + head, after.get("Q1"), "§2: Di Bawah/Sesuai");
        assertEquals("ABOVE/ABOVE/SANGAT_BAIK/" + head, after.get("ANNUAL"));
        assertEquals(Map.of(), assessments(other), "no row of the other employee was valid");
    }

    private static Map<String, String> withoutYear(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>(errors);
        rest.remove("12:year");
        return rest;
    }

    @Test
    @DisplayName("GET /employees/{nip}/assessments: the employee and their head read it, another employee 403;"
            + " an unknown NIP 404; a bad year and a wrong header 400; only administrators import")
    void whoReads() throws Exception {
        String unit = unitHeadedBy("Kepala Dinas Uji SKP");
        String head = headOf(unit);
        String staff = TestEmployees.insert("Pegawai Dinilai", "PNS", LocalDate.of(2017, 6, 1), null, unit);
        String colleague = TestEmployees.insert("Pegawai Lain", "PNS", LocalDate.of(2018, 7, 1), null, unit);
        assertEquals(1, importRows(staff + "," + YEAR + ",ANNUAL,AS_EXPECTED,ABOVE," + head).getInt("written"));
        String path = "/api/v1/employees/" + staff + "/assessments";

        HttpResponse<String> own = get(signedIn(staff), path + "?year=" + YEAR);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"predicate\":\"BAIK\""), "§2: Sesuai/Di Atas is Baik: " + own.body());
        assertEquals(200, get(signedIn(head), path).statusCode(), "their head; every year without ?year=");
        HttpClient asColleague = signedIn(colleague);
        HttpResponse<String> refused = get(asColleague, path);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(200, get(asColleague, "/api/v1/employees/" + colleague + "/assessments").statusCode());

        assertEquals(404,
                send("GET", "/api/v1/employees/199001012020011997/assessments", ADMIN_TOKEN, null).statusCode());
        HttpResponse<String> badYear = send("GET", path + "?year=dua", ADMIN_TOKEN, null);
        assertEquals(400, badYear.statusCode(), badYear.body());
        assertTrue(badYear.body().contains("\"field\":\"year\""), badYear.body());

        byte[] wrongHeader = (HEADER + ",catatan\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> wrong = sendCsv("/api/v1/skp-imports", ADMIN_TOKEN, wrongHeader);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("catatan"), wrong.body());
        byte[] empty = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(403, sendCsv("/api/v1/skp-imports", AGENCY_TOKEN, empty).statusCode());
        assertEquals(401, sendCsv("/api/v1/skp-imports", null, empty).statusCode());
    }

    @Test
    @DisplayName("§2 on the official's page: the head sets the plan and rates a quarter, the predicate shown is the"
            + " matrix's (Sesuai/Di Atas → Baik); the employee acknowledges; an import does not overwrite the rating")
    void officialRatesOnTheirPage() throws Exception {
        String unit = unitHeadedBy("Kepala Bidang Uji Layar");
        String head = headOf(unit);
        String staff = TestEmployees.insert("Pegawai Dinilai Layar", "PNS", LocalDate.of(2019, 2, 1), null, unit);
        int year = YEAR + 1;
        HttpClient asHead = signedIn(head);
        assertTrue(get(asHead, "/asn/index.xhtml").body().contains("evaluate-" + staff), "the head evaluates them");
        String path = "/asn/skp.xhtml?nip=" + staff;
        HttpResponse<String> page = get(asHead, path);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Pegawai Dinilai Layar") && page.body().contains("id=\"noPlan\""), page.body());

        HttpResponse<String> refused = PageForm.submit(asHead, path, page.body(), "skp", Map.of(), "savePlan");
        assertTrue(refused.body().contains("Indikator kinerja: isi 1 sampai 20 indikator kinerja"), refused.body());
        HttpResponse<String> planned = PageForm.submit(asHead, path, refused.body(), "skp",
                Map.of("0:description", "Dokumen analisis jabatan tersusun", "0:target", "12 dokumen",
                        "behaviourExpectations", "Melayani OPD dengan tuntas"),
                "savePlan");
        assertTrue(planned.body().contains("Rencana SKP " + year + " disimpan"), planned.body());
        assertTrue(planned.body().contains("Menunggu persetujuan pegawai"), planned.body());

        HttpResponse<String> rated = PageForm.submit(asHead, path, planned.body(), "skp", Map.of("period", "Q2",
                "results", "AS_EXPECTED", "behaviour", "ABOVE", "feedback", "Pertahankan ketepatan waktu"), "rate");
        assertTrue(rated.body().contains("Penilaian Triwulan II " + year + " disimpan"), rated.body());
        assertTrue(rated.body().contains("class=\"predicate\">Baik<"), "§2: Sesuai/Di Atas → Baik: " + rated.body());
        HttpResponse<String> api = send("GET", "/api/v1/employees/" + staff + "/assessments?year=" + year, AGENCY_TOKEN,
                null);
        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("year", year).add("period", "Q2").add("results", "AS_EXPECTED")
                        .add("behaviour", "ABOVE").add("predicate", "BAIK").add("evaluatorNip", head))
                .build(), json(api), "exactly the contract's fields");

        HttpClient asStaff = signedIn(staff);
        String own = get(asStaff, "/asn/index.xhtml").body();
        assertTrue(own.contains("Dokumen analisis jabatan tersusun") && own.contains("Triwulan II " + year + ": Baik"),
                own);
        HttpResponse<String> acknowledged = PageForm.submit(asStaff, "/asn/index.xhtml", own, "skpPlan", Map.of(),
                "acknowledge");
        assertTrue(acknowledged.body().contains("Rencana SKP " + year + " disetujui"), acknowledged.body());
        assertTrue(get(asHead, path).body().contains("Disetujui pegawai"));
        assertTrue(get(asStaff, path).body().contains("id=\"denied\""), "the employee does not rate themself");

        JsonObject overwrite = importRows(staff + "," + year + ",Q2,BELOW,BELOW," + head);
        assertEquals(Map.of("2:period",
                "penilaian Q2 " + year + " sudah diberikan pejabat penilai di sistem ini dan" + " tidak ditimpa impor"),
                errors(overwrite));
    }

    @Test
    @DisplayName("§2 / issue 11: the administrator assigns an official on the staff screen (never the employee"
            + " themself: refused by field); the assigned official rates and sees the predicate, the head may not")
    void assignedOfficialRates() throws Exception {
        String unit = unitHeadedBy("Kepala Badan Uji Penugasan");
        String head = headOf(unit);
        String staff = TestEmployees.insert("Pegawai Dinilai Penugasan", "PNS", LocalDate.of(2019, 3, 1), null, unit);
        String official = TestEmployees.insert("Pejabat Penilai Ditugaskan", "PNS", LocalDate.of(2012, 4, 1), null,
                unit);
        HttpClient admin = EmployeeSessions.signIn("admin", "admin123", ".xhtml");
        String screen = "/staff/admin/evaluators.xhtml";
        HttpResponse<String> shown = PageForm.submit(admin, screen, get(admin, screen).body(), "evaluators",
                Map.of("employee_input", staff), "show");
        assertTrue(shown.body().contains("Pegawai Dinilai Penugasan") && shown.body().contains(head), shown.body());
        HttpResponse<String> self = PageForm.submit(admin, screen, shown.body(), "evaluators",
                Map.of("officialChoice_input", staff), "assign");
        assertTrue(self.body().contains("Pejabat penilai: pejabat penilai tidak boleh pegawai itu sendiri"),
                self.body());
        HttpResponse<String> assigned = PageForm.submit(admin, screen, self.body(), "evaluators",
                Map.of("officialChoice_input", official), "assign");
        assertTrue(assigned.body().contains("Pejabat penilai Pegawai Dinilai Penugasan ditetapkan"), assigned.body());
        assertTrue(assigned.body().contains("open-" + staff), "listed among the assignments: " + assigned.body());

        String path = "/asn/skp.xhtml?nip=" + staff;
        HttpClient asHead = signedIn(head);
        assertTrue(get(asHead, path).body().contains("id=\"denied\""), "the head no longer evaluates them");
        HttpClient asOfficial = signedIn(official);
        assertTrue(get(asOfficial, "/asn/index.xhtml").body().contains("evaluate-" + staff));
        HttpResponse<String> page = get(asOfficial, path);
        HttpResponse<String> planned = PageForm.submit(asOfficial, path, page.body(), "skp", Map.of("0:description",
                "Layanan kenaikan pangkat tuntas", "0:target", "100 %", "behaviourExpectations", "Akuntabel"),
                "savePlan");
        assertTrue(planned.body().contains("disimpan"), planned.body());
        HttpResponse<String> rated = PageForm.submit(asOfficial, path, planned.body(), "skp",
                Map.of("period", "Q1", "results", "ABOVE", "behaviour", "ABOVE"), "rate");
        assertTrue(rated.body().contains("class=\"predicate\">Sangat Baik<"), "§2 K1: " + rated.body());
        assertTrue(rated.body().contains("id=\"citizens\""), "the citizens' input beside the rating");
        HttpResponse<String> api = get(asOfficial, "/api/v1/employees/" + staff + "/assessments");
        assertEquals(200, api.statusCode(), "the assigned official reads what they rated: " + api.body());
        assertTrue(api.body().contains("\"evaluatorNip\":\"" + official + "\""), api.body());
        HttpResponse<String> other = get(
                signedIn(TestEmployees.insert("Rekan Tanpa Hak", "PNS", LocalDate.of(2020, 1, 1), null, unit)),
                "/api/v1/employees/" + staff + "/assessments");
        assertEquals(403, other.statusCode(), other.body());
    }

    private static String demoNip(String name) throws IOException {
        HttpResponse<String> found = send("GET", "/api/v1/employees?q=" + name.replace(' ', '+'), ADMIN_TOKEN, null);
        assertEquals(200, found.statusCode(), found.body());
        return SystemTest.object(found).getJsonArray("items").getJsonObject(0).getString("nip");
    }

    @Test
    @DisplayName("Demo data: last year's annual SKP of the BKD's staff rated by its head Rahmat Hasan, and the"
            + " laboratory head's by Fitriani Abdullah; on the profile's timeline")
    void demoYear() throws Exception {
        String rahmat = demoNip("Rahmat Hasan");
        String nurhayati = demoNip("Nurhayati Sangaji");
        Map<String, String> lastYear = assessments(nurhayati);
        assertTrue(lastYear.getOrDefault("ANNUAL", "").endsWith("/" + rahmat), lastYear.toString());
        String annual = lastYear.get("ANNUAL");
        assertTrue(
                List.of("ABOVE/ABOVE/SANGAT_BAIK/", "ABOVE/AS_EXPECTED/BAIK/", "AS_EXPECTED/AS_EXPECTED/BAIK/",
                        "BELOW/ABOVE/BUTUH_PERBAIKAN/", "AS_EXPECTED/ABOVE/BAIK/").contains(annual.replace(rahmat, "")),
                "§2: " + annual);
        assertTrue(assessments(demoNip("Yusuf Baharuddin")).getOrDefault("ANNUAL", "")
                .endsWith("/" + demoNip("Fitriani Abdullah")));
        assertEquals(Map.of(), assessments(rahmat), "the head of the BKD has no head above him in the demo");

        HttpClient admin = EmployeeSessions.signIn("admin", "admin123", ".xhtml");
        String profile = get(admin, "/staff/admin/employee.xhtml?nip=" + nurhayati).body();
        assertTrue(profile.contains("Penilaian SKP tahunan " + YEAR + ": predikat"), profile);
    }
}
