package id.sofifi.asn.selection.domain;

import id.sofifi.asn.recruitment.domain.FormationCategory;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One formation of an optimisation group (ASN-RULES.md §1.7): its seats, its final outcomes as
 * {@link FinalRanking} gave them (or as stored), and the candidates behind them. The outcomes say who
 * is still free; the candidates carry what {@link RankingOrder#FINAL} compares across formations (SKD
 * subtests, GPA, birth date), which an outcome does not hold. Every failed candidate with a final score
 * needs its candidate here; others may be left out.
 */
public record FormationSeats(String formationCode, String workUnitCode, FormationCategory category, int quota,
        List<FinalOutcome> outcomes, List<FinalCandidate> candidates) {

    public FormationSeats {
        Objects.requireNonNull(formationCode, "formationCode");
        Objects.requireNonNull(workUnitCode, "workUnitCode");
        Seats.atLeastOne(quota);
        outcomes = List.copyOf(outcomes);
        candidates = List.copyOf(candidates);
    }

    /** Ranks the candidates of a formation and keeps both, the usual way to build a group. */
    public static FormationSeats ranked(String formationCode, String workUnitCode, FormationCategory category,
            int quota, Collection<FinalCandidate> candidates) {
        return new FormationSeats(formationCode, workUnitCode, category, quota, FinalRanking.rank(quota, candidates),
                List.copyOf(candidates));
    }

    /** Winners in their own formation (L). */
    public long winners() {
        return outcomes.stream().filter(o -> o.code() == FinalCode.PASSED).count();
    }
}
