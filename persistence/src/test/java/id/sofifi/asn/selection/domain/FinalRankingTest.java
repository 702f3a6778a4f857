package id.sofifi.asn.selection.domain;

import static id.sofifi.asn.selection.domain.Candidates.BORN;
import static id.sofifi.asn.selection.domain.Candidates.reg;
import static id.sofifi.asn.selection.domain.Candidates.sat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ASN-RULES.md §1.6: the final ranking of a formation and its codes. */
class FinalRankingTest {
    private static final SkdScore SKD_385 = new SkdScore(95, 110, 180);

    private static List<String> summary(List<FinalOutcome> outcomes) {
        return outcomes.stream()
                .map(o -> o.registrationNumber() + " " + o.code().label() + " " + o.rank() + " " + o.tieBreak())
                .toList();
    }

    private static FinalCandidate with(long id, String gpa, int bornDaysAfter) {
        return new FinalCandidate(id, reg(id), FinalStatus.PRESENT, SKD_385, new BigDecimal("70"),
                gpa == null ? null : new BigDecimal(gpa), BORN.plusDays(bornDaysAfter));
    }

    private static FinalCandidate status(long id, FinalStatus status, SkdScore skd) {
        return new FinalCandidate(id, reg(id), status, skd, null, null, BORN);
    }

    @Test
    @DisplayName("S10: both FINAL exactly 72; P1 first on the higher SKD total")
    void s10() {
        FinalCandidate p1 = sat(1, new SkdScore(140, 150, 205), "60");
        FinalCandidate p2 = sat(2, new SkdScore(70, 85, 175), "80");
        List<FinalOutcome> outcomes = FinalRanking.rank(1, List.of(p2, p1));
        assertEquals(List.of("24-000001 L 1 null", "24-000002 TL 2 SKD_TOTAL"), summary(outcomes));
        assertEquals(0, new BigDecimal("72").compareTo(outcomes.get(0).finalScore()));
        assertEquals(0, outcomes.get(0).finalScore().compareTo(outcomes.get(1).finalScore()));
        assertEquals(0, new BigDecimal("90").compareTo(outcomes.get(0).skd100()));
        assertEquals(0, new BigDecimal("60").compareTo(outcomes.get(0).skb100()));
        assertNull(outcomes.get(0).placedFormationCode());
    }

    @Test
    @DisplayName("§1.6: equal on FINAL and SKD, the higher GPA wins, then the older; no GPA ranks last")
    void gpaThenAge() {
        List<FinalOutcome> outcomes = FinalRanking.rank(2,
                List.of(with(4, null, 0), with(3, "3.50", 0), with(2, "3.50", -1), with(1, "3.75", 5)));
        assertEquals(List.of("24-000001 L 1 null", "24-000002 L 2 GPA", "24-000003 TL 3 AGE", "24-000004 TL 4 GPA"),
                summary(outcomes));
    }

    @Test
    @DisplayName("§1.6: a full tie across the last seat — shared rank,"
            + " the earlier registration number takes the seat")
    void fullTieAtLastSeat() {
        List<FinalOutcome> outcomes = FinalRanking.rank(1, List.of(with(2, "3.50", 0), with(1, "3.50", 0)));
        assertEquals(List.of("24-000001 L 1 null", "24-000002 TL 1 NONE"), summary(outcomes));
    }

    @Test
    @DisplayName("§1.6: absent TH, withdrawn APS, disqualified DIS, not eligible TMS — unranked,"
            + " after the ranked, by code then number")
    void unrankedCodes() {
        List<FinalOutcome> outcomes = FinalRanking.rank(1,
                List.of(status(6, FinalStatus.NOT_ELIGIBLE, null), status(5, FinalStatus.DISQUALIFIED, SKD_385),
                        status(4, FinalStatus.WITHDRAWN, SKD_385), status(3, FinalStatus.ABSENT, SKD_385),
                        status(2, FinalStatus.ABSENT, SKD_385), sat(1, SKD_385, "10")));
        assertEquals(
                List.of("24-000001 L 1 null", "24-000002 TH null null", "24-000003 TH null null",
                        "24-000004 APS null null", "24-000005 DIS null null", "24-000006 TMS null null"),
                summary(outcomes));
        FinalOutcome absent = outcomes.get(1);
        assertEquals(FinalScore.skd100(385), absent.skd100());
        assertNull(absent.finalScore());
        assertNull(outcomes.get(5).skd100());
    }

    @Test
    @DisplayName("§1.6: a candidate present at SKB must have both scores")
    void presentNeedsScores() {
        assertThrows(IllegalArgumentException.class,
                () -> new FinalCandidate(1, reg(1), FinalStatus.PRESENT, SKD_385, null, null, BORN));
        assertThrows(IllegalArgumentException.class, () -> FinalRanking.rank(0, List.of()));
    }

    @Test
    @DisplayName("Property: shuffling the input never changes the outcome; exactly min(quota, present) pass")
    void inputOrderIrrelevant() {
        Random random = new Random(17081945L);
        for (int round = 0; round < 200; round++) {
            List<FinalCandidate> candidates = Candidates.randomFinalCandidates(random, 1 + random.nextInt(30));
            int quota = 1 + random.nextInt(5);
            List<FinalOutcome> expected = FinalRanking.rank(quota, candidates);
            assertEquals(expected, FinalRanking.rank(quota, Candidates.shuffled(candidates, random)));
            long present = candidates.stream().filter(c -> c.status() == FinalStatus.PRESENT).count();
            assertEquals(Math.min(quota, present), expected.stream().filter(o -> o.code() == FinalCode.PASSED).count());
        }
    }

    @Test
    @DisplayName("§1.6–1.7 codes read back from their labels")
    void labels() {
        for (FinalCode code : FinalCode.values()) {
            assertEquals(code, FinalCode.fromLabel(code.label()));
        }
        assertEquals(FinalCode.PLACED_OTHER_LOCATION, FinalCode.fromLabel("L-2"));
        assertThrows(IllegalArgumentException.class, () -> FinalCode.fromLabel("P/L"));
    }
}
