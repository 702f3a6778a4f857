package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.batch.OptimisationReader.SeatGroup;
import id.sofifi.asn.selection.domain.Optimisation;
import id.sofifi.asn.selection.domain.SelectionResultRepository.Placement;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Fills the empty seats of one group by ASN-RULES.md §1.7 (L-1, then L-2). */
@Named
@Dependent
public class OptimisationProcessor implements ItemProcessor {
    @Override
    public Object processItem(Object item) {
        SeatGroup group = (SeatGroup) item;
        List<Placement> placements = Optimisation.fill(group.formations()).stream()
                .map(o -> new Placement(o.applicationId(), o.code(), group.formationIds().get(o.placedFormationCode())))
                .toList();
        return placements.isEmpty() ? null : placements;
    }
}
