package id.sofifi.asn.jobs.batch;

import id.sofifi.asn.platform.persistence.CopyText;
import id.sofifi.asn.platform.persistence.FreshPlans;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An import writer that hands a chunk to PostgreSQL the way it takes rows fastest: streamed by COPY into a
 * session-local staging table, then one set-based statement that checks every row against what is stored, records
 * the refused ones in {@code import_row_error} with their line, and writes only what is new or changed. Re-sending a
 * file then costs reading, not writing or locking. The statement answers three columns: rows inserted, rows changed
 * and the array of refused lines; the refused rows are left out of the chunk's audit digest.
 *
 * @param <T> a valid row as the job's processor hands it over
 */
public abstract class StagingWriter<T> extends ImportWriter<T> {
    @Inject
    protected JobContext job;

    private final String staging;
    private final String stagedColumns;
    private final String classify;

    /**
     * @param staging the {@code CREATE TEMPORARY TABLE IF NOT EXISTS … ON COMMIT DELETE ROWS} of the staging table
     *            (emptied by every commit, so a pooled connection never carries one chunk's rows into the next)
     * @param stagedColumns the table and the columns COPY fills, e.g. {@code staging (line, number)}
     * @param classify the statement that checks and writes the staged rows
     */
    protected StagingWriter(String action, String subjectType, String what, String staging, String stagedColumns,
            String classify) {
        super(action, subjectType, what);
        this.staging = staging;
        this.stagedColumns = stagedColumns;
        this.classify = classify;
    }

    /** The rows as the staging table's columns, in COPY's text form. */
    protected abstract CopyText staged(List<T> rows);

    /** Binds the classifying statement's parameters for this chunk, stamped with {@code now}. */
    protected abstract void bind(PreparedStatement classify, Instant now) throws SQLException;

    @Override
    protected Stored store(Connection c, List<T> rows, Instant now) throws SQLException {
        try (Statement create = c.createStatement()) {
            create.execute(staging);
            FreshPlans.forThisTransaction(create);
        }
        staged(rows).copyInto(c, stagedColumns);
        try (PreparedStatement statement = c.prepareStatement(classify)) {
            bind(statement, now);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                Set<Long> refused = Arrays.stream((Long[]) rs.getArray(3).getArray()).collect(Collectors.toSet());
                List<T> accepted = rows.stream().filter(r -> !refused.contains(line(r))).toList();
                return new Stored(accepted,
                        rs.getLong(1) + " baru, " + rs.getLong(2) + " berubah, " + refused.size() + " ditolak");
            }
        }
    }
}
