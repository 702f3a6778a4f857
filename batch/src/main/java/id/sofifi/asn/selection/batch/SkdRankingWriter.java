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
    @Override
    protected void write(Connection c, List<Long> replaced, List<Long> formationIds, List<SkdOutcome> outcomes)
            throws SQLException {
        SelectionResultRepository.writeSkd(c, target.periodId(), job.getExecutionId(), replaced, formationIds,
                outcomes);
    }
}
