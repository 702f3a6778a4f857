package id.sofifi.asn.selection;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static id.sofifi.asn.system.OwnServer.connect;
import static id.sofifi.asn.system.OwnServer.count;
import static id.sofifi.asn.system.OwnServer.jobId;
import static id.sofifi.asn.system.OwnServer.repositoryStatus;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.OwnServer;
import id.sofifi.asn.system.ServerProcess;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A crash must not lock a selection period (defect: after a SIGKILL mid-ranking the run stayed STARTED;
 * restart answered 409, stop left it STOPPING, a new ranking of the period answered 409 for ever).
 * <p>
 * No Arquillian container survives its server being killed, so this test runs a server of its own
 * ({@link OwnServer}).
 */
class RankingCrashIT {
    private static final Logger LOG = Logger.getLogger(RankingCrashIT.class.getName());
    private static final int FORMATIONS = 3000;
    private static final String BASE = OwnServer.BASE;

    @Test
    @DisplayName("Ranking killed with its server (SIGKILL): shown interrupted after the restart, restarted to the"
            + " digest of an uninterrupted run, and the period ranks again")
    void killedRankingRestartsToTheSameResult() throws Exception {
        OwnServer own = new OwnServer("crash");
        try (EmbeddedDatabase database = own.emptyDatabase()) {
            String code = "CRASH-2045";
            long period;
            long killedRun;
            long formationsDone;
            try (ServerProcess server = own.start()) {
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

            try (ServerProcess server = own.start()) {
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

    private static String digest(String period, long execution) throws SQLException {
        try (Connection c = connect()) {
            return RankingFixture.digest(c, period, execution);
        }
    }
}
