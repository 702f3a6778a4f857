package id.sofifi.asn.development;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.json;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The development API of API-CONTRACT.md (Workforce and development) over HTTP against the deployed EAR. Employees
 * are inserted with SQL, as workforce's import would leave them, since their import is not part of this context.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevelopmentApiIT {
    private static String partner;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @BeforeAll
    static void partner() throws IOException {
        partner = unique("UK");
        HttpResponse<String> created = send("POST", "/api/v1/training-partners", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Universitas Khairun\",\"kind\":\"UNIVERSITY\"}".formatted(partner));
        assertEquals(201, created.statusCode(), created.body());
    }

    /** The application's own database connection (role asn), as the deployed EAR uses it. */
    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + SystemTest.DB_PORT + "/asn", "asn", "asn");
    }

    /** A new employee of the type, first appointed on {@code tmt}; answers the NIP. */
    private static String employee(String type, LocalDate tmt, String name) throws SQLException {
        return DevelopmentFixture.employee(type, tmt, name, "BKD");
    }

    private static String training(String jp, String startsOn, String endsOn, int capacity, boolean latsar)
            throws IOException {
        String code = unique("PLT");
        HttpResponse<String> created = send("POST", "/api/v1/trainings", ADMIN_TOKEN,
                trainingBody(code, jp, startsOn, endsOn, capacity, latsar));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(jp, object(created).getString("jp"));
        return code;
    }

    private static String trainingBody(String code, String jp, String startsOn, String endsOn, int capacity,
            boolean latsar) {
        return """
                {"code":"%s","title":"Pelatihan %s","partnerCode":"%s","competence":"TECHNICAL","form":"CLASSICAL",
                 "latsar":%s,"startsOn":"%s","endsOn":"%s","jp":"%s","capacity":%d}""".formatted(code, code, partner,
                latsar, startsOn, endsOn, jp, capacity);
    }

    private static HttpResponse<String> enrol(String training, String nip) throws IOException {
        return send("POST", "/api/v1/trainings/" + training + "/enrolments", ADMIN_TOKEN, "{\"nip\":\"" + nip + "\"}");
    }

    private static String complete(String training, String nip, String completedOn) throws IOException {
        HttpResponse<String> done = send("POST", "/api/v1/trainings/" + training + "/enrolments/" + nip + "/completion",
                ADMIN_TOKEN, "{\"result\":\"PASSED\",\"completedOn\":\"" + completedOn + "\"}");
        assertEquals(200, done.statusCode(), done.body());
        return object(done).getString("certificateNumber");
    }

    private static Set<String> errorFields(HttpResponse<String> response) {
        return object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
    }

    private static void assertConflict(HttpResponse<String> response) {
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    @DisplayName("Partners and trainings are created by an administrator and listed publicly, JP as a string")
    void createsAndLists() throws IOException {
        String code = training("24.50", "2026-09-01", "2026-09-03", 30, false);
        HttpResponse<String> partners = send("GET", "/api/v1/training-partners", null, null);
        assertEquals(200, partners.statusCode());
        assertTrue(partners.body().contains(partner), partners.body());
        HttpResponse<String> list = send("GET", "/api/v1/trainings", null, null);
        assertEquals(200, list.statusCode());
        JsonObject listed = ((JsonArray) json(list)).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals("24.50", listed.getString("jp"));
        assertEquals("Universitas Khairun", listed.getString("partner"));
        assertEquals(30, listed.getInt("placesLeft"));
        assertEquals(401, send("POST", "/api/v1/trainings", null,
                trainingBody(unique("X"), "2", "2026-01-01", "2026-01-01", 1, false)).statusCode());
        assertEquals(403, send("POST", "/api/v1/training-partners", AGENCY_TOKEN,
                "{\"code\":\"AGN\",\"name\":\"Agency\",\"kind\":\"OTHER\"}").statusCode());
    }

    @Test
    @DisplayName("§4: a training ending before it starts, or with a JP of three decimals, is refused with its field")
    void refusesBadTraining() throws IOException {
        HttpResponse<String> backwards = send("POST", "/api/v1/trainings", ADMIN_TOKEN,
                trainingBody(unique("BAD"), "8", "2026-09-05", "2026-09-01", 10, false));
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertEquals(Set.of("endsOn"), errorFields(backwards));
        HttpResponse<String> precise = send("POST", "/api/v1/trainings", ADMIN_TOKEN,
                trainingBody(unique("BAD"), "8.125", "2026-09-01", "2026-09-05", 10, false));
        assertEquals(400, precise.statusCode(), precise.body());
        assertEquals(Set.of("jp"), errorFields(precise));
        HttpResponse<String> unknownPartner = send("POST", "/api/v1/trainings", ADMIN_TOKEN,
                trainingBody(unique("BAD"), "8", "2026-09-01", "2026-09-05", 10, false).replace(partner, "NOPE"));
        assertEquals(Set.of("partnerCode"), errorFields(unknownPartner));
    }

    @Test
    @DisplayName("§4 enrolment: a full training is 409, or 201 WAITING when asked; duplicates and overlaps are 409;"
            + " a cancellation moves the first waiting up")
    void enrolment() throws Exception {
        String a = employee("PNS", LocalDate.of(2015, 3, 1), "Ahmad Enrol");
        String b = employee("PNS", LocalDate.of(2015, 3, 1), "Budi Enrol");
        String training = training("16", "2026-10-05", "2026-10-07", 1, false);
        HttpResponse<String> first = enrol(training, a);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("ENROLLED", object(first).getString("status"));
        assertConflict(enrol(training, a));
        assertConflict(enrol(training, b));
        HttpResponse<String> waiting = send("POST", "/api/v1/trainings/" + training + "/enrolments", ADMIN_TOKEN,
                "{\"nip\":\"" + b + "\",\"waitingList\":true}");
        assertEquals(201, waiting.statusCode(), waiting.body());
        assertEquals("WAITING", object(waiting).getString("status"));
        assertEquals(1, object(waiting).getInt("waitingPosition"));

        String overlapping = training("8", "2026-10-07", "2026-10-09", 10, false);
        assertConflict(enrol(overlapping, a));

        assertEquals(204,
                send("DELETE", "/api/v1/trainings/" + training + "/enrolments/" + a, ADMIN_TOKEN, null).statusCode());
        JsonObject promoted = ((JsonArray) json(
                send("GET", "/api/v1/trainings/" + training + "/enrolments", ADMIN_TOKEN, null)))
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("nip").equals(b)).findFirst()
                .orElseThrow();
        assertEquals("ENROLLED", promoted.getString("status"));
        assertEquals(201, enrol(overlapping, a).statusCode(), "a cancelled enrolment no longer blocks its dates");
        assertEquals(404, enrol(training, "198507072015031999").statusCode());
    }

    @Test
    @DisplayName("§4 enrolment race: two employees posting for the last place at once → exactly one 201")
    void raceForTheLastPlace() throws Exception {
        for (int round = 0; round < 3; round++) {
            String training = training("10", "2026-11-02", "2026-11-03", 1, false);
            String first = employee("PNS", LocalDate.of(2016, 1, 1), "Citra Race");
            String second = employee("PNS", LocalDate.of(2016, 1, 1), "Dedi Race");
            assertEquals(List.of(201, 409),
                    atOnce(() -> enrol(training, first).statusCode(), () -> enrol(training, second).statusCode()),
                    "round " + round);
            assertEquals(0, object(send("GET", "/api/v1/trainings/" + training, null, null)).getInt("placesLeft"));
        }
    }

    @Test
    @DisplayName("§4 enrolment race: one employee posted into two overlapping trainings at once → exactly one 201")
    void raceIntoOverlappingTrainings() throws Exception {
        for (int round = 0; round < 3; round++) {
            String nip = employee("PNS", LocalDate.of(2016, 1, 1), "Eko Ganda");
            String one = training("10", "2026-11-09", "2026-11-11", 10, false);
            String other = training("10", "2026-11-10", "2026-11-12", 10, false);
            assertEquals(List.of(201, 409),
                    atOnce(() -> enrol(one, nip).statusCode(), () -> enrol(other, nip).statusCode()), "round " + round);
        }
    }

    /** Runs both calls at the same moment and answers their results, sorted. */
    private static List<Integer> atOnce(Callable<Integer> a, Callable<Integer> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> call : List.of(a, b)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                results.add(answer.get());
            }
            return results.stream().sorted().toList();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("Demo data: two universities and the provincial institute as partners, and a Latsar among the"
            + " trainings")
    void demoData() throws IOException {
        String partners = send("GET", "/api/v1/training-partners", null, null).body();
        assertTrue(partners.contains("\"UNKHAIR\"") && partners.contains("\"UMMU\""), partners);
        assertTrue(((JsonArray) json(send("GET", "/api/v1/trainings", null, null))).getValuesAs(JsonObject.class)
                .stream().anyMatch(t -> t.getBoolean("latsar") && t.getString("partnerCode").equals("BPSDM-MALUT")));
    }

    @Test
    @DisplayName("§4 J1: completed trainings of 8 + 6 + 4 JP → earned 18, required 20, short 2; the certificate is"
            + " public and names the employee, the training and its JP")
    void ledgerJ1AndCertificate() throws Exception {
        String nip = employee("PNS", LocalDate.of(2015, 3, 1), "Eka Ledger");
        String certificate = null;
        String[][] trainings = {{"8", "2025-04-01", "2025-04-02"}, {"6", "2025-06-10", "2025-06-11"},
                {"4", "2025-09-15", "2025-09-15"}};
        for (String[] t : trainings) {
            String code = training(t[0], t[1], t[2], 5, false);
            assertEquals(201, enrol(code, nip).statusCode());
            certificate = complete(code, nip, t[2]);
        }
        HttpResponse<String> ledger = send("GET", "/api/v1/employees/" + nip + "/development?year=2025", AGENCY_TOKEN,
                null);
        assertEquals(200, ledger.statusCode(), ledger.body());
        JsonObject l = object(ledger);
        assertEquals(nip, l.getString("nip"));
        assertEquals(2025, l.getInt("year"));
        assertEquals("18", l.getString("earnedJp"));
        assertEquals("20", l.getString("requiredJp"));
        assertEquals("2", l.getString("shortfallJp"));
        assertFalse(l.getJsonObject("latsar").getBoolean("required"), "a PNS has no Latsar due date");
        assertTrue(l.getJsonObject("latsar").isNull("dueOn"));
        assertEquals(3, l.getJsonArray("records").size());
        assertEquals("4", l.getJsonArray("records").getJsonObject(2).getString("jp"));
        assertEquals("0", object(send("GET", "/api/v1/employees/" + nip + "/development?year=2024", ADMIN_TOKEN, null))
                .getString("earnedJp"));
        assertEquals(401, send("GET", "/api/v1/employees/" + nip + "/development", null, null).statusCode());

        assertTrue(certificate.matches("[A-Z2-7]{20}"), certificate);
        HttpResponse<String> check = send("GET", "/api/v1/certificates/" + certificate, null, null);
        assertEquals(200, check.statusCode(), check.body());
        JsonObject c = object(check);
        assertEquals("Eka Ledger", c.getString("name"));
        assertTrue(c.getString("trainingTitle").startsWith("Pelatihan PLT-"), c.toString());
        assertEquals("4", c.getString("jp"));
        assertEquals("Universitas Khairun", c.getString("partner"));
        assertTrue(c.getBoolean("valid"));
        assertFalse(check.body().contains(nip), "the NIP is masked: " + check.body());
        assertEquals(404, send("GET", "/api/v1/certificates/AAAAAAAAAAAAAAAAAAAA", null, null).statusCode());
    }

    @Test
    @DisplayName("§4 J2: a CPNS appointed 2026-03-01 with 12 JP in 2026 → required 16.67, short 4.67, Latsar due"
            + " 2027-02-28")
    void ledgerJ2() throws Exception {
        String nip = employee("CPNS", LocalDate.of(2026, 3, 1), "Fitri Baru");
        String code = training("12", "2026-03-10", "2026-03-12", 5, false);
        assertEquals(201, enrol(code, nip).statusCode());
        complete(code, nip, "2026-03-12");
        JsonObject l = object(send("GET", "/api/v1/employees/" + nip + "/development?year=2026", ADMIN_TOKEN, null));
        assertEquals("12", l.getString("earnedJp"));
        assertEquals("16.67", l.getString("requiredJp"));
        assertEquals("4.67", l.getString("shortfallJp"));
        JsonObject latsar = l.getJsonObject("latsar");
        assertTrue(latsar.getBoolean("required"));
        assertEquals("2027-02-28", latsar.getString("dueOn"));
        assertTrue(latsar.isNull("completedOn"));
    }

    @Test
    @DisplayName("Pages: the public catalogue lists an upcoming training with places left; the public certificate"
            + " check shows the record with the NIP masked and finds nothing for a forged number; the PDF is for staff;"
            + " the staff training page lists the enrolments")
    void pages() throws Exception {
        String upcoming = training("8.25", "2027-05-03", "2027-05-04", 12, false);
        HttpResponse<String> catalogue = send("GET", "/pelatihan.xhtml", null, null);
        assertEquals(200, catalogue.statusCode());
        assertTrue(catalogue.body().contains("Pelatihan " + upcoming), "catalogue lists the training");
        assertTrue(catalogue.body().contains("12 / 12"), "places left of capacity");

        String nip = employee("PNS", LocalDate.of(2015, 3, 1), "Gita Halaman");
        String done = training("6", "2026-02-02", "2026-02-03", 5, false);
        assertEquals(201, enrol(done, nip).statusCode());
        String number = complete(done, nip, "2026-02-03");
        HttpResponse<String> check = send("GET", "/sertifikat.xhtml?no=" + number, null, null);
        assertEquals(200, check.statusCode());
        assertTrue(check.body().contains("Gita Halaman"), check.body());
        assertTrue(check.body().contains("Pelatihan " + done));
        assertTrue(check.body().contains(nip.substring(0, 8) + "********" + nip.substring(16)));
        assertFalse(check.body().contains(nip), "the full NIP never appears on the public page");
        HttpResponse<String> forged = send("GET", "/sertifikat.xhtml?no=ZZZZZZZZZZZZZZZZZZZZ", null, null);
        assertTrue(forged.body().contains("id=\"notFound\""), forged.body());

        assertEquals(401, send("GET", "/sertifikat.pdf?no=" + number, null, null).statusCode());
        HttpResponse<String> pdf = send("GET", "/sertifikat.pdf?no=" + number, ADMIN_TOKEN, null);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");

        HttpResponse<String> staff = send("GET", "/staff/admin/training.xhtml?code=" + done, ADMIN_TOKEN, null);
        assertEquals(200, staff.statusCode(), staff.body());
        assertTrue(staff.body().contains("Gita Halaman"), staff.body());
        assertTrue(staff.body().contains("sertifikat.pdf?no=" + number), "the staff page links the certificate");
        for (String page : List.of("trainings", "training-partners")) {
            HttpResponse<String> list = send("GET", "/staff/admin/" + page + ".xhtml", ADMIN_TOKEN, null);
            assertEquals(200, list.statusCode(), page);
            assertTrue(list.body().contains("Universitas Khairun"), page + " lists the partner: " + list.body());
        }
    }

    @Test
    @DisplayName("§4 timeline: a CPNS's staff profile shows the enrolment, the waiting place, the pass with its"
            + " certificate check, the failed training and the Latsar due date")
    void timeline() throws Exception {
        String nip = employee("CPNS", LocalDate.of(2026, 3, 1), "Hana Riwayat");
        String other = employee("PNS", LocalDate.of(2015, 3, 1), "Indra Penuh");
        String passed = training("8", "2026-04-06", "2026-04-07", 5, false);
        String failed = training("4", "2026-05-04", "2026-05-04", 5, false);
        String upcoming = training("6", "2027-06-07", "2027-06-08", 5, false);
        String full = training("6", "2027-07-05", "2027-07-06", 1, false);
        for (String code : List.of(passed, failed, upcoming)) {
            assertEquals(201, enrol(code, nip).statusCode());
        }
        String number = complete(passed, nip, "2026-04-07");
        assertEquals(200, send("POST", "/api/v1/trainings/" + failed + "/enrolments/" + nip + "/completion",
                ADMIN_TOKEN, "{\"result\":\"NOT_PASSED\",\"completedOn\":\"2026-05-04\"}").statusCode());
        assertEquals(201, enrol(full, other).statusCode());
        assertEquals(201, send("POST", "/api/v1/trainings/" + full + "/enrolments", ADMIN_TOKEN,
                "{\"nip\":\"" + nip + "\",\"waitingList\":true}").statusCode());

        HttpResponse<String> profile = send("GET", "/staff/admin/employee.xhtml?nip=" + nip, ADMIN_TOKEN, null);
        assertEquals(200, profile.statusCode());
        String page = profile.body();
        assertTrue(page.contains("Terdaftar pada pelatihan Pelatihan " + upcoming), page);
        assertTrue(page.contains("Masuk daftar tunggu pelatihan Pelatihan " + full + " (" + full + "), urutan 1"));
        assertTrue(page.contains("Lulus pelatihan Pelatihan " + passed + " (8 JP), sertifikat nomor " + number));
        assertTrue(page.contains("sertifikat.xhtml?no=" + number), "the pass links its public certificate check");
        assertTrue(page.contains(
                "Menyelesaikan pelatihan Pelatihan " + failed + " (" + failed + ") dengan hasil tidak lulus"));
        assertTrue(page.contains("28 Februari 2027"), "the Latsar due date is a line of its own");
        assertTrue(page.contains("Batas waktu Latsar CPNS"));
    }

    private static HttpResponse<String> attendance(String training, String on, String... marks) throws IOException {
        String attendees = Arrays.stream(marks).map(m -> m.split("="))
                .map(m -> "{\"nip\":\"" + m[0] + "\",\"present\":" + m[1] + "}").collect(Collectors.joining(","));
        return send("PUT", "/api/v1/trainings/" + training + "/attendance/" + on, ADMIN_TOKEN,
                "{\"attendees\":[" + attendees + "]}");
    }

    @Test
    @DisplayName("§4 attendance: per session (a day) for the enrolled only; saving a session again updates it; the"
            + " rate counts the recorded sessions; a day outside the training or a waiting employee is refused")
    void attendance() throws Exception {
        String a = employee("PNS", LocalDate.of(2015, 3, 1), "Joko Hadir");
        String b = employee("PNS", LocalDate.of(2015, 3, 1), "Kiki Absen");
        String c = employee("PNS", LocalDate.of(2015, 3, 1), "Lina Tunggu");
        String training = training("12", "2026-08-03", "2026-08-05", 2, false);
        assertEquals(201, enrol(training, a).statusCode());
        assertEquals(201, enrol(training, b).statusCode());
        assertEquals(201, send("POST", "/api/v1/trainings/" + training + "/enrolments", ADMIN_TOKEN,
                "{\"nip\":\"" + c + "\",\"waitingList\":true}").statusCode());

        assertEquals(200, attendance(training, "2026-08-03", a + "=true", b + "=false").statusCode());
        assertEquals(200, attendance(training, "2026-08-04", a + "=true", b + "=true").statusCode());
        HttpResponse<String> again = attendance(training, "2026-08-03", a + "=false", b + "=true");
        assertEquals(200, again.statusCode(), again.body());

        JsonObject sheet = object(
                send("GET", "/api/v1/trainings/" + training + "/attendance?on=2026-08-03", ADMIN_TOKEN, null));
        assertEquals(List.of("2026-08-03", "2026-08-04", "2026-08-05"), sheet.getJsonArray("sessions")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        List<JsonObject> attendees = sheet.getJsonArray("attendees").getValuesAs(JsonObject.class);
        assertEquals(List.of(a, b), attendees.stream().map(x -> x.getString("nip")).toList(),
                "the waiting employee has no line");
        assertFalse(attendees.get(0).getBoolean("present"), "saving the session again changed the mark");
        assertEquals(50, attendees.get(0).getInt("ratePercent"));
        assertEquals(2, attendees.get(1).getInt("recordedSessions"));
        assertEquals(100, attendees.get(1).getInt("ratePercent"));
        assertTrue(object(send("GET", "/api/v1/trainings/" + training + "/attendance?on=2026-08-05", ADMIN_TOKEN, null))
                .getJsonArray("attendees").getJsonObject(0).isNull("present"), "an unrecorded session");

        assertEquals(Set.of("sessionOn"), errorFields(attendance(training, "2026-08-06", a + "=true")));
        assertEquals(Set.of("nip"), errorFields(attendance(training, "2026-08-05", c + "=true")));
        assertEquals(403,
                send("GET", "/api/v1/trainings/" + training + "/attendance", AGENCY_TOKEN, null).statusCode());
        try (Connection db = database();
                PreparedStatement rows = db.prepareStatement("SELECT count(*) FROM attendance a JOIN training t"
                        + " ON t.id = a.training_id WHERE t.code = ?")) {
            rows.setString(1, training);
            ResultSet count = rows.executeQuery();
            count.next();
            assertEquals(4, count.getInt(1), "two sessions of two attendees, the refused ones left nothing");
        }

        String page = send("GET", "/staff/admin/training.xhtml?code=" + training, ADMIN_TOKEN, null).body();
        assertTrue(page.contains("Presensi"), page);
        assertTrue(page.contains("2 dari 2 sesi (100%)"), "the rate per employee on the staff page");
    }

    @Test
    @DisplayName("§4 attendance on the screen: the trainer ticks who was present, saves each session; the rate shows"
            + " in the enrolments and as the completion dialog's hint")
    void attendanceScreen() throws Exception {
        String a = employee("PNS", LocalDate.of(2015, 3, 1), "Mira Layar");
        String b = employee("PNS", LocalDate.of(2015, 3, 1), "Nando Layar");
        String training = training("8", "2026-08-10", "2026-08-11", 5, false);
        assertEquals(201, enrol(training, a).statusCode());
        assertEquals(201, enrol(training, b).statusCode());
        try (Browser browser = Browser.start()) {
            browser.signInAsAdministrator();
            browser.open("/staff/admin/training.xhtml?code=" + training);
            WebDriver driver = browser.driver();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("attendance:register")));
            driver.findElement(By.cssSelector("#attendance\\:register tbody tr:nth-child(1) .ui-chkbox-box")).click();
            driver.findElement(By.id("attendance:saveAttendance")).click();
            awaitEnrolments(browser, "1 dari 1 sesi (100%)", "0 dari 1 sesi (0%)");

            // the next day on a fresh page: a choice made while the save's response still replaces the form is lost
            browser.open("/staff/admin/training.xhtml?code=" + training);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("attendance:register")));
            browser.choose("attendance:session", "11 Agustus 2026");
            browser.waiting()
                    .until(d -> d.findElement(By.id("attendance:session_label")).getText().equals("11 Agustus 2026")
                            && d.findElements(By.cssSelector("#attendance\\:register .ui-chkbox-box.ui-state-active"))
                                    .isEmpty());
            driver.findElement(By.id("attendance:saveAttendance")).click();
            awaitEnrolments(browser, "1 dari 2 sesi (50%)", "0 dari 2 sesi (0%)");
            browser.screenshot("training-attendance");

            // the save's growl may still lie over the row's button: a script click reaches it all the same
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()",
                    driver.findElement(By.cssSelector("#enrolments\\:table tbody tr:nth-child(1) button")));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendanceHint"),
                    "Kehadiran: 1 dari 2 sesi (50%)"));
        }
    }

    /** Waits until the enrolments table, which each save re-renders, shows every one of the texts. */
    private static void awaitEnrolments(Browser browser, String... texts) {
        browser.waiting().until(d -> {
            String table = d.findElement(By.id("enrolments:table")).getText();
            return Arrays.stream(texts).allMatch(table::contains);
        });
    }
}
