package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.batch.OptimisationProcessor.Placement;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Records the placements: the applicant keeps their own formation and is given the seat of another. */
@Named
@Dependent
public class OptimisationWriter extends AbstractItemWriter {
    private static final String UPDATE = "UPDATE final_result r SET code = u.code, placed_formation_id = u.formation"
            + " FROM unnest(?::bigint[], ?::text[], ?::bigint[]) AS u(id, code, formation)"
            + " WHERE r.application_id = u.id";

    @Inject
    DataSource dataSource;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        List<Placement> placements =
                items.stream().flatMap(i -> ((List<Placement>) i).stream()).toList();
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(UPDATE)) {
            update.setArray(
                    1,
                    c.createArrayOf(
                            "bigint",
                            placements.stream().map(Placement::applicationId).toArray()));
            update.setArray(
                    2,
                    c.createArrayOf(
                            "text", placements.stream().map(Placement::code).toArray()));
            update.setArray(
                    3,
                    c.createArrayOf(
                            "bigint",
                            placements.stream().map(Placement::formationId).toArray()));
            update.executeUpdate();
        }
    }
}
