package id.sofifi.asn.jobs;

import static id.sofifi.asn.system.OwnServer.BASE;
import static id.sofifi.asn.system.OwnServer.count;
import static id.sofifi.asn.system.OwnServer.jobId;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.SUPERVISOR_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.nik;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.selection.RankingFixture;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.OwnServer;
import id.sofifi.asn.system.ServerProcess;
import id.sofifi.asn.system.SystemTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each kind of job survives its server being killed (SIGKILL) mid-run: after the restart the run shows interrupted,
 * an operator restarts it, and it ends where an uninterrupted run of the same input ends. (The rankings:
 * selection.RankingCrashIT.) One server of the class's own ({@link OwnServer}) serves every kind, killed and started
 * again by each test.
 */
class JobCrashIT {
    private static final Logger LOG = Logger.getLogger(JobCrashIT.class.getName());
    private static final int EMPLOYEES = 8000;
    /** What tells this test's employees from the demo's. */
    private static final String POSITION = "Analis Uji Pemulihan";
    private static final int CASES = 300;
    /** Work units added for the report, so that it runs long enough to be killed mid-way. */
    private static final int UNITS = 300;
    /** What tells this test's complaints from the demo's. */
    private static final String CASE_PREFIX = "PULIH-";
    /** Formations of the appointment test's period, each with one passed applicant (L) and two TL. */
    private static final int APPOINTEES = 1500;
    private static final String APPOINTMENT_PERIOD = "PULIH-2044";

