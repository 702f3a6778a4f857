package id.sofifi.asn.selection.domain;

import static id.sofifi.asn.selection.domain.Candidates.sat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.recruitment.domain.FormationCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ASN-RULES.md §1.7: empty seats go by final rank, first within the work unit (L-1), then beyond it (L-2). */
class OptimisationTest {

    /** Candidate {@code id} with SKB100 {@code skb100} and an SKD of 385, so a higher SKB100 ranks higher. */
    private static FinalCandidate scored(long id, int skb100) {
        return sat(id, new SkdScore(95, 110, 180), Integer.toString(skb100));
    }

    private static List<String> summary(List<FinalOutcome> outcomes) {
        return outcomes.stream().map(o -> o.registrationNumber() + " " + o.code().label() + " rank " + o.rank() + " → "
                + o.placedFormationCode()).toList();
    }

    @Test
    @DisplayName("§1.7 example: general 3/6, disability 1/0, cumlaude 2/1 →"
            + " general ranks 4 and 5 take the empty seats (L-1); rank 6 TL")
    void workedExample() {
        FormationSeats general = FormationSeats.ranked("DINKES-PERAWAT-01", "DINKES", FormationCategory.GENERAL, 3,
                List.of(scored(1, 90), scored(2, 85), scored(3, 80), scored(4, 75), scored(5, 70), scored(6, 65)));
        FormationSeats disability = FormationSeats.ranked("DINKES-PERAWAT-02", "DINKES", FormationCategory.DISABILITY,
                1, List.of());
        FormationSeats cumlaude = FormationSeats.ranked("DINKES-PERAWAT-03", "DINKES", FormationCategory.CUMLAUDE, 2,
                List.of(scored(7, 50)));
        assertEquals(3, general.winners());
        assertEquals(1, cumlaude.winners());

        List<FinalOutcome> moves = Optimisation.fill(List.of(cumlaude, general, disability));

        assertEquals(List.of("24-000004 L-1 rank 4 → DINKES-PERAWAT-02", "24-000005 L-1 rank 5 → DINKES-PERAWAT-03"),
                summary(moves));
    }

    @Test
    @DisplayName("§1.7: a seat left after the work unit is exhausted goes to the best of another work unit (L-2)")
    void otherWorkUnit() {
        FormationSeats bappedaGeneral = FormationSeats.ranked("BAPPEDA-ANALIS-01", "BAPPEDA", FormationCategory.GENERAL,
                3, List.of(scored(1, 80)));
        FormationSeats bappedaCumlaude = FormationSeats.ranked("BAPPEDA-ANALIS-02", "BAPPEDA",
                FormationCategory.CUMLAUDE, 1, List.of(scored(2, 70), scored(3, 60)));
        FormationSeats dinkes = FormationSeats.ranked("DINKES-ANALIS-01", "DINKES", FormationCategory.GENERAL, 1,
                List.of(scored(4, 95), scored(5, 90), scored(6, 85)));

        List<FinalOutcome> moves = Optimisation.fill(List.of(dinkes, bappedaCumlaude, bappedaGeneral));

        assertEquals(List.of("24-000003 L-1 rank 2 → BAPPEDA-ANALIS-01", "24-000005 L-2 rank 2 → BAPPEDA-ANALIS-01"),
                summary(moves));
    }

    @Test
    @DisplayName("§1.7: filling again with the moves already in the outcomes moves nobody twice")
    void idempotent() {
        FormationSeats general = FormationSeats.ranked("F-01", "DINKES", FormationCategory.GENERAL, 1,
                List.of(scored(1, 90), scored(2, 85), scored(3, 80)));
        FormationSeats disability = FormationSeats.ranked("F-02", "DINKES", FormationCategory.DISABILITY, 1, List.of());
        List<FinalOutcome> moves = Optimisation.fill(List.of(general, disability));
        assertEquals(List.of("24-000002 L-1 rank 2 → F-02"), summary(moves));

        List<FinalOutcome> stored = new ArrayList<>(general.outcomes());
        stored.set(1, moves.get(0));
        FormationSeats generalAfter = new FormationSeats("F-01", "DINKES", FormationCategory.GENERAL, 1, stored,
                general.candidates());
        assertEquals(List.of(), Optimisation.fill(List.of(generalAfter, disability)));
    }

    @Test
    @DisplayName("§1.7: a failed candidate without data to rank across formations is refused")
    void missingCandidateData() {
        FormationSeats general = FormationSeats.ranked("F-01", "DINKES", FormationCategory.GENERAL, 1,
                List.of(scored(1, 90), scored(2, 85)));
        FormationSeats withoutData = new FormationSeats("F-01", "DINKES", FormationCategory.GENERAL, 1,
                general.outcomes(), List.of());
        assertThrows(IllegalArgumentException.class, () -> Optimisation.fill(List.of(withoutData)));
    }
}
