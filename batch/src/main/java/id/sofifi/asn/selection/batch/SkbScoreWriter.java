package id.sofifi.asn.selection.batch;

import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.selection.domain.ImportedSkbScore;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import id.sofifi.asn.selection.domain.SkdCode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * SKB scores may only be given to those who proceeded from SKD (P/L, §1.5), and must carry an extra
 * test score exactly when their formation has one (§1.6).
 */
@Named
@Dependent
public class SkbScoreWriter extends ScoreImportWriter<ImportedSkbScore> {
    private static final String UPSERT = "WITH u AS (SELECT * FROM unnest(?::bigint[], ?::numeric[], ?::numeric[],"
            + " ?::numeric[], ?::numeric[]) AS u(id, cat_score, cat_max, extra_score, extra_max)),"
            + " changed AS (INSERT INTO score_change (application_id, stage, job_execution_id, changed_at, changed_by,"
            + " old_value, new_value) SELECT s.application_id, 'SKB', ?, ?, ?,"
            + " concat_ws('/', s.cat_score, s.cat_max, s.extra_score, s.extra_max),"
            + " concat_ws('/', u.cat_score, u.cat_max, u.extra_score, u.extra_max)"
            + " FROM u JOIN skb_score s ON s.application_id = u.id WHERE (s.cat_score, s.cat_max, s.extra_score,"
            + " s.extra_max) IS DISTINCT FROM (u.cat_score, u.cat_max, u.extra_score, u.extra_max) RETURNING 1),"
            + " inserted AS (INSERT INTO skb_score (application_id, cat_score, cat_max, extra_score, extra_max,"
            + " job_execution_id) SELECT id, cat_score, cat_max, extra_score, extra_max, ? FROM u"
            + " ON CONFLICT (application_id) DO UPDATE SET cat_score = EXCLUDED.cat_score, cat_max = EXCLUDED.cat_max,"
            + " extra_score = EXCLUDED.extra_score, extra_max = EXCLUDED.extra_max,"
            + " job_execution_id = EXCLUDED.job_execution_id WHERE (skb_score.cat_score, skb_score.cat_max,"
            + " skb_score.extra_score, skb_score.extra_max) IS DISTINCT FROM (EXCLUDED.cat_score, EXCLUDED.cat_max,"
            + " EXCLUDED.extra_score, EXCLUDED.extra_max) RETURNING xmax = 0 AS fresh)"
            + " SELECT (SELECT count(*) FROM inserted WHERE fresh), (SELECT count(*) FROM changed)";

    public SkbScoreWriter() {
        super("SKB", UPSERT);
    }

    @Override
    protected String lookup() {
        return "SELECT a.registration_number, a.id, a.status, " + SelectionResultRepository.skdCodeOf("a.id")
                + ", f.skb_extra_weight > 0 FROM application a JOIN formation f ON f.id = a.formation_id"
                + " WHERE a.period_id = ? AND a.registration_number = ANY (?::text[])";
    }

    @Override
    protected Optional<Violation> refusal(ImportedSkbScore row, Candidate application) {
        if (!SkdCode.PROCEEDS.label().equals(application.skdCode())) {
            return Optional.of(new Violation("registration_number", "score.notProceeded",
                    List.of(application.skdCode() == null ? "-" : application.skdCode())));
        }
        if (application.extraTest() != row.score().hasExtra()) {
            return Optional.of(new Violation("extra_score",
                    application.extraTest() ? "score.extraRequired" : "score.extraUnexpected", List.of()));
        }
        return Optional.empty();
    }

    @Override
    protected void bindScores(Connection c, PreparedStatement upsert, List<ImportedSkbScore> rows) throws SQLException {
        upsert.setArray(2, decimals(c, rows, r -> r.score().catScore()));
        upsert.setArray(3, decimals(c, rows, r -> r.score().catMax()));
        upsert.setArray(4, decimals(c, rows, r -> r.score().extraScore()));
        upsert.setArray(5, decimals(c, rows, r -> r.score().extraMax()));
    }

    private static Array decimals(Connection c, List<ImportedSkbScore> rows,
            Function<ImportedSkbScore, BigDecimal> value) throws SQLException {
        return c.createArrayOf("numeric", rows.stream().map(value).toArray());
    }
}
