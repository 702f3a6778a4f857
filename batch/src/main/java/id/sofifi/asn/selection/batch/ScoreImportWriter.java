package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.selection.domain.ImportedScore;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a chunk of valid score rows: each row's application is looked up in one statement, rows that
 * belong to no application of this period (or to one that may not sit this test) are rejected per
 * row, the rest upserted in one set-based statement that also records every changed score with its
 * old and new value. One audit event per chunk says who imported what. The SKB import writes this way;
 * the SKD import, sent a million rows at a time, stages its rows by COPY instead ({@link SkdScoreWriter}).
 */
abstract class ScoreImportWriter<T extends ImportedScore> extends ImportWriter<T> {
    @Inject
    JobContext job;

    private final String upsert;

    /**
     * The writer of one test's scores, {@code SKD} or {@code SKB}, with its change-recording upsert: parameter
     * 1 the application ids, 2 to 5 the score columns, 6 to 9 the change stamp (job, time, actor, job); it
     * answers the {inserted, changed} counts.
     */
    protected ScoreImportWriter(String stage, String upsert) {
        super(stage.toLowerCase(Locale.ROOT) + ".scoresImported", "ScoreImport", "Impor nilai " + stage);
        this.upsert = upsert;
    }

    /**
     * The query that finds the chunk's applications of the period (parameters: period id, numbers) and
     * answers registration number, id, status, SKD code and whether the formation has an extra SKB test;
     * a stage reads only the columns it checks (a join it does not need can cost a parallel plan).
     */
    protected abstract String lookup();

    /** Why this application may not have this score, if it may not. */
    protected abstract Optional<Violation> refusal(T row, Candidate application);

    /** Binds the accepted rows' four score columns, parameters 2 to 5 of the upsert. */
    protected abstract void bindScores(Connection c, PreparedStatement upsert, List<T> rows) throws SQLException;

    @Override
    protected long line(T row) {
        return row.line();
    }

    @Override
    protected Stored store(Connection c, List<T> rows, Instant now) throws SQLException {
        Map<String, Candidate> applications = lookup(c, rows);
        List<T> accepted = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (T row : rows) {
            Candidate application = applications.get(row.registrationNumber());
            Optional<Violation> refused = application == null
                    ? Optional.of(new Violation("registration_number", "score.unknownApplication",
                            List.of(row.registrationNumber(), period.code())))
                    : refusal(row, application);
            if (refused.isPresent()) {
                refuse(row.line(), refused.get());
            } else {
                accepted.add(row);
                ids.add(application.id());
            }
        }
        ChangeStamp stamp = new ChangeStamp(job.getExecutionId(), Timestamp.from(now), actor());
        int[] counts = accepted.isEmpty() ? new int[]{0, 0} : upsert(c, accepted, ids, stamp);
        return new Stored(accepted,
                counts[0] + " baru, " + counts[1] + " berubah, " + (rows.size() - accepted.size()) + " ditolak");
    }

    private Map<String, Candidate> lookup(Connection c, List<T> rows) throws SQLException {
        Map<String, Candidate> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(lookup())) {
            select.setLong(1, period.id());
            select.setArray(2, c.createArrayOf("text", rows.stream().map(ImportedScore::registrationNumber).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1),
                            new Candidate(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        return found;
    }

    /** Upserts the accepted rows; answers {inserted, changed}. */
    private int[] upsert(Connection c, List<T> rows, List<Long> applicationIds, ChangeStamp stamp) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(upsert)) {
            statement.setArray(1, c.createArrayOf("bigint", applicationIds.toArray()));
            bindScores(c, statement, rows);
            statement.setLong(6, stamp.jobExecutionId());
            statement.setTimestamp(7, stamp.at());
            statement.setString(8, stamp.by());
            statement.setLong(9, stamp.jobExecutionId());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new int[]{rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    /** The application a row names: its administration status, SKD code and whether its formation has an extra test. */
    protected record Candidate(long id, String status, String skdCode, boolean extraTest) {
    }

    /** Who changed scores when, in which job: written beside every changed value. */
    private record ChangeStamp(long jobExecutionId, Timestamp at, String by) {
    }
}
