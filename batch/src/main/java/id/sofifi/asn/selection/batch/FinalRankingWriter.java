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
    public FinalRankingWriter() {
        super(SelectionResultRepository.Table.FINAL);
    }

    @Override
    protected void upsert(Connection c, List<Long> formationIds, List<FinalOutcome> outcomes) throws SQLException {
        SelectionResultRepository.upsertFinal(c, target.periodId(), job.getExecutionId(), formationIds, outcomes);
    }
}
