package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.failure.JobFailure;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import id.sofifi.asn.selection.domain.SelectionResultRepository.Placement;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Records the placements: the applicant keeps their own formation and is given the seat of another. */
@Named
@Dependent
public class OptimisationWriter extends AbstractItemWriter {
    @Inject
    DataSource dataSource;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        List<Placement> placements = items.stream().flatMap(i -> ((List<Placement>) i).stream()).toList();
        try (Connection c = dataSource.getConnection()) {
            SelectionResultRepository.place(c, placements);
        } catch (SQLException | RuntimeException e) {
            throw JobFailure.plain(e);
        }
    }
}
