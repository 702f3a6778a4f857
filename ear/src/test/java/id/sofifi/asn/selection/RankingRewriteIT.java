package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The skd-ranking job writes only what changed (issue 14): a re-run on unchanged input leaves every result
 * row as it was, not even locked (its xmin, xmax and ctid are the same), and after one changed score exactly
 * the results whose code, rank or tie-break changed are rewritten; the completion audit counts them.
 */
@ExtendWith(ArquillianExtension.class)
class RankingRewriteIT {
    private static final String PERIOD = "RWR-2048";
    private static final int FORMATIONS = 60;

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(RankingRewriteIT.class, RankingFixture.class));
    }

    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Test
    @DisplayName("§1.4–1.5 re-ranked: unchanged input writes nothing, a changed score rewrites only the results it moves")
    void writesOnlyWhatChanged() throws Exception {
        long period;
        try (Connection c = dataSource.getConnection()) {
            period = RankingFixture.period(c, PERIOD, 2048, FORMATIONS);
        }
        long first = rank();
        Map<Long, Row> ranked = rows(period);
        assertEquals(3 * FORMATIONS, ranked.size());
        assertTrue(summary(first).endsWith(": " + ranked.size() + " hasil, " + ranked.size() + " ditulis oleh job ini"),
                summary(first));

        long rerun = rank();
        assertEquals(ranked, rows(period), "a re-run on the same input neither writes nor locks a result row");
        assertTrue(summary(rerun).endsWith(" hasil, 0 ditulis oleh job ini"), summary(rerun));

        // the one who proceeds (P/L) in a formation falls below the TKP threshold: TL, and the others move up
        long fallen = ranked.keySet().stream().filter(a -> ranked.get(a).result().startsWith("P/L|"))
                .min(Comparator.comparing(a -> ranked.get(a).formation())).orElseThrow();
        long formation = ranked.get(fallen).formation();
        try (Connection c = dataSource.getConnection()) {
            RankingFixture.run(c, "UPDATE skd_score SET tkp = 0 WHERE application_id = ?", fallen);
        }
        long changed = rank();
        Map<Long, Row> after = rows(period);
        Set<Long> rewritten = after.keySet().stream()
                .filter(a -> !after.get(a).version().equals(ranked.get(a).version())).collect(Collectors.toSet());
        Set<Long> moved = after.keySet().stream().filter(a -> !after.get(a).result().equals(ranked.get(a).result()))
                .collect(Collectors.toSet());
        assertEquals(moved, rewritten, "exactly the results whose code, rank or tie-break changed are written");
        assertTrue(moved.contains(fallen), "the changed candidate's result is rewritten");
        assertFalse(after.get(fallen).result().startsWith("P/L"));
        assertEquals(Set.of(formation), moved.stream().map(a -> after.get(a).formation()).collect(Collectors.toSet()),
                "only the formation of the changed score moves");
        assertTrue(summary(changed).endsWith(" hasil, " + moved.size() + " ditulis oleh job ini"), summary(changed));
    }

    /** Runs the skd-ranking job of the period to its end. */
    private static long rank() throws InterruptedException {
        Properties p = new Properties();
        p.setProperty("period", PERIOD);
        p.setProperty("requestedBy", "rewrite-it");
        p.setProperty("partitions", "2");
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("skd-ranking", p);
        assertEquals(BatchStatus.COMPLETED, SystemTest.awaitEnd(operator, execution));
        return execution;
    }

    /** The period's results by application: their row version (xmin, xmax, ctid) and what they say. */
    private Map<Long, Row> rows(long period) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT application_id, formation_id,"
                        + " concat_ws('/', xmin, xmax, ctid), concat_ws('|', code, rank, tie_break)"
                        + " FROM skd_result WHERE period_id = ?")) {
            select.setLong(1, period);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Row(rs.getLong(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    /** The summary of the completion audit of a run. */
    private String summary(long execution) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return RankingFixture.completion(c, PERIOD, execution, "summary");
        }
    }

    private record Row(long formation, String version, String result) {
    }
}
