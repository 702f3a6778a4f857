package id.sofifi.asn.selection.batch;

import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.selection.domain.ImportedSkdScore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** SKD scores may only be given to applicants found MS at the administrative selection (§1.2, §1.3). */
@Named
@Dependent
public class SkdScoreWriter extends ScoreImportWriter<ImportedSkdScore> {
    private static final String UPSERT = "WITH u AS (SELECT * FROM unnest(?::bigint[], ?::text[], ?::int[], ?::int[],"
            + " ?::int[]) AS u(id, attendance, twk, tiu, tkp)),"
            + " changed AS (INSERT INTO score_change (application_id, stage, job_execution_id, changed_at, changed_by,"
            + " old_value, new_value) SELECT s.application_id, 'SKD', ?, ?, ?,"
            + " concat_ws('/', s.attendance, s.twk, s.tiu, s.tkp), concat_ws('/', u.attendance, u.twk, u.tiu, u.tkp)"
            + " FROM u JOIN skd_score s ON s.application_id = u.id"
            + " WHERE (s.attendance, s.twk, s.tiu, s.tkp) IS DISTINCT FROM (u.attendance, u.twk, u.tiu, u.tkp)"
            + " RETURNING 1),"
            + " inserted AS (INSERT INTO skd_score (application_id, attendance, twk, tiu, tkp, job_execution_id)"
            + " SELECT id, attendance, twk, tiu, tkp, ? FROM u ON CONFLICT (application_id) DO UPDATE SET"
            + " attendance = EXCLUDED.attendance, twk = EXCLUDED.twk, tiu = EXCLUDED.tiu, tkp = EXCLUDED.tkp,"
            + " job_execution_id = EXCLUDED.job_execution_id WHERE (skd_score.attendance, skd_score.twk,"
            + " skd_score.tiu, skd_score.tkp) IS DISTINCT FROM (EXCLUDED.attendance, EXCLUDED.twk, EXCLUDED.tiu,"
            + " EXCLUDED.tkp) RETURNING xmax = 0 AS fresh)"
            + " SELECT (SELECT count(*) FROM inserted WHERE fresh), (SELECT count(*) FROM changed)";

    public SkdScoreWriter() {
        super("SKD", UPSERT);
    }

    @Override
    protected String lookup() {
        return "SELECT registration_number, id, status, NULL, false FROM application"
                + " WHERE period_id = ? AND registration_number = ANY (?::text[])";
    }

    @Override
    protected Optional<Violation> refusal(ImportedSkdScore row, Candidate application) {
        return "MS".equals(application.status())
                ? Optional.empty()
                : Optional.of(new Violation("registration_number", "score.notMs", List.of(application.status())));
    }

    @Override
    protected void bindScores(Connection c, PreparedStatement upsert, List<ImportedSkdScore> rows) throws SQLException {
        upsert.setArray(2, c.createArrayOf("text", rows.stream().map(r -> r.attendance().name()).toArray()));
        upsert.setArray(3, subtest(c, rows, s -> s.score().twk()));
        upsert.setArray(4, subtest(c, rows, s -> s.score().tiu()));
        upsert.setArray(5, subtest(c, rows, s -> s.score().tkp()));
    }

    private static Array subtest(Connection c, List<ImportedSkdScore> rows, Function<ImportedSkdScore, Integer> value)
            throws SQLException {
        return c.createArrayOf("integer", rows.stream().map(r -> r.score() == null ? null : value.apply(r)).toArray());
    }
}
