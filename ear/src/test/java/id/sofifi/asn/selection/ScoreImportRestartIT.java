package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.selection.domain.ImportedSkdScore;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * A stopped SKD import restarts from its checkpoint, and a registration number given before the checkpoint and
 * again after it is still an error row (issue 14): the restarted job does not silently overwrite the score the
 * first run imported.
 */
@ExtendWith(ArquillianExtension.class)
class ScoreImportRestartIT {
    private static final String PERIOD = "SIR-2047";
    private static final int FORMATIONS = 300;

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(ScoreImportRestartIT.class, RankingFixture.class));
    }

    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Test
    @DisplayName("Stop mid-file, restart: a number repeated across the checkpoint is refused, its first score kept")
    void duplicateAcrossTheRestartIsAnErrorRow() throws Exception {
        long period = fixture();
        List<String> numbers = numbers(period);
        String first = numbers.get(0);
        List<String> lines = new ArrayList<>(List.of(String.join(",", ImportedSkdScore.COLUMNS)));
        lines.add(first + ",100,100,170,PRESENT"); // line 2
        numbers.subList(1, numbers.size()).forEach(n -> lines.add(n + ",90,90,160,PRESENT"));
        lines.add(first + ",150,175,225,PRESENT"); // the same number again, last line
        Path file = Files.createTempFile("skd-restart", ".csv");
        Files.write(file, lines);
        long lastLine = lines.size();
        JobOperator operator = BatchRuntime.getJobOperator();

        long interrupted = operator.start("skd-score-import", parameters(file));
        while (count("SELECT count(*) FROM skd_score s JOIN application a ON a.id = s.application_id"
                + " WHERE a.period_id = ? AND s.job_execution_id = " + interrupted, period) == 0) {
            Thread.sleep(5);
        }
        operator.stop(interrupted);
        assertEquals(BatchStatus.STOPPED, SystemTest.awaitEnd(operator, interrupted));
        long importedBefore = count("SELECT count(*) FROM skd_score s JOIN application a ON a.id = s.application_id"
                + " WHERE a.period_id = ?", period);
        assertTrue(importedBefore > 0 && importedBefore < numbers.size(), "stopped after " + importedBefore);

        long restarted = operator.restart(interrupted, parameters(file));
        assertNotEquals(interrupted, restarted);
        assertEquals(BatchStatus.COMPLETED, SystemTest.awaitEnd(operator, restarted));
        assertEquals(List.of(lastLine + " registration_number import.duplicateRow 2"), errors(restarted));
        assertEquals("PRESENT/100/100/170", score(first), "the first run's score of the repeated number stands");
        assertEquals(numbers.size(), count("SELECT count(*) FROM skd_score s JOIN application a"
                + " ON a.id = s.application_id WHERE a.period_id = ?", period));
        assertEquals(0, count("SELECT count(*) FROM score_change s JOIN application a ON a.id = s.application_id"
                + " WHERE a.period_id = ?", period), "nothing was imported twice");
    }

    private static Properties parameters(Path file) {
        Properties p = new Properties();
        p.setProperty("period", PERIOD);
        p.setProperty("requestedBy", "restart-it");
        p.setProperty("chunk", "1");
        p.setProperty("file", file.toString());
        p.setProperty("columns", String.join(",", ImportedSkdScore.COLUMNS));
        return p;
    }

    /** The ranking fixture's period without its scores: every row of the file is a first import. */
    private long fixture() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long period = RankingFixture.period(c, PERIOD, 2047, FORMATIONS);
            RankingFixture.run(c, "DELETE FROM skd_score WHERE application_id IN"
                    + " (SELECT id FROM application WHERE period_id = ?)", period);
            return period;
        }
    }

    private List<String> numbers(long period) throws SQLException {
        return strings("SELECT registration_number FROM application WHERE period_id = ? ORDER BY id", period);
    }

    private List<String> errors(long execution) throws SQLException {
        return strings("SELECT line || ' ' || field || ' ' || message_key || ' ' || message_args"
                + " FROM import_row_error WHERE job_execution_id = ? ORDER BY line, field", execution);
    }

    private String score(String number) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT concat_ws('/', attendance, twk, tiu, tkp)"
                        + " FROM skd_score s JOIN application a ON a.id = s.application_id"
                        + " WHERE a.registration_number = ?")) {
            select.setString(1, number);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "no score for " + number);
                return rs.getString(1);
            }
        }
    }

    private List<String> strings(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return RankingFixture.strings(c, sql, parameter);
        }
    }

    private long count(String sql, long period) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return RankingFixture.count(c, sql, period);
        }
    }
}
