package id.sofifi.asn.jobs.batch;

import id.sofifi.asn.jobs.failure.JobFailure;
import id.sofifi.asn.kernel.Violation;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The writer of an import job: a subclass stores a chunk of valid rows (in a few set-based statements,
 * refusing rows that conflict with what is stored) and says what it did; this class gives it the
 * connection, the time, the period and the row errors, and leaves the chunk's one audit entry. The
 * artifact needs the property {@code requestedBy} in the job XML, and {@code period} when the import belongs to
 * a selection period.
 *
 * @param <T> a valid row as the job's processor hands it over
 */
public abstract class ImportWriter<T> extends AbstractItemWriter {
    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    JobAudit audit;

    @Inject
    protected JobPeriod period;

    @Inject
    protected ImportRowErrors errors;

    private final String action;
    private final String subjectType;
    private final String what;

    /** The audit action and subject type of a chunk, and its summary's first words (Indonesian). */
    protected ImportWriter(String action, String subjectType, String what) {
        this.action = action;
        this.subjectType = subjectType;
        this.what = what;
    }

    /** Stores the rows; answers what was stored, for the audit. */
    protected abstract Stored store(Connection c, List<T> rows, Instant now) throws SQLException;

    /** The CSV line a row came from. */
    protected abstract long line(T row);

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        List<T> rows = items.stream().map(i -> (T) i).toList();
        if (rows.isEmpty()) {
            return; // every row of the chunk refused by the processor: nothing to store (an empty IN list is no SQL)
        }
        try (Connection c = dataSource.getConnection()) {
            Stored stored = store(c, rows, clock.instant());
            audit.chunk(action, subjectType, what, stored.digested(), line(rows.get(0)),
                    line(rows.get(rows.size() - 1)), stored.counts());
        } catch (SQLException | RuntimeException e) {
            throw JobFailure.plain(e);
        }
    }

    /** Who started the import: the actor of what it stores. */
    protected String actor() {
        return audit.actor();
    }

    /** One column of the rows as a text array, for a set-based statement that casts it to the column's type. */
    protected static <R> Array textArray(Connection c, List<R> rows, Function<R, String> column) throws SQLException {
        return c.createArrayOf("varchar", rows.stream().map(column).toArray());
    }

    /** Refuses one row with one reason, kept for the job's error report. */
    protected void refuse(long line, Violation violation) throws SQLException {
        errors.record(line, List.of(violation));
    }

    /**
     * What a chunk stored: the rows whose digest the audit keeps, and the counts it states.
     *
     * @param digested rows in a canonical text form ({@code toString}), in file order
     * @param counts e.g. "3 baru, 2 diperbarui"
     */
    public record Stored(List<?> digested, String counts) {
    }
}
