package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.FinalCandidate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The final-stage candidates of the partition's formations. */
@Named
@Dependent
public class FinalRankingReader extends FormationReader<FinalCandidate> {
    @Inject
    FinalCandidates finalCandidates;

    @Override
    protected Map<Long, List<FinalCandidate>> candidates(Connection c, Long[] formationIds) throws SQLException {
        return finalCandidates.of(c, formationIds, formationsById());
    }
}
