package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.SelectionResultRepository;
import id.sofifi.asn.selection.domain.SkdOutcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes the SKD results of the chunk's formations. */
@Named
@Dependent
public class SkdRankingWriter extends ResultWriter<SkdOutcome> {
    public SkdRankingWriter() {
        super(SelectionResultRepository.Table.SKD);
    }

    @Override
    protected void upsert(Connection c, List<Long> formationIds, List<SkdOutcome> outcomes) throws SQLException {
        SelectionResultRepository.upsertSkd(c, target.periodId(), job.getExecutionId(), formationIds, outcomes);
    }
}
