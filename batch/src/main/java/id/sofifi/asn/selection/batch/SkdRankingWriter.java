package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.SkdOutcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Replaces the SKD results of the chunk's formations. */
@Named
@Dependent
public class SkdRankingWriter extends ResultWriter<SkdOutcome> {
    private static final String INSERT = "INSERT INTO skd_result (application_id, period_id, formation_id, code, rank,"
            + " tie_break, job_execution_id) SELECT u.id, ?, u.formation, u.code, u.rank, u.tie, ?"
            + " FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[]) AS u(id, formation, code, rank, tie)";

    @Override
    protected String table() {
        return "skd_result";
    }

    @Override
    protected void insert(Connection c, List<Row<SkdOutcome>> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setLong(1, target.periodId());
            insert.setLong(2, job.getExecutionId());
            insert.setArray(3, column(c, "bigint", rows, SkdOutcome::applicationId));
            insert.setArray(4, c.createArrayOf("bigint", rows.stream().map(Row::formationId).toArray()));
            insert.setArray(5, column(c, "text", rows, o -> o.code().label()));
            insert.setArray(6, column(c, "integer", rows, SkdOutcome::rank));
            insert.setArray(7, column(c, "text", rows, o -> o.tieBreak() == null ? null : o.tieBreak().name()));
            insert.executeUpdate();
        }
    }
}
