package id.sofifi.asn.performance.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kurva distribusi (ASN-RULES §2 [M, P]): the organisation's own rating bounds how its staff's predicates may be
 * spread. The bounds are a table from the organisation rating to its bounds, so an agency's other bounds are another
 * table; {@link #STANDARD} holds the two the rules give. An organisation rating without bounds in the table bounds
 * nothing. The check only warns: the unit head and the BKD decide what to change before the annual results are final.
 */
public final class DistributionCurve {
    /** The bounds of §2: "Baik" → at most 70 % Baik and at least one Butuh Perbaikan or Kurang; "Sangat Kurang" → no Sangat Baik. */
    public static final DistributionCurve STANDARD = new DistributionCurve(Map.of(Predicate.BAIK,
            List.of(new AtMostShare(Predicate.BAIK, 70),
                    new AtLeastOneOf(EnumSet.of(Predicate.BUTUH_PERBAIKAN, Predicate.KURANG))),
            Predicate.SANGAT_KURANG, List.of(new NoneOf(Predicate.SANGAT_BAIK))));

    private final Map<Predicate, List<Bound>> bounds;

    public DistributionCurve(Map<Predicate, List<Bound>> bounds) {
        this.bounds = Map.copyOf(bounds);
    }

    /** The bounds an organisation rated {@code organisationRating} holds its staff to; none when the table has none. */
    public List<Bound> boundsFor(Predicate organisationRating) {
        return bounds.getOrDefault(organisationRating, List.of());
    }

    /**
     * The bounds the staff's predicates break (one predicate per employee, e.g. their annual assessments); none for a
     * unit without assessed staff.
     */
    public List<CurveWarning> check(Predicate organisationRating, Collection<Predicate> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        Map<Predicate, Long> counts = new EnumMap<>(Predicate.class);
        staff.forEach(p -> counts.merge(p, 1L, Long::sum));
        return boundsFor(organisationRating).stream().map(b -> b.broken(counts, staff.size())).flatMap(Optional::stream)
                .toList();
    }

    /** One bound of a curve: a warning when the counts of predicates (of {@code total} staff) break it. */
    public sealed interface Bound permits AtMostShare, AtLeastOneOf, NoneOf {
        Optional<CurveWarning> broken(Map<Predicate, Long> counts, long total);
    }

    /** At most {@code percent} % of staff have {@code predicate}. */
    public record AtMostShare(Predicate predicate, int percent) implements Bound {
        @Override
        public Optional<CurveWarning> broken(Map<Predicate, Long> counts, long total) {
            long count = counts.getOrDefault(predicate, 0L);
            return count * 100 > percent * total
                    ? Optional.of(new CurveWarning("performance.curve.atMostShare",
                            List.of(predicate.name(), percent, count, total)))
                    : Optional.empty();
        }
    }

    /** At least one employee has one of {@code predicates}. */
    public record AtLeastOneOf(Set<Predicate> predicates) implements Bound {
        public AtLeastOneOf {
            predicates = Set.copyOf(predicates);
        }

        @Override
        public Optional<CurveWarning> broken(Map<Predicate, Long> counts, long total) {
            return predicates.stream().anyMatch(p -> counts.getOrDefault(p, 0L) > 0)
                    ? Optional.empty()
                    : Optional.of(new CurveWarning("performance.curve.atLeastOneOf", List
                            .of(predicates.stream().sorted().map(Predicate::name).collect(Collectors.joining(", ")))));
        }
    }

    /** Nobody has {@code predicate}. */
    public record NoneOf(Predicate predicate) implements Bound {
        @Override
        public Optional<CurveWarning> broken(Map<Predicate, Long> counts, long total) {
            long count = counts.getOrDefault(predicate, 0L);
            return count > 0
                    ? Optional.of(new CurveWarning("performance.curve.noneOf", List.of(predicate.name(), count)))
                    : Optional.empty();
        }
    }
}
