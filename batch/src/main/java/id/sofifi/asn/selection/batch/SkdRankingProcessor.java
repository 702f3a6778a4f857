package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.SkdCandidate;
import id.sofifi.asn.selection.domain.SkdRanking;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;

/** Ranks one formation by ASN-RULES.md §1.4–1.5. */
@Named
@Dependent
public class SkdRankingProcessor implements ItemProcessor {
    @Inject
    SelectionTarget target;

    @Override
    @SuppressWarnings("unchecked")
    public Object processItem(Object item) throws SQLException {
        FormationItem<SkdCandidate> formation = (FormationItem<SkdCandidate>) item;
        return new FormationResults<>(formation.formation(), SkdRanking.rank(formation.formation().category(),
                formation.formation().quota(), target.thresholds(), formation.candidates()));
    }
}
