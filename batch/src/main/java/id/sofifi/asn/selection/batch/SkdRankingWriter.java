package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.SkdOutcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes the SKD results of the chunk's formations. */
@Named
@Dependent
public class SkdRankingWriter extends ResultWriter<SkdOutcome> {
    private static final String INSERT = "INSERT INTO skd_result (application_id, period_id, formation_id, code, rank,"
            + " tie_break, job_execution_id) SELECT u.id, ?, u.formation, u.code, u.rank, u.tie, ?"
            + " FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[])"
            + " AS u(id, formation, code, rank, tie)"
            + " ON CONFLICT (application_id) DO UPDATE SET period_id = EXCLUDED.period_id,"
            + " formation_id = EXCLUDED.formation_id, code = EXCLUDED.code, rank = EXCLUDED.rank,"
            + " tie_break = EXCLUDED.tie_break, job_execution_id = EXCLUDED.job_execution_id"
            + " WHERE (skd_result.period_id, skd_result.formation_id, skd_result.code, skd_result.rank,"
            + " skd_result.tie_break) IS DISTINCT FROM (EXCLUDED.period_id, EXCLUDED.formation_id, EXCLUDED.code,"
            + " EXCLUDED.rank, EXCLUDED.tie_break)";

    @Override
    protected long applicationId(SkdOutcome outcome) {
        return outcome.applicationId();
    }

    @Override
    protected String table() {
        return "skd_result";
    }

    @Override
    protected void upsert(Connection c, List<Row<SkdOutcome>> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setLong(1, target.periodId());
            insert.setLong(2, job.getExecutionId());
            insert.setArray(3, column(c, "bigint", rows, SkdOutcome::applicationId));
            insert.setArray(
                    4,
                    c.createArrayOf(
                            "bigint", rows.stream().map(Row::formationId).toArray()));
            insert.setArray(5, column(c, "text", rows, o -> o.code().label()));
            insert.setArray(6, column(c, "integer", rows, SkdOutcome::rank));
            insert.setArray(
                    7,
                    column(
                            c,
                            "text",
                            rows,
                            o -> o.tieBreak() == null ? null : o.tieBreak().name()));
            insert.executeUpdate();
        }
    }
}
