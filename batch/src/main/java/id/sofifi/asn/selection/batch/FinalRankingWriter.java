package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.FinalOutcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes the final results of the chunk's formations; optimisation placements are made afresh afterwards. */
@Named
@Dependent
public class FinalRankingWriter extends ResultWriter<FinalOutcome> {
    private static final String INSERT =
            "INSERT INTO final_result (application_id, period_id, formation_id, code, rank,"
                    + " tie_break, skd100, skb100, final_score, job_execution_id)"
                    + " SELECT u.id, ?, u.formation, u.code, u.rank, u.tie, u.skd100, u.skb100, u.final, ?"
                    + " FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[], ?::numeric[],"
                    + " ?::numeric[],"
                    + " ?::numeric[]) AS u(id, formation, code, rank, tie, skd100, skb100, final)"
                    + " ON CONFLICT (application_id) DO UPDATE SET period_id = EXCLUDED.period_id,"
                    + " formation_id = EXCLUDED.formation_id, code = EXCLUDED.code, rank = EXCLUDED.rank,"
                    + " tie_break = EXCLUDED.tie_break, skd100 = EXCLUDED.skd100, skb100 = EXCLUDED.skb100,"
                    + " final_score = EXCLUDED.final_score, placed_formation_id = NULL,"
                    + " job_execution_id = EXCLUDED.job_execution_id"
                    + " WHERE (final_result.period_id, final_result.formation_id, final_result.code, final_result.rank,"
                    + " final_result.tie_break, final_result.skd100, final_result.skb100, final_result.final_score,"
                    + " final_result.placed_formation_id) IS DISTINCT FROM (EXCLUDED.period_id, EXCLUDED.formation_id,"
                    + " EXCLUDED.code, EXCLUDED.rank, EXCLUDED.tie_break, EXCLUDED.skd100, EXCLUDED.skb100,"
                    + " EXCLUDED.final_score, NULL::bigint)";

    @Override
    protected long applicationId(FinalOutcome outcome) {
        return outcome.applicationId();
    }

    @Override
    protected String table() {
        return "final_result";
    }

    @Override
    protected void upsert(Connection c, List<Row<FinalOutcome>> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setLong(1, target.periodId());
            insert.setLong(2, job.getExecutionId());
            insert.setArray(3, column(c, "bigint", rows, FinalOutcome::applicationId));
            insert.setArray(
                    4,
                    c.createArrayOf(
                            "bigint", rows.stream().map(Row::formationId).toArray()));
            insert.setArray(5, column(c, "text", rows, o -> o.code().label()));
            insert.setArray(6, column(c, "integer", rows, FinalOutcome::rank));
            insert.setArray(
                    7,
                    column(
                            c,
                            "text",
                            rows,
                            o -> o.tieBreak() == null ? null : o.tieBreak().name()));
            insert.setArray(8, column(c, "numeric", rows, FinalOutcome::skd100));
            insert.setArray(9, column(c, "numeric", rows, FinalOutcome::skb100));
            insert.setArray(10, column(c, "numeric", rows, FinalOutcome::finalScore));
            insert.executeUpdate();
        }
    }
}
