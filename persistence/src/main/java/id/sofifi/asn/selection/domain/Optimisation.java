package id.sofifi.asn.selection.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Optimisasi (ASN-RULES.md §1.7): seats left empty in a formation go, by final rank, to candidates who
 * met the SKD thresholds and took SKB but failed in their own formation, within one group of the same
 * position and education qualification — first from other formations of the same work unit (L-1), then,
 * as a regional government may, from other work units (L-2).
 */
public final class Optimisation {
    private static final Comparator<Eligible> BEST_FIRST = Comparator.comparing(Eligible::candidate,
            RankingOrder.FINAL.comparator());

    private record Eligible(FormationSeats from, FinalOutcome outcome, FinalCandidate candidate) {
    }

    private Optimisation() {
    }

    /**
     * Fills the empty seats (quota minus winners, minus seats already filled by an earlier optimisation)
     * formation by formation in formation-code order, seat by seat, each with the best free candidate by
     * {@link RankingOrder#FINAL}, compared across formations. Returns only the changed outcomes, in the order
     * the seats were filled; a seat stays empty when nobody is left.
     */
    public static List<FinalOutcome> fill(List<FormationSeats> sameRoleAndEducation) {
        List<Eligible> eligible = eligible(sameRoleAndEducation);
        List<FinalOutcome> placements = new ArrayList<>();
        List<FormationSeats> byCode = sameRoleAndEducation.stream()
                .sorted(Comparator.comparing(FormationSeats::formationCode)).toList();
        for (FormationSeats seats : byCode) {
            long empty = seats.quota() - seats.winners() - filledEarlier(sameRoleAndEducation, seats);
            for (long seat = 0; seat < empty; seat++) {
                Optional<Eligible> sameLocation = best(eligible,
                        e -> !e.from().formationCode().equals(seats.formationCode())
                                && e.from().workUnitCode().equals(seats.workUnitCode()));
                Optional<Eligible> chosen = sameLocation
                        .or(() -> best(eligible, e -> !e.from().workUnitCode().equals(seats.workUnitCode())));
                if (chosen.isEmpty()) {
                    break;
                }
                eligible.remove(chosen.get());
                FinalCode placement = sameLocation.isPresent()
                        ? FinalCode.PLACED_SAME_LOCATION
                        : FinalCode.PLACED_OTHER_LOCATION;
                placements.add(chosen.get().outcome().placedIn(seats.formationCode(), placement));
            }
        }
        return placements;
    }

    /** Failed candidates with a final score: they met the thresholds and took SKB, and hold no seat yet. */
    private static List<Eligible> eligible(List<FormationSeats> group) {
        var codes = new HashSet<String>();
        Map<Long, FinalCandidate> candidates = new HashMap<>();
        for (FormationSeats seats : group) {
            if (!codes.add(seats.formationCode())) {
                throw new IllegalArgumentException("Formation twice in one group: " + seats.formationCode());
            }
            seats.candidates().forEach(c -> candidates.put(c.applicationId(), c));
        }
        List<Eligible> eligible = new ArrayList<>();
        for (FormationSeats seats : group) {
            for (FinalOutcome o : seats.outcomes()) {
                if (o.code() == FinalCode.FAILED && o.finalScore() != null) {
                    FinalCandidate c = candidates.get(o.applicationId());
                    if (c == null) {
                        throw new IllegalArgumentException("No candidate data for " + o.registrationNumber());
                    }
                    eligible.add(new Eligible(seats, o, c));
                }
            }
        }
        RankingOrder.requireDistinct(eligible.stream().map(Eligible::candidate).toList());
        return eligible;
    }

    /** Seats of this formation taken by L-1/L-2 moves already in the outcomes, so running twice moves nobody twice. */
    private static long filledEarlier(List<FormationSeats> group, FormationSeats seats) {
        return group.stream().flatMap(s -> s.outcomes().stream())
                .filter(o -> seats.formationCode().equals(o.placedFormationCode())).count();
    }

    private static Optional<Eligible> best(List<Eligible> eligible, Predicate<Eligible> from) {
        return eligible.stream().filter(from).min(BEST_FIRST);
    }
}
