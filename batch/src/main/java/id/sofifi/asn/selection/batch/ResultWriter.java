package id.sofifi.asn.selection.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Replaces the results of a chunk of formations in one transaction: rows of applications no longer in
 * those formations go, the rest are upserted in one set-based statement that leaves unchanged results
 * alone (a re-run after a small correction writes little), and the partition's progress is counted.
 * Writing whole formations is what makes a restart safe: a formation is either fully committed (and
 * skipped on restart) or not at all.
 */
abstract class ResultWriter<O> extends AbstractItemWriter {
    @Inject
    DataSource dataSource;

    @Inject
    SelectionTarget target;

    @Inject
    JobContext job;

    /** This partition's number, under which its progress is counted. */
    @Inject
    @BatchProperty(name = "partition")
    String partition;

    protected abstract String table();

    /** Inserts the rows, or updates those that changed; an unchanged result is not written again. */
    protected abstract void upsert(Connection c, List<Row<O>> rows) throws SQLException;

    protected abstract long applicationId(O outcome);

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        List<FormationResults<O>> formations =
                items.stream().map(i -> (FormationResults<O>) i).toList();
        List<Row<O>> rows = formations.stream()
                .flatMap(f ->
                        f.outcomes().stream().map(o -> new Row<>(f.formation().id(), o)))
                .toList();
        try (Connection c = dataSource.getConnection();
                PreparedStatement stale = c.prepareStatement("DELETE FROM " + table() + " WHERE period_id = ?"
                        + " AND formation_id = ANY (?::bigint[]) AND NOT (application_id = ANY (?::bigint[]))");
                PreparedStatement progress = c.prepareStatement("INSERT INTO job_progress (job_instance_id,"
                        + " partition, done) VALUES (?, ?, ?) ON CONFLICT (job_instance_id, partition)"
                        + " DO UPDATE SET done = job_progress.done + EXCLUDED.done")) {
            stale.setLong(1, target.periodId());
            stale.setArray(
                    2,
                    c.createArrayOf(
                            "bigint",
                            formations.stream().map(f -> f.formation().id()).toArray()));
            stale.setArray(
                    3,
                    c.createArrayOf(
                            "bigint",
                            rows.stream().map(r -> applicationId(r.outcome())).toArray()));
            stale.executeUpdate();
            if (!rows.isEmpty()) {
                upsert(c, rows);
            }
            progress.setLong(1, job.getInstanceId());
            progress.setInt(2, Integer.parseInt(partition));
            progress.setInt(3, formations.size());
            progress.executeUpdate();
        }
    }

    protected static <O> Array column(Connection c, String type, List<Row<O>> rows, Function<O, Object> value)
            throws SQLException {
        return c.createArrayOf(
                type, rows.stream().map(r -> value.apply(r.outcome())).toArray());
    }

    /** One outcome with the formation it belongs to. */
    protected record Row<O>(long formationId, O outcome) {}
}
