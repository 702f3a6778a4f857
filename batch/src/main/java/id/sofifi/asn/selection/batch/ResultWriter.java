package id.sofifi.asn.selection.batch;

import jakarta.annotation.Resource;
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
 * Replaces the results of a chunk of formations in one transaction: the old rows of those formations
 * go, the new ones come in one set-based insert. Writing whole formations is what makes a restart safe:
 * a formation is either fully committed (and skipped on restart) or not at all.
 */
abstract class ResultWriter<O> extends AbstractItemWriter {
    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;
    @Inject
    SelectionTarget target;
    @Inject
    JobContext job;

    protected abstract String table();

    protected abstract void insert(Connection c, List<Row<O>> rows) throws SQLException;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        List<FormationResults<O>> formations = items.stream().map(i -> (FormationResults<O>) i).toList();
        List<Row<O>> rows = formations.stream()
                .flatMap(f -> f.outcomes().stream().map(o -> new Row<>(f.formation().id(), o))).toList();
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM " + table()
                        + " WHERE period_id = ? AND formation_id = ANY (?::bigint[])")) {
            delete.setLong(1, target.periodId());
            delete.setArray(2, c.createArrayOf("bigint", formations.stream().map(f -> f.formation().id()).toArray()));
            delete.executeUpdate();
            if (!rows.isEmpty()) {
                insert(c, rows);
            }
        }
    }

    protected static <O> Array column(Connection c, String type, List<Row<O>> rows, Function<O, Object> value)
            throws SQLException {
        return c.createArrayOf(type, rows.stream().map(r -> value.apply(r.outcome())).toArray());
    }

    /** One outcome with the formation it belongs to. */
    protected record Row<O>(long formationId, O outcome) {
    }
}
