package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.batch.StagingWriter;
import id.sofifi.asn.selection.domain.ImportedScore;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a chunk of valid score rows of one test (SKD or SKB) through a staging table: the test's classifying
 * statement finds each row's application of the period, refuses rows that belong to none (or to one that may not
 * have this score) with their line, inserts new scores, and updates only changed ones, recording each change with
 * its old and new value in {@code score_change}. One audit event per chunk says who imported what.
 */
abstract class ScoreImportWriter<T extends ImportedScore> extends StagingWriter<T> {
    /**
     * The writer of one test's scores, {@code SKD} or {@code SKB}. Its classifying statement takes as parameters:
     * period id; job execution, period code (the refusals); job execution, time, actor (the changes); job execution
     * (updated rows); job execution (new rows).
     */
    protected ScoreImportWriter(String stage, String staging, String stagedColumns, String classify) {
        super(stage.toLowerCase(Locale.ROOT) + ".scoresImported", "ScoreImport", "Impor nilai " + stage, staging,
                stagedColumns, classify);
    }

    @Override
    protected long line(T row) {
        return row.line();
    }

    @Override
    protected void bind(PreparedStatement classify, Instant now) throws SQLException {
        long execution = job.getExecutionId();
        classify.setLong(1, period.id());
        classify.setLong(2, execution);
        classify.setString(3, period.code());
        classify.setLong(4, execution);
        classify.setTimestamp(5, Timestamp.from(now));
        classify.setString(6, actor());
        classify.setLong(7, execution);
        classify.setLong(8, execution);
    }
}
