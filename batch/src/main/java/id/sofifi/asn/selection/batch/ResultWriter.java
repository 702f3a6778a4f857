package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.failure.JobFailure;
import id.sofifi.asn.selection.domain.RankedOutcome;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Replaces the results of a chunk of formations in one transaction: the ranked outcomes go by COPY into a
 * staging table, one set-based statement removes the rows of applications no longer in those formations and
 * writes only the results that are new or changed (a re-run on unchanged input writes nothing, a re-run after
 * a small correction little), and the partition's progress is counted.
 * Writing whole formations is what makes a restart safe: a formation is either fully committed (and
 * skipped on restart) or not at all.
 */
abstract class ResultWriter<O extends RankedOutcome> extends AbstractItemWriter {
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

    /**
     * Makes the results of the {@code replaced} formations the outcomes, each in the formation at the same index
     * of {@code formationIds}.
     */
    protected abstract void write(Connection c, List<Long> replaced, List<Long> formationIds, List<O> outcomes)
            throws SQLException;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        List<FormationResults<O>> formations = items.stream().map(i -> (FormationResults<O>) i).toList();
        List<Row<O>> rows = formations.stream()
                .flatMap(f -> f.outcomes().stream().map(o -> new Row<>(f.formation().id(), o))).toList();
        try (Connection c = dataSource.getConnection();
                PreparedStatement progress = c.prepareStatement("INSERT INTO job_progress (job_instance_id,"
                        + " partition, done) VALUES (?, ?, ?) ON CONFLICT (job_instance_id, partition)"
                        + " DO UPDATE SET done = job_progress.done + EXCLUDED.done")) {
            write(c, formations.stream().map(f -> f.formation().id()).toList(),
                    rows.stream().map(Row::formationId).toList(), rows.stream().map(Row::outcome).toList());
            progress.setLong(1, job.getInstanceId());
            progress.setInt(2, Integer.parseInt(partition));
            progress.setInt(3, formations.size());
            progress.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            throw JobFailure.plain(e);
        }
    }

    /** One outcome with the formation it belongs to. */
    protected record Row<O>(long formationId, O outcome) {
    }
}
