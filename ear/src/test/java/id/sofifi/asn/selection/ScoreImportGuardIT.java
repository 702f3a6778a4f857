package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * What the foreign key skd_score → application did, kept without it (issue 14, V37): the import's own join refuses
 * a row naming no application, the database refuses to delete an application that has scores, and the job ends
 * by checking, and auditing, that no score is left without its application.
 */
@ExtendWith(ArquillianExtension.class)
class ScoreImportGuardIT {
    private static final String PERIOD = "SIG-2048";

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(ScoreImportGuardIT.class, RankingFixture.class));
    }

    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Test
    @DisplayName("§1.3: a row naming a registration number of no application is refused on its line; the rest"
            + " imported; a score left without its application is found at the job's end, removed and audited")
    void unknownNumberRefusedAndOrphanCheckAudited() throws Exception {
        long period = fixture();
        List<String> numbers = strings("SELECT registration_number FROM application WHERE period_id = ? ORDER BY id",
                period);
        // no foreign key any more: a score of an application that does not exist can be stored, as a delete racing
        // an import could leave one; the end-of-job check must find it
        long orphan = count("SELECT max(id) + 1000000 FROM application WHERE period_id = ?", period);
        sql("INSERT INTO skd_score (application_id, attendance, job_execution_id) VALUES (?, 'ABSENT', 0)", orphan);

        List<String> lines = new ArrayList<>(List.of(String.join(",", ImportedSkdScore.COLUMNS)));
        lines.add(numbers.get(0) + ",100,100,170,PRESENT");
        lines.add("SIG-NOBODY-1,100,100,170,PRESENT"); // line 3: no such application
        numbers.subList(1, numbers.size()).forEach(n -> lines.add(n + ",90,90,160,PRESENT"));
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("skd-score-import", parameters(lines));
        assertEquals(BatchStatus.COMPLETED, SystemTest.awaitEnd(operator, execution));

        assertEquals(List.of("3 registration_number score.unknownApplication SIG-NOBODY-1\u001f" + PERIOD),
                strings("SELECT line || ' ' || field || ' ' || message_key || ' ' || message_args"
                        + " FROM import_row_error WHERE job_execution_id = ? ORDER BY line", execution));
        assertEquals(numbers.size(), count("SELECT count(*) FROM skd_score s JOIN application a"
                + " ON a.id = s.application_id WHERE a.period_id = ? AND s.job_execution_id > 0", period));
        assertEquals(0, count("SELECT count(*) FROM skd_score WHERE application_id = ?", orphan), "orphan removed");
        assertEquals(
                List.of("Pemeriksaan nilai SKD tanpa lamaran (job " + execution + "): 1 dihapus, lamaran [" + orphan
                        + "]"),
                strings("SELECT summary FROM audit_event WHERE action = 'skd.scoreOrphanCheck'" + " AND subject_key = '"
                        + PERIOD + "/job-' || ?", execution));

        long again = operator.start("skd-score-import", parameters(lines));
        assertEquals(BatchStatus.COMPLETED, SystemTest.awaitEnd(operator, again));
        assertEquals(List.of("Pemeriksaan nilai SKD tanpa lamaran (job " + again + "): 0"),
                strings("SELECT summary FROM audit_event WHERE action = 'skd.scoreOrphanCheck'" + " AND subject_key = '"
                        + PERIOD + "/job-' || ?", again));
    }

    @Test
    @DisplayName("V37: deleting an application that has a score is refused, from any path; without scores it goes")
    void applicationWithScoresIsNotDeleted() throws Exception {
        long period = fixture();
        long scored = count("SELECT min(id) FROM application WHERE period_id = ?", period);
        sql("INSERT INTO skd_score (application_id, attendance, job_execution_id) VALUES (?, 'ABSENT', 0)", scored);
        SQLException refused = assertThrows(SQLException.class,
                () -> sql("DELETE FROM application WHERE id = ?", scored));
        assertTrue(refused.getMessage().contains("has scores"), refused.getMessage());
        assertEquals(1, count("SELECT count(*) FROM skd_score WHERE application_id = ?", scored));

        long unscored = count("SELECT max(id) FROM application WHERE period_id = ?", period);
        sql("DELETE FROM application WHERE id = ?", unscored);
        assertEquals(0, count("SELECT count(*) FROM application WHERE id = ?", unscored));
    }

    private static Properties parameters(List<String> lines) throws Exception {
        Path file = Files.createTempFile("skd-guard", ".csv");
        Files.write(file, lines);
        Properties p = new Properties();
        p.setProperty("period", PERIOD);
        p.setProperty("requestedBy", "guard-it");
        p.setProperty("file", file.toString());
        p.setProperty("columns", String.join(",", ImportedSkdScore.COLUMNS));
        return p;
    }

    /** The ranking fixture's period (made once), its scores removed: every row of the file is a first import. */
    private long fixture() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long existing = RankingFixture.count(c,
                    "SELECT coalesce(max(id), 0) FROM selection_period" + " WHERE code = '" + PERIOD + "' AND id > ?",
                    0);
            long period = existing > 0 ? existing : RankingFixture.period(c, PERIOD, 2048, 10);
            RankingFixture.run(c, "DELETE FROM skd_score WHERE application_id IN"
                    + " (SELECT id FROM application WHERE period_id = ?)", period);
            return period;
        }
    }

    private void sql(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            statement.executeUpdate();
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
