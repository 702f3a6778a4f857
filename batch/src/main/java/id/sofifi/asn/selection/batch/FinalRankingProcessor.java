package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.FinalCandidate;
import id.sofifi.asn.selection.domain.FinalRanking;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Ranks one formation by ASN-RULES.md §1.6. */
@Named
@Dependent
public class FinalRankingProcessor implements ItemProcessor {
    @Override
    @SuppressWarnings("unchecked")
    public Object processItem(Object item) {
        FormationItem<FinalCandidate> formation = (FormationItem<FinalCandidate>) item;
        return new FormationResults<>(formation.formation(),
                FinalRanking.rank(formation.formation().quota(), formation.candidates()));
    }
}