    private static OwnServer own;
    private static EmbeddedDatabase database;
    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        own = new OwnServer("job-crash");
        database = own.emptyDatabase();
        server = own.start();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            database.close();
        }
    }

    @Test
    @DisplayName("Import killed mid-file (employee-import): restarted from its checkpoint, it neither loses nor"
            + " doubles a row — the same rows and contents as an uninterrupted import of the file")
    void killedImportEndsAsAnUninterruptedOne() throws Exception {
        byte[] csv = employees();
        long killed = jobId(sendCsv(BASE + "/api/v1/employee-imports", ADMIN_TOKEN, csv));
        server = own.killWhenAndStartAgain(server, () -> imported() > 0);
        long before = imported();
        assertTrue(before > 0 && before < EMPLOYEES, "killed after " + before + " rows");
        long restarted = OwnServer.restartInterrupted(killed);
        String afterCrash = digest();
        assertEquals(EMPLOYEES, imported(), "no row lost, none doubled");
        assertEquals(0,
                count("SELECT count(*) FROM import_row_error WHERE job_execution_id IN (?, ?)", killed, restarted));

        try (Connection c = OwnServer.connect();
                PreparedStatement delete = c.prepareStatement("DELETE FROM employee WHERE position = ?")) {
            delete.setString(1, POSITION);
            delete.executeUpdate();
        }
        assertEquals("COMPLETED", awaitJob(sendCsv(BASE + "/api/v1/employee-imports", ADMIN_TOKEN, csv), ADMIN_TOKEN)
                .getString("status"));
        LOG.info(() -> "employee import killed after " + before + " of " + EMPLOYEES + " rows; digest " + afterCrash);
        assertEquals(EMPLOYEES, imported());
        assertEquals(digest(), afterCrash, "the same rows, field by field, as the uninterrupted import's");
    }

    @Test
    @DisplayName("Sweeper killed mid-sweep (complaint deadline sweep): nothing of it stays; the next sweep escalates"
            + " each missed step once, one mail each, and a further sweep adds none")
    void killedSweepEscalatesOnce() throws Exception {
        StringBuilder csv = new StringBuilder(
                "tracking_code,received_at,kind,privacy,title,body,work_unit,reporter_name,reporter_email\n");
        for (int i = 0; i < CASES; i++) {
            csv.append(CASE_PREFIX).append(String.format("%05d", i)).append(",2026-06-01T01:00:00Z,COMPLAINT,PUBLIC,")
                    .append("Pelayanan lambat nomor ").append(i).append(",Antrean pelayanan berjalan sangat lambat")
                    .append(" sejak pagi.,BKD,Warga Uji,\n");
        }
        assertEquals("COMPLETED", awaitJob(sendCsv(BASE + "/api/v1/complaint-imports", ADMIN_TOKEN,
                csv.toString().getBytes(StandardCharsets.UTF_8)), ADMIN_TOKEN).getString("status"));
        assertEquals(CASES, count("SELECT count(*) FROM complaint WHERE tracking_code LIKE ?", CASE_PREFIX + "%"));

        Thread sweeping = new Thread(() -> {
            try {
                sweep();
            } catch (IOException | InterruptedException killedMeanwhile) {
                LOG.info(() -> "the sweep's call ended with its server: " + killedMeanwhile);
            }
        });
        sweeping.start();
        server = own.killWhenAndStartAgain(server, JobCrashIT::sweeping);
        sweeping.join();
        assertEquals(0, escalations(), "the killed sweep left no escalation behind");
        assertEquals(0, mails(), "nor a mail");

        HttpResponse<String> swept = sweep();
        assertEquals(200, swept.statusCode(), swept.body());
        assertTrue(SystemTest.object(swept).getBoolean("ran"), swept.body());
        long escalated = escalations();
        assertTrue(escalated >= CASES, "every case missed its routing: " + escalated);
        assertEquals(escalated,
                count("SELECT count(DISTINCT (complaint_id, step, level)) FROM complaint_escalation e"
                        + " JOIN complaint c ON c.id = e.complaint_id WHERE c.tracking_code LIKE ?",
                        CASE_PREFIX + "%"));
        long mailed = mails();
        assertEquals(
                count("SELECT count(*) FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id"
                        + " WHERE c.tracking_code LIKE ? AND e.recipient IS NOT NULL", CASE_PREFIX + "%"),
                mailed, "one mail per escalation with a recipient");

        assertEquals(200, sweep().statusCode());
        assertEquals(escalated, escalations(), "a further sweep escalates nothing again");
        assertEquals(mailed, mails(), "and mails nothing again");
    }

    @Test
    @DisplayName("Report killed mid-run (evaluation-report): restarted, it ends COMPLETED and READY with the same"
            + " figures, unit by unit, as an uninterrupted report of the same quarter")
    void killedReportEndsWithTheSameFigures() throws Exception {
        OwnServer.addWorkUnits("PULIH-", "Unit Uji Pemulihan", UNITS);
        String quarter = "{\"from\":\"2026-07-01\",\"to\":\"2026-09-30\"}";
        HttpResponse<String> started = send("POST", BASE + "/api/v1/evaluation-reports", ADMIN_TOKEN, quarter);
        long killed = jobId(started);
        long report = SystemTest.object(started).getJsonNumber("reportId").longValue();
        server = own.killWhenAndStartAgain(server,
                () -> count("SELECT count(*) FROM evaluation_report_unit WHERE report_id = ?", report) > 0);
        long before = count("SELECT count(*) FROM evaluation_report_unit WHERE report_id = ?", report);
        long total = count("SELECT count(*) FROM work_unit");
        assertTrue(before < total, "killed after " + before + " of " + total + " units");
        OwnServer.restartInterrupted(killed);
        assertEquals(1, count("SELECT count(*) FROM evaluation_report WHERE id = ? AND status = 'READY'", report));

        HttpResponse<String> clean = send("POST", BASE + "/api/v1/evaluation-reports", ADMIN_TOKEN, quarter);
        assertEquals("COMPLETED", awaitJob(clean, ADMIN_TOKEN).getString("status"));
        long reference = SystemTest.object(clean).getJsonNumber("reportId").longValue();
        LOG.info(() -> "report " + report + " killed after " + before + " of " + total + " units; reference "
                + reference);
        assertEquals(figures(reference), figures(report), "the same figures as the uninterrupted report's");
    }

    @Test
    @DisplayName("Appointment killed mid-run: restarted from its checkpoint, it appoints every passed applicant once,"
            + " with the NIPs (ASN-RULES §4, lowest free serial per prefix in registration-number order) an"
            + " uninterrupted appointment gives")
    void killedAppointmentAppointsEveryoneOnce() throws Exception {
        long period;
        try (Connection c = OwnServer.connect()) {
            period = RankingFixture.period(c, APPOINTMENT_PERIOD, 2044, APPOINTEES);
            // Few birth dates and both sexes, so that NIP prefixes repeat and serials run across chunks.
            RankingFixture.run(c, "UPDATE application SET birth_date = date '1990-01-01' + (id % 300)::int,"
                    + " sex = CASE WHEN id % 2 = 0 THEN 'F' ELSE 'M' END WHERE period_id = ?", period);
            RankingFixture.run(c, "INSERT INTO final_result (application_id, period_id, formation_id, code, rank,"
                    + " job_execution_id) SELECT id, period_id, formation_id, CASE WHEN registration_number LIKE"
                    + " '%-1' THEN 'L' ELSE 'TL' END, right(registration_number, 1)::int, 0 FROM application"
                    + " WHERE period_id = ?", period);
        }
        publishFinal();
        String appointments = BASE + "/api/v1/periods/" + APPOINTMENT_PERIOD + "/appointments?chunk=10";
        String tmt = "{\"appointedOn\":\"2045-03-01\"}";
        long killed = jobId(send("POST", appointments, ADMIN_TOKEN, tmt));
        server = own.killWhenAndStartAgain(server, () -> appointed() > 0);
        long before = appointed();
        assertTrue(before < APPOINTEES, "killed after " + before + " of " + APPOINTEES + " appointees");
        OwnServer.restartInterrupted(killed);
        assertEquals(APPOINTEES, appointed(), "every passed applicant appointed, none twice");
        String afterCrash = appointedDigest();

        try (Connection c = OwnServer.connect()) {
            RankingFixture.run(c, "DELETE FROM application_event WHERE step = 'APPOINTED' AND application_id IN"
                    + " (SELECT id FROM application WHERE period_id = ?)", period);
            RankingFixture.run(c, "DELETE FROM employee WHERE registration_number IN (SELECT registration_number"
                    + " FROM application WHERE period_id = ?)", period);
        }
        assertEquals("COMPLETED",
                awaitJob(send("POST", appointments, ADMIN_TOKEN, tmt), ADMIN_TOKEN).getString("status"));
        LOG.info(() -> "appointment killed after " + before + " of " + APPOINTEES + "; digest " + afterCrash);
        assertEquals(APPOINTEES, appointed());
        assertEquals(appointedDigest(), afterCrash, "the same employees and NIPs as the uninterrupted appointment's");
    }

    /** The administrator prepares the period's FINAL announcement; the supervisor's approval publishes it. */
    private static void publishFinal() throws Exception {
        HttpResponse<String> draft = send("POST", BASE + "/api/v1/periods/" + APPOINTMENT_PERIOD + "/announcements",
                ADMIN_TOKEN, "{\"stage\":\"FINAL\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        HttpResponse<String> approved = send("POST",
                BASE + "/api/v1/announcements/" + SystemTest.object(draft).getJsonNumber("id") + "/approval",
                SUPERVISOR_TOKEN, null);
        assertEquals(200, approved.statusCode(), approved.body());
    }

    private static long appointed() throws SQLException {
        return count(
                "SELECT count(*) FROM employee e JOIN application a ON a.registration_number ="
                        + " e.registration_number JOIN selection_period p ON p.id = a.period_id WHERE p.code = ?",
                APPOINTMENT_PERIOD);
    }

    /** Registration number, NIP, type, TMT, position and unit of the period's employees, as one SHA-256. */
    private static String appointedDigest() throws SQLException {
        try (Connection c = OwnServer.connect();
                PreparedStatement s = c.prepareStatement("SELECT encode(sha256(convert_to(string_agg(concat_ws('|',"
                        + " e.registration_number, e.nip, e.nik_hash, e.employment_type, e.appointed_on, e.position,"
                        + " e.work_unit_id), E'\\n' ORDER BY e.nip), 'UTF8')), 'hex') FROM employee e JOIN application a"
                        + " ON a.registration_number = e.registration_number JOIN selection_period p"
                        + " ON p.id = a.period_id WHERE p.code = ?")) {
            s.setString(1, APPOINTMENT_PERIOD);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** A report's units in order with their figures, as one text. */
    private static String figures(long report) throws SQLException {
        try (Connection c = OwnServer.connect();
                PreparedStatement s = c.prepareStatement("SELECT count(*) || ':' || string_agg(position || ' '"
                        + " || work_unit_code || ' ' || figures, E'\\n' ORDER BY position) FROM evaluation_report_unit"
                        + " WHERE report_id = ?")) {
            s.setLong(1, report);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * {@code POST /complaint-deadline-sweeps} over HTTP/1.1: a sweep of hundreds of cases answers after minutes, and
     * the server ends an HTTP/2 connection that long with GOAWAY under the waiting call.
     */
    private static HttpResponse<String> sweep() throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/complaint-deadline-sweeps"))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long escalations() throws SQLException {
        return count("SELECT count(*) FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id"
                + " WHERE c.tracking_code LIKE ?", CASE_PREFIX + "%");
    }

    private static long mails() throws SQLException {
        return count("SELECT count(*) FROM outbox_message WHERE subject LIKE ?", "%laporan " + CASE_PREFIX + "%");
    }

    /**
     * Whether a sweep is under way: it holds its transaction-scoped advisory lock from its start to its commit, and
     * commits nothing before, so a kill while it is held is a kill mid-sweep.
     */
    private static boolean sweeping() throws SQLException {
        return count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND objid::bigint = (hashtext('complaint-deadline-sweep')::bigint & 4294967295)") > 0;
    }

    /** Employees by §4, one per birth day from 1960 on: NIP and NIK agree with birth date, sex and TMT. */
    private static byte[] employees() {
        StringBuilder csv = new StringBuilder(
                "nip,nik,full_name,birth_date,sex,employment_type,appointed_on,position,work_unit,email\n");
        LocalDate first = LocalDate.of(1960, 1, 1);
        for (int i = 0; i < EMPLOYEES; i++) {
            LocalDate born = first.plusDays(i);
            String nip = born.toString().replace("-", "") + "201001" + "1" + "001";
            csv.append(nip).append(',').append(nik("827104", born, false, 1)).append(",Pegawai Uji ").append(i)
                    .append(',').append(born).append(",M,PNS,2010-01-01,").append(POSITION).append(",BKD,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long imported() throws SQLException {
        return count("SELECT count(*) FROM employee WHERE position = ?", POSITION);
    }

    /** Every imported field of this test's employees, in NIP order, as one SHA-256. */
    private static String digest() throws SQLException {
        try (Connection c = OwnServer.connect();
                PreparedStatement s = c.prepareStatement("SELECT encode(sha256(convert_to(string_agg(concat_ws('|',"
                        + " nip, nik_hash, full_name, birth_date, sex, employment_type, appointed_on, position, work_unit_id,"
                        + " email, registration_number), E'\\n' ORDER BY nip), 'UTF8')), 'hex') FROM employee"
                        + " WHERE position = ?")) {
            s.setString(1, POSITION);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
