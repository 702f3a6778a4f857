package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.selection.application.RankingService;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stopped skd-ranking restarts from its checkpoints and ends with exactly the results of an
 * uninterrupted run (the digest its completion audit carries), without redoing committed formations.
 */
@ExtendWith(ArquillianExtension.class)
class RankingRestartIT {
    private static final int FORMATIONS = 400;

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(RankingRestartIT.class, RankingFixture.class, AsAdministrator.class));
    }

    @EJB(lookup = "java:app/ejb/RankingService")
    RankingService rankings;

    @EJB
    AsAdministrator admin;

    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Test
    @DisplayName("Stop mid-way, restart: same result digest as an uninterrupted run; committed formations kept")
    void restartGivesTheSameResult() throws Exception {
        long period = fixture("RST-2044", 2044);
        JobOperator operator = BatchRuntime.getJobOperator();

        long uninterrupted = operator.start("skd-ranking", parameters("RST-2044"));
        assertEquals(BatchStatus.COMPLETED, SystemTest.awaitEnd(operator, uninterrupted));
        String expected = digest(uninterrupted);
        assertEquals(64, expected.length());
        execute("DELETE FROM skd_result WHERE period_id = ?", period);

        long interrupted = operator.start("skd-ranking", parameters("RST-2044"));
        while (count("SELECT count(*) FROM skd_result WHERE period_id = ?", period) == 0) {
            Thread.sleep(5);
        }
        admin.run(() -> rankings.stop(interrupted));
        assertEquals(BatchStatus.STOPPED, SystemTest.awaitEnd(operator, interrupted));
        long formationsDone = count("SELECT count(DISTINCT formation_id) FROM skd_result WHERE period_id = ?", period);
        assertTrue(formationsDone > 0 && formationsDone < FORMATIONS,
                "stopped after " + formationsDone + " formations");

        long restarted = admin.call(() -> rankings.restart(interrupted));
        assertNotEquals(interrupted, restarted);
        assertEquals(BatchStatus.COMPLETED, SystemTest.awaitEnd(operator, restarted));
        assertEquals(expected, digest(restarted), "restarted results equal the uninterrupted run's");
        assertEquals(formationsDone, count("SELECT count(DISTINCT formation_id) FROM skd_result WHERE period_id = ?"
                + " AND job_execution_id = " + interrupted, period), "the restart continued, it did not redo");
        assertEquals(FORMATIONS,
                count("SELECT count(DISTINCT formation_id) FROM skd_result WHERE period_id = ?", period));
    }

    private static Properties parameters(String period) {
        Properties p = new Properties();
        p.setProperty("period", period);
        p.setProperty("requestedBy", "restart-it");
        p.setProperty("chunk", "1");
        p.setProperty("partitions", "2");
        return p;
    }

    private long fixture(String code, int year) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return RankingFixture.period(c, code, year, FORMATIONS);
        }
    }

    private void execute(String sql, long period) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            RankingFixture.run(c, sql, period);
        }
    }

    private long count(String sql, long period) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return RankingFixture.count(c, sql, period);
        }
    }

    private String digest(long execution) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return RankingFixture.digest(c, "RST-2044", execution);
        }
    }
}
