package id.sofifi.asn.selection.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads the formations of one partition with their candidates, fetching the candidates of many
 * formations per query. The checkpoint is the number of formations handed out, so a restarted
 * partition continues with the first formation whose results were not committed.
 */
abstract class FormationReader<C> extends AbstractItemReader {
    /** Formations whose candidates one query fetches: few round trips, bounded memory. */
    private static final int FETCH = 500;

    @Inject
    DataSource dataSource;

    /** This partition's number, and how many there are (the partition plan's properties). */
    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Inject
    SelectionTarget target;

    private List<RankedFormation> formations;
    private int position;
    private final Deque<FormationItem<C>> buffer = new ArrayDeque<>();

    /** The candidates of the given formations, by formation id; formations without any may be absent. */
    protected abstract Map<Long, List<C>> candidates(Connection c, Long[] formationIds) throws SQLException;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        formations = target.formations(Integer.parseInt(partition), Integer.parseInt(partitions));
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    /** The formations of this partition, by id. */
    protected Map<Long, RankedFormation> formationsById() {
        return formations.stream().collect(Collectors.toMap(RankedFormation::id, f -> f));
    }

    @Override
    public Object readItem() throws SQLException {
        if (position >= formations.size()) {
            return null;
        }
        if (buffer.isEmpty()) {
            List<RankedFormation> next = formations.subList(position, Math.min(position + FETCH, formations.size()));
            try (Connection c = dataSource.getConnection()) {
                Map<Long, List<C>> found = candidates(c, next.stream().map(RankedFormation::id).toArray(Long[]::new));
                next.forEach(f -> buffer.add(new FormationItem<>(f, found.getOrDefault(f.id(), List.of()))));
            }
        }
        position++;
        return buffer.poll();
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
