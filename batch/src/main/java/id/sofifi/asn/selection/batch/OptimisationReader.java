package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.FinalCandidate;
import id.sofifi.asn.selection.domain.FormationSeats;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Hands out, one per item, each group of formations with the same position and education (§1.7) in
 * which some seat stayed empty after the final ranking. Each formation of the group comes ranked again
 * from its candidates — the ranking is deterministic, so this equals what the ranking step wrote. The
 * checkpoint is the number of groups handed out.
 */
@Named
@Dependent
public class OptimisationReader extends AbstractItemReader {
    @Inject
    DataSource dataSource;

    @Inject
    SelectionTarget target;

    @Inject
    FinalCandidates finalCandidates;

    private List<List<RankedFormation>> groups;
    private int position;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        Set<Long> withEmptySeats = withEmptySeats();
        groups = target.formations(0, 1).stream()
                .collect(Collectors.groupingBy(f -> f.position() + '\u001f' + f.education(), TreeMap::new,
                        Collectors.toList()))
                .values().stream()
                .filter(g -> g.size() > 1 && g.stream().anyMatch(f -> withEmptySeats.contains(f.id()))).toList();
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() throws SQLException {
        if (position >= groups.size()) {
            return null;
        }
        List<RankedFormation> group = groups.get(position++);
        Map<Long, RankedFormation> byId = group.stream().collect(Collectors.toMap(RankedFormation::id, f -> f));
        try (Connection c = dataSource.getConnection()) {
            Map<Long, List<FinalCandidate>> candidates = finalCandidates.of(c, byId.keySet().toArray(Long[]::new),
                    byId);
            return new SeatGroup(group.stream().collect(Collectors.toMap(RankedFormation::code, RankedFormation::id)),
                    group.stream().map(f -> FormationSeats.ranked(f.code(), f.workUnitCode(), f.category(), f.quota(),
                            candidates.getOrDefault(f.id(), List.of()))).toList());
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    private Set<Long> withEmptySeats() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return SelectionResultRepository.formationsWithEmptySeats(c, target.periodId());
        }
    }

    /** The formations of one position-and-education group, with their ids by code for the writer. */
    record SeatGroup(Map<String, Long> formationIds, List<FormationSeats> formations) {
    }
}
