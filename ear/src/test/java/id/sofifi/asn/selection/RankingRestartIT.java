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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
                .addClasses(RankingRestartIT.class, AsAdministrator.class));
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
        assertEquals(BatchStatus.COMPLETED, await(operator, uninterrupted));
        String expected = digest(uninterrupted);
        assertEquals(64, expected.length());
        execute("DELETE FROM skd_result WHERE period_id = ?", period);

        long interrupted = operator.start("skd-ranking", parameters("RST-2044"));
        while (count("SELECT count(*) FROM skd_result WHERE period_id = ?", period) == 0) {
            Thread.sleep(5);
        }
        admin.run(() -> rankings.stop(interrupted));
        assertEquals(BatchStatus.STOPPED, await(operator, interrupted));
        long formationsDone = count("SELECT count(DISTINCT formation_id) FROM skd_result WHERE period_id = ?", period);
        assertTrue(
                formationsDone > 0 && formationsDone < FORMATIONS, "stopped after " + formationsDone + " formations");

        long restarted = admin.call(() -> rankings.restart(interrupted));
        assertNotEquals(interrupted, restarted);
        assertEquals(BatchStatus.COMPLETED, await(operator, restarted));
        assertEquals(expected, digest(restarted), "restarted results equal the uninterrupted run's");
        assertEquals(
                formationsDone,
                count(
                        "SELECT count(DISTINCT formation_id) FROM skd_result WHERE period_id = ?"
                                + " AND job_execution_id = " + interrupted,
                        period),
                "the restart continued, it did not redo");
        assertEquals(
                FORMATIONS, count("SELECT count(DISTINCT formation_id) FROM skd_result WHERE period_id = ?", period));
    }

    private static Properties parameters(String period) {
        Properties p = new Properties();
        p.setProperty("period", period);
        p.setProperty("requestedBy", "restart-it");
        p.setProperty("chunk", "1");
        p.setProperty("partitions", "2");
        return p;
    }

    private static BatchStatus await(JobOperator operator, long execution) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
            if (status != BatchStatus.STARTING && status != BatchStatus.STARTED && status != BatchStatus.STOPPING) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + execution + " did not end in 60 s");
    }

    /** FORMATIONS general formations of quota 1 with three applicants each, scores spread deterministically. */
    private long fixture(String code, int year) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long period;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO selection_period (code, name, fiscal_year,"
                    + " type, registration_opens, registration_closes, objection_days, general_twk, general_tiu,"
                    + " general_tkp, cumlaude_total, cumlaude_tiu, affirmative_total, affirmative_tiu) VALUES (?,"
                    + " 'Uji lanjut', ?, 'CPNS', now() - interval '60 days', now() - interval '30 days', 3, 65, 80,"
                    + " 166, 311, 85, 286, 60) RETURNING id")) {
                insert.setString(1, code);
                insert.setInt(2, year);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    period = rs.getLong(1);
                }
            }
            run(
                    c,
                    "INSERT INTO formation (period_id, code, position, work_unit_id, education, category, quota)"
                            + " SELECT ?, 'R-' || g, 'Analis', (SELECT min(id) FROM work_unit), 'S-1', 'GENERAL', 1"
                            + " FROM generate_series(1, " + FORMATIONS + ") g",
                    period);
            run(
                    c,
                    "INSERT INTO application (registration_number, formation_id, submitted_at, period_id, fiscal_year,"
                            + " nik, full_name, birth_date, sex, education, gpa, source, status)"
                            + " SELECT 'RST-' || f.id || '-' || n, f.id, now(), f.period_id, " + year + ","
                            + " lpad((f.id * 10 + n)::text, 16, '9'), 'Peserta ' || n, date '1995-01-01' + n, 'M', 'S-1', 3.00,"
                            + " 'IMPORT', 'MS' FROM formation f, generate_series(1, 3) n WHERE f.period_id = ?",
                    period);
            run(
                    c,
                    "INSERT INTO skd_score (application_id, attendance, twk, tiu, tkp, job_execution_id)"
                            + " SELECT id, 'PRESENT', 5 * (id * 7 % 31), 5 * (id * 11 % 36), id * 13 % 226, 0"
                            + " FROM application WHERE period_id = ?",
                    period);
            return period;
        }
    }

    private static void run(Connection c, String sql, long period) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, period);
            statement.executeUpdate();
        }
    }

    private void execute(String sql, long period) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            run(c, sql, period);
        }
    }

    private long count(String sql, long period) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, period);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The result digest the audit step of a run recorded. */
    private String digest(long execution) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT after_digest FROM audit_event WHERE action = 'skd-ranking.completed' AND subject_key = ?")) {
            select.setString(1, "RST-2044/job-" + execution);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "no completion audit for job " + execution);
                return rs.getString(1);
            }
        }
    }
}
