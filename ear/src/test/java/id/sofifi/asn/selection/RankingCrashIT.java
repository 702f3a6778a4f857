package id.sofifi.asn.selection;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.ServerProcess;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A crash must not lock a selection period (defect: after a SIGKILL mid-ranking the run stayed STARTED;
 * restart answered 409, stop left it STOPPING, a new ranking of the period answered 409 for ever).
 * <p>
 * No Arquillian container survives its server being killed, so this test runs a server of its own: the
 * provisioned WildFly with the built EAR in a base directory under target, on its own PostgreSQL and port
 * offset ({@code asn.test.crash.*}), so it may run beside the suite's server.
 */
class RankingCrashIT {
    private static final Logger LOG = Logger.getLogger(RankingCrashIT.class.getName());
    private static final int FORMATIONS = 3000;
    private static final int OFFSET = Integer.getInteger("asn.test.crash.port.offset", 150);
    private static final int DB_PORT = Integer.getInteger("asn.test.crash.db.port", 15435);
    private static final String BASE = "http://localhost:" + (8080 + OFFSET);

    private final Path serverHome = Path.of(System.getProperty("asn.server.dir"));
    private final Path work = Path.of(System.getProperty("asn.test.work.dir")).resolve("crash");

    @Test
    @DisplayName("Ranking killed with its server (SIGKILL): shown interrupted after the restart, restarted to the"
            + " digest of an uninterrupted run, and the period ranks again")
    void killedRankingRestartsToTheSameResult() throws Exception {
        Files.createDirectories(work);
        Path base = ServerProcess.prepareBaseDir(serverHome, work.resolve("server"),
                Path.of(System.getProperty("asn.ear.file")));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(DB_PORT, work.getParent().resolve("pg-bin"),
                work.resolve("pg-data"), EmbeddedDatabase.Mode.TEST)) {
            String code = "CRASH-2045";
            long period;
            long killedRun;
            long formationsDone;
            try (ServerProcess server = start(base)) {
                try (Connection c = connect()) {
                    period = RankingFixture.period(c, code, 2045, FORMATIONS);
                }
                killedRun = jobId(send("POST", BASE + "/api/v1/periods/" + code + "/skd-rankings", ADMIN_TOKEN, null));
                while (count("SELECT count(*) FROM skd_result WHERE period_id = ?", period) == 0) {
                    Thread.sleep(2);
                }
                long pid = server.kill();
                formationsDone = count("SELECT count(DISTINCT formation_id) FROM skd_result WHERE period_id = ?",
                        period);
                LOG.info(() -> "WildFly " + pid + " killed mid-ranking after " + formationsDone + " formations");
            }
            assertTrue(formationsDone > 0 && formationsDone < FORMATIONS, "killed after " + formationsDone);
            assertEquals("STARTED", repositoryStatus(killedRun), "the dead server left the run running");

            try (ServerProcess server = start(base)) {
                HttpResponse<String> status = send("GET", BASE + "/api/v1/jobs/" + killedRun, ADMIN_TOKEN, null);
                assertEquals("FAILED", object(status).getString("status"), status.body());
                assertEquals("FAILED/INTERRUPTED", repositoryStatus(killedRun));

                long started = System.nanoTime();
                HttpResponse<String> restart = send("POST", BASE + "/api/v1/jobs/" + killedRun + "/restart",
                        ADMIN_TOKEN, null);
                long restarted = jobId(restart);
                assertEquals("COMPLETED", awaitJob(restart, ADMIN_TOKEN).getString("status"));
                long restartMillis = (System.nanoTime() - started) / 1_000_000;
                String afterCrash = digest(code, restarted);
                assertEquals(formationsDone,
                        count("SELECT count(DISTINCT formation_id) FROM skd_result WHERE period_id = ?"
                                + " AND job_execution_id = " + killedRun, period),
                        "the restart continued from the killed run's checkpoints, it did not redo");

                try (Connection c = connect()) {
                    RankingFixture.run(c, "DELETE FROM skd_result WHERE period_id = ?", period);
                }
                started = System.nanoTime();
                HttpResponse<String> clean = send("POST", BASE + "/api/v1/periods/" + code + "/skd-rankings",
                        ADMIN_TOKEN, null);
                assertEquals(202, clean.statusCode(), "a new ranking of the period is accepted: " + clean.body());
                assertEquals("COMPLETED", awaitJob(clean, ADMIN_TOKEN).getString("status"));
                long cleanMillis = (System.nanoTime() - started) / 1_000_000;
                String uninterrupted = digest(code, jobId(clean));
                LOG.info(() -> "restart of #" + killedRun + " as #" + restarted + ": " + restartMillis + " ms, digest "
                        + afterCrash + "; clean run " + cleanMillis + " ms, digest " + uninterrupted);
                assertEquals(64, uninterrupted.length());
                assertEquals(uninterrupted, afterCrash, "the restarted run's results equal an uninterrupted run's");
            }
        }
    }

    private ServerProcess start(Path base) throws Exception {
        long started = System.nanoTime();
        ServerProcess server = ServerProcess.start(serverHome, base,
                Map.of("JAVA_OPTS",
                        "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true -Djboss.socket.binding.port-offset="
                                + OFFSET,
                        "ASN_DB_URL", "jdbc:postgresql://localhost:" + DB_PORT + "/" + EmbeddedDatabase.DATABASE,
                        "ASN_MAIL_ENABLED", "false"),
                work.resolve("server.log"));
        assertTrue(server.waitUntilServing(URI.create(BASE + "/")), "the crash test's server did not start");
        LOG.info(() -> "crash test server serving after " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return server;
    }

    private static long jobId(HttpResponse<String> accepted) {
        assertEquals(202, accepted.statusCode(), accepted.body());
        return object(accepted).getJsonNumber("jobId").longValue();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + DB_PORT + "/" + EmbeddedDatabase.DATABASE,
                "asn", "asn");
    }

    private static long count(String sql, long period) throws SQLException {
        try (Connection c = connect(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, period);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Batch status (and exit status when set) as JBeret's job repository holds it. */
    private static String repositoryStatus(long execution) throws SQLException {
        try (Connection c = connect();
                PreparedStatement select = c.prepareStatement(
                        "SELECT batchstatus, exitstatus FROM job_execution WHERE jobexecutionid = ?")) {
            select.setLong(1, execution);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(2) == null ? rs.getString(1) : rs.getString(1) + "/" + rs.getString(2);
            }
        }
    }

    private static String digest(String period, long execution) throws SQLException {
        try (Connection c = connect()) {
            return RankingFixture.digest(c, period, execution);
        }
    }
}
