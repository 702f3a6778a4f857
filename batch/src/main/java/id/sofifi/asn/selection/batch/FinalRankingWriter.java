package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.FinalOutcome;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes the final results of the chunk's formations; optimisation placements are made afresh afterwards. */
@Named
@Dependent
public class FinalRankingWriter extends ResultWriter<FinalOutcome> {
    @Override
    protected void write(Connection c, List<Long> replaced, List<Long> formationIds, List<FinalOutcome> outcomes)
            throws SQLException {
        SelectionResultRepository.writeFinal(c, target.periodId(), job.getExecutionId(), replaced, formationIds,
                outcomes);
    }
}
