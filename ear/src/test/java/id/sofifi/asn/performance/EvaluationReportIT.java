package id.sofifi.asn.performance;

import id.sofifi.asn.privacy.domain.SealedNik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.performance.application.EvaluationReportService;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.performance.application.ReportRun;
import id.sofifi.asn.performance.application.ReportStart;
import id.sofifi.asn.performance.application.ReportView;
import id.sofifi.asn.performance.domain.ReportPeriod;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The laporan evaluasi berkala end to end: a unit EVR with a bidang EVR-B, two service units with known answers,
 * five complaints, four SKP assessments of the second quarter of 2024, a training and an overdue Latsar, written
 * with SQL inside the server; then over the API the report of that quarter for the whole organisation, its figures
 * for the two units, its files, its publication, refused inputs; and inside the server a run stopped mid-way and
 * restarted that ends with the same figures, the freeze of a published report and the quarterly timer started once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationReportIT {
    private static final String UNIT = "EVR";
    private static final String BIDANG = "EVR-B";
    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 30);
    private static final LocalDate BIRTH = LocalDate.of(1991, 3, 3);

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(EvaluationReportIT.class, AsAdministrator.class));
    }

    @EJB(lookup = "java:app/ejb/EvaluationReportService")
    EvaluationReportService reports;

    @EJB(lookup = "java:app/ejb/ReportRun")
    ReportRun run;

    @EJB
    AsAdministrator admin;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    @Order(1)
    @DisplayName("Fixture: units, service units with answers, complaints, assessments, a training, a late Latsar")
    void fixture() throws Exception {
        transaction.begin();
        sql("INSERT INTO work_unit (code, name) VALUES ('EVR', 'Badan Uji Evaluasi')");
        sql("INSERT INTO work_unit (code, name, parent_id) SELECT 'EVR-B', 'Bidang Uji Evaluasi', id FROM work_unit"
                + " WHERE code = 'EVR'");
        serviceUnit("EVR-LOKET", UNIT, 4, 4, "2024-05-02");
        serviceUnit("EVR-B-KLINIK", BIDANG, 3, 3, "2024-06-28");
        sql("INSERT INTO survey_response (service_unit_id, served_on, submitted_at, channel, u1, u2, u3, u4, u5, u6,"
                + " u7, u8, u9) SELECT id, DATE '2024-07-01', now(), 'PAPER', 1, 1, 1, 1, 1, 1, 1, 1, 1"
                + " FROM service_unit WHERE code = 'EVR-B-KLINIK'");
        complaint("EVR-C1", UNIT, "CLOSED", "2024-04-01", "2024-04-02", "2024-04-03", "2024-04-05");
        complaint("EVR-C2", BIDANG, "FOLLOWED_UP", "2024-04-01", "2024-04-02", "2024-04-12", null);
        complaint("EVR-C3", UNIT, "RECEIVED", "2024-05-06", null, null, null);
        complaint("EVR-C4", UNIT, "REJECTED", "2024-05-06", null, null, null);
        complaint("EVR-C5", UNIT, "RECEIVED", "2024-07-01", null, null, null);
        String official = employee(1, "PNS", LocalDate.of(2015, 3, 1), UNIT);
        String e1 = employee(2, "PNS", LocalDate.of(2015, 3, 1), UNIT);
        assess(e1, official, "BAIK");
        assess(employee(3, "PNS", LocalDate.of(2015, 3, 1), UNIT), official, "SANGAT_BAIK");
        assess(employee(4, "PNS", LocalDate.of(2015, 3, 1), BIDANG), official, "BAIK");
        assess(employee(5, "CPNS", LocalDate.of(2020, 1, 1), BIDANG), official, "SANGAT_BAIK");
        em.createNativeQuery("INSERT INTO training_record (nip, title, competence, jp, completed_on, created_at)"
                + " VALUES (?1, 'Pelatihan Uji Evaluasi', 'TECHNICAL', 20, DATE '2024-05-10', now())")
                .setParameter(1, e1).executeUpdate();
        transaction.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("POST → job completes → the figures of EVR and EVR-B are those the fixture implies; PDF and XLSX;"
            + " published once (409 the second time) with its SHA-256")
    void reportOfTheQuarter() throws Exception {
        HttpResponse<String> accepted = SystemTest.send("POST", api("evaluation-reports"), SystemTest.ADMIN_TOKEN,
                "{\"from\":\"2024-04-01\",\"to\":\"2024-06-30\"}");
        assertEquals("COMPLETED", SystemTest.awaitJob(accepted, SystemTest.ADMIN_TOKEN).getString("status"));
        long id = SystemTest.object(accepted).getJsonNumber("reportId").longValue();
        JsonObject report = SystemTest
                .object(SystemTest.send("GET", api("evaluation-reports/" + id), SystemTest.ADMIN_TOKEN, null));
        assertEquals("READY", report.getString("status"));
        assertEquals("Triwulan II 2024", report.getString("period"));

        JsonObject unit = unit(report, UNIT);
        JsonArray ikm = unit.getJsonArray("ikm");
        assertEquals(List.of("EVR-B-KLINIK", "EVR-LOKET"),
                ikm.getValuesAs(JsonObject.class).stream().map(i -> i.getString("serviceUnit")).toList());
        assertEquals(3, ikm.getJsonObject(0).getInt("respondents"), "the answer of 1 July is another quarter's");
        assertEquals(0,
                new BigDecimal("75").compareTo(ikm.getJsonObject(0).getJsonNumber("converted").bigDecimalValue()));
        assertEquals(4, ikm.getJsonObject(1).getInt("respondents"));
        assertEquals(0,
                new BigDecimal("100").compareTo(ikm.getJsonObject(1).getJsonNumber("converted").bigDecimalValue()));
        JsonObject complaints = unit.getJsonObject("complaints");
        assertEquals(List.of(4, 1, 1, 2), List.of(complaints.getInt("received"), complaints.getInt("settled"),
                complaints.getInt("onTime"), complaints.getInt("overdue")));
        assertEquals(new BigDecimal("5.5"), complaints.getJsonNumber("medianWorkingDaysToFollowUp").bigDecimalValue());
        JsonObject skp = unit.getJsonObject("skp");
        assertEquals(List.of(2, 2, 0, 0, 0), List.of(skp.getInt("SANGAT_BAIK"), skp.getInt("BAIK"),
                skp.getInt("BUTUH_PERBAIKAN"), skp.getInt("KURANG"), skp.getInt("SANGAT_KURANG")));
        assertEquals("performance.curve.atLeastOneOf",
                skp.getJsonArray("curveWarnings").getJsonObject(0).getString("messageKey"));
        JsonObject development = unit.getJsonObject("development");
        assertEquals(List.of(5, 1, 1), List.of(development.getInt("employees"), development.getInt("meetingJp"),
                development.getInt("latsarOverdue")));

        JsonObject bidang = unit(report, BIDANG);
        assertEquals(1, bidang.getJsonArray("ikm").size());
        assertEquals(List.of(1, 0, 0, 1),
                List.of(bidang.getJsonObject("complaints").getInt("received"),
                        bidang.getJsonObject("complaints").getInt("settled"),
                        bidang.getJsonObject("complaints").getInt("onTime"),
                        bidang.getJsonObject("complaints").getInt("overdue")));
        assertEquals(List.of(2, 0, 1),
                List.of(bidang.getJsonObject("development").getInt("employees"),
                        bidang.getJsonObject("development").getInt("meetingJp"),
                        bidang.getJsonObject("development").getInt("latsarOverdue")));

        HttpResponse<byte[]> pdf = download(report.getJsonObject("files").getString("pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("laporan-evaluasi-" + id + ".pdf"));
        HttpResponse<byte[]> xlsx = download(report.getJsonObject("files").getString("xlsx"));
        assertTrue(xlsx.headers().firstValue("Content-Type").orElseThrow().contains("spreadsheetml"));
        assertEquals("PK", new String(xlsx.body(), 0, 2));

        HttpResponse<String> published = SystemTest.send("POST", api("evaluation-reports/" + id + "/publication"),
                SystemTest.ADMIN_TOKEN, null);
        assertEquals(200, published.statusCode(), published.body());
        String sha = SystemTest.object(published).getString("sha256");
        assertEquals(64, sha.length());
        assertEquals("PUBLISHED", SystemTest.object(published).getString("status"));
        HttpResponse<String> again = SystemTest.send("POST", api("evaluation-reports/" + id + "/publication"),
                SystemTest.ADMIN_TOKEN, null);
        assertEquals(409, again.statusCode());
        assertEquals(sha,
                SystemTest.object(SystemTest.send("GET", api("evaluation-reports/" + id), SystemTest.ADMIN_TOKEN, null))
                        .getString("sha256"));
        assertEquals(200,
                SystemTest.send("GET", api("evaluation-reports/" + id), SystemTest.AGENCY_TOKEN, null).statusCode(),
                "agencies read reports");
        assertEquals(403, SystemTest.send("POST", api("evaluation-reports"), SystemTest.AGENCY_TOKEN,
                "{\"from\":\"2024-04-01\",\"to\":\"2024-06-30\"}").statusCode(), "but do not start them");
        JsonObject list = SystemTest
                .object(SystemTest.send("GET", api("evaluation-reports?size=5"), SystemTest.ADMIN_TOKEN, null));
        assertEquals(id, list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("Bad input is a problem+json 400 naming the field: reversed period, not a quarter, unknown unit")
    void badInput() throws Exception {
        refused("{\"from\":\"2024-07-01\",\"to\":\"2024-06-30\"}", "to");
        refused("{\"from\":\"2024-02-01\",\"to\":\"2024-04-30\"}", "from");
        refused("{\"from\":\"2024-04-01\",\"to\":\"2024-05-31\"}", "to");
        refused("{\"from\":\"2024-04-01\",\"to\":\"2024-06-30\",\"workUnit\":\"NO-SUCH-UNIT\"}", "workUnit");
        refused("{\"from\":\"1 April\",\"to\":\"2024-06-30\"}", "from");
        assertEquals(404,
                SystemTest.send("GET", api("evaluation-reports/999999"), SystemTest.ADMIN_TOKEN, null).statusCode());
    }

    @Test
    @Order(4)
    @DisplayName("A run stopped after some units and restarted continues and ends with the same figures")
    void restartGivesTheSameFigures() throws Exception {
        ReportView first = admin.call(() -> reports.list(PageRequest.of(0, 10)).items().stream()
                .filter(r -> r.from().equals(FROM) && r.workUnitCode() == null && r.sha256() != null).findFirst()
                .orElseThrow());
        List<String> expected = admin.call(() -> reports.get(first.id())).units();
        long report = run.create(new ReportPeriod(FROM, TO), null, false, "restart-it");
        Properties parameters = new Properties();
        parameters.setProperty("report", Long.toString(report));
        parameters.setProperty("requestedBy", "restart-it");
        parameters.setProperty("chunk", "1");
        parameters.setProperty("period", "report-" + report);
        JobOperator operator = BatchRuntime.getJobOperator();
        long interrupted = operator.start(EvaluationReportService.JOB, parameters);
        while (rows(report) == 0) {
            Thread.sleep(5);
        }
        admin.run(() -> reports.stop(interrupted));
        assertEquals(BatchStatus.STOPPED, SystemTest.awaitEnd(operator, interrupted));
        long done = rows(report);
        assertTrue(done > 0 && done < expected.size(), "stopped after " + done + " of " + expected.size());
        long restarted = admin.call(() -> reports.restart(interrupted));
        assertNotEquals(interrupted, restarted);
        assertEquals(BatchStatus.COMPLETED, SystemTest.awaitEnd(operator, restarted));
        ReportView again = admin.call(() -> reports.get(report));
        assertEquals("READY", again.status());
        assertEquals(expected, again.units(), "the restarted run's figures equal the uninterrupted run's");
    }

    @Test
    @Order(5)
    @DisplayName("Frozen: a published report's figures cannot be written again; the quarterly timer's report is"
            + " started once, a second firing does nothing")
    void frozenAndScheduledOnce() throws Exception {
        ReportView published = admin.call(() -> reports.list(PageRequest.of(0, 10)).items().stream()
                .filter(r -> "PUBLISHED".equals(r.status())).findFirst().orElseThrow());
        assertEquals("evaluationReport.final",
                assertThrows(ConflictException.class, () -> run.store(published.id(), 0, UNIT, "{}")).messageKey());
        Optional<ReportStart> first = admin.call(() -> reports.startScheduled());
        assertTrue(first.isPresent(), "the previous quarter had no scheduled report yet");
        assertEquals(Optional.empty(), admin.call(() -> reports.startScheduled()), "a second firing does nothing");
        assertEquals(BatchStatus.COMPLETED,
                SystemTest.awaitEnd(BatchRuntime.getJobOperator(), first.get().jobExecutionId()));
        assertEquals("READY", admin.call(() -> reports.get(first.get().reportId())).status());
    }

    private long rows(long report) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM evaluation_report_unit WHERE report_id = ?1")
                .setParameter(1, report).getSingleResult()).longValue();
    }

    private static void refused(String body, String field) throws Exception {
        HttpResponse<String> response = SystemTest.send("POST", api("evaluation-reports"), SystemTest.ADMIN_TOKEN,
                body);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }

    private static JsonObject unit(JsonObject report, String code) {
        return report.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("workUnit").equals(code)).findFirst().orElseThrow();
    }

    private static HttpResponse<byte[]> download(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + SystemTest.ADMIN_TOKEN).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String api(String path) {
        return SystemTest.BASE_URL + "/api/v1/" + path;
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    /** A service unit of the work unit with four responses (three for the clinic) all answered {@code answer}. */
    private void serviceUnit(String code, String workUnit, int responses, int answer, String servedOn) {
        em.createNativeQuery("INSERT INTO service_unit (code, name, work_unit_id, annual_users) SELECT ?1, ?2, id, 1000"
                + " FROM work_unit WHERE code = ?3").setParameter(1, code).setParameter(2, "Layanan " + code)
                .setParameter(3, workUnit).executeUpdate();
        for (int i = 0; i < responses; i++) {
            em.createNativeQuery("INSERT INTO survey_response (service_unit_id, served_on, submitted_at, channel, u1,"
                    + " u2, u3, u4, u5, u6, u7, u8, u9) SELECT id, CAST(?2 AS date), now(), 'PAPER', ?3, ?3, ?3, ?3,"
                    + " ?3, ?3, ?3, ?3, ?3 FROM service_unit WHERE code = ?1").setParameter(1, code)
                    .setParameter(2, servedOn).setParameter(3, answer).executeUpdate();
        }
    }

    /** A case received at 10:00 WIT of {@code received}, with its later days (ISO dates or null). */
    private void complaint(String code, String workUnit, String status, String received, String routed,
            String followedUp, String closed) {
        em.createNativeQuery("INSERT INTO complaint (tracking_code, kind, privacy, title, body, work_unit_id, status,"
                + " received_at, routed_on, followed_up_on, closed_on, secret_hash) SELECT ?1, 'COMPLAINT', 'PUBLIC',"
                + " 'Pengaduan uji', 'Isi pengaduan uji', id, ?2, CAST(?3 AS timestamptz), CAST(?4 AS date),"
                + " CAST(?5 AS date), CAST(?6 AS date), repeat('0', 64) FROM work_unit WHERE code = ?7")
                .setParameter(1, code).setParameter(2, status).setParameter(3, received + "T10:00:00+09:00")
                .setParameter(4, routed).setParameter(5, followedUp).setParameter(6, closed).setParameter(7, workUnit)
                .executeUpdate();
    }

    private String employee(int serial, String type, LocalDate appointed, String unit) {
        String nip = "19910303" + appointed.getYear() + "%02d".formatted(appointed.getMonthValue()) + "1"
                + "%03d".formatted(700 + serial);
        SealedNik nik = SystemTest.sealedNik("827204", BIRTH, false, 700 + serial);
        em.createNativeQuery("INSERT INTO employee (nip, " + SealedNik.COLUMNS + ", full_name, birth_date, sex,"
                + " employment_type, appointed_on, position, work_unit_id, created_at) SELECT ?1, ?2, ?8, ?9, ?3, ?4,"
                + " 'M', ?5, ?6, 'Analis Evaluasi', id, now() FROM work_unit WHERE code = ?7").setParameter(1, nip)
                .setParameter(2, nik.hash()).setParameter(8, nik.sealed()).setParameter(9, nik.keyId())
                .setParameter(3, "Pegawai Evaluasi " + serial).setParameter(4, BIRTH).setParameter(5, type)
                .setParameter(6, appointed).setParameter(7, unit).executeUpdate();
        return nip;
    }

    private void assess(String nip, String official, String predicate) {
        em.createNativeQuery("INSERT INTO skp_assessment (nip, assessment_year, period, evaluator_nip, results,"
                + " behaviour, predicate, source, assessed_at) VALUES (?1, 2024, 'Q2', ?2, 'AS_EXPECTED',"
                + " 'AS_EXPECTED', ?3, 'IMPORTED', now())").setParameter(1, nip).setParameter(2, official)
                .setParameter(3, predicate).executeUpdate();
    }
}
