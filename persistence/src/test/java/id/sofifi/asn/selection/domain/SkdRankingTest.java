package id.sofifi.asn.selection.domain;

import static id.sofifi.asn.selection.domain.Candidates.missing;
import static id.sofifi.asn.selection.domain.Candidates.present;
import static id.sofifi.asn.selection.domain.Candidates.reg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.PassingThresholds;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ASN-RULES.md §1.4–1.5: SKD codes and who proceeds to SKB. */
class SkdRankingTest {
    private static final PassingThresholds T2024 = PassingThresholds.defaults2024();

    private static List<SkdOutcome> general(int quota, SkdCandidate... candidates) {
        return SkdRanking.rank(FormationCategory.GENERAL, quota, T2024, List.of(candidates));
    }

    private static List<String> summary(List<SkdOutcome> outcomes) {
        return outcomes.stream()
                .map(o -> o.registrationNumber() + " " + o.code().label() + " " + o.rank() + " " + o.tieBreak())
                .toList();
    }

    @Test
    @DisplayName("S7: 1 seat, A 410, B 400, C 385 (TKP 180), D 385 (TKP 175) → A, B, C P/L; D P")
    void s7() {
        List<SkdOutcome> outcomes = general(1, present(4, 110, 100, 175), present(2, 75, 150, 175),
                present(1, 100, 130, 180), present(3, 95, 110, 180));
        assertEquals(List.of("24-000001 P/L 1 null", "24-000002 P/L 2 SKD_TOTAL", "24-000003 P/L 3 SKD_TOTAL",
                "24-000004 P 4 TKP"), summary(outcomes));
    }

    @Test
    @DisplayName("S7: were D 95/110/180 too, C and D both proceed sharing rank 3 — 4 for 1 seat")
    void s7FullTie() {
        List<SkdOutcome> outcomes = general(1, present(4, 95, 110, 180), present(2, 75, 150, 175),
                present(1, 100, 130, 180), present(3, 95, 110, 180));
        assertEquals(List.of("24-000001 P/L 1 null", "24-000002 P/L 2 SKD_TOTAL", "24-000003 P/L 3 SKD_TOTAL",
                "24-000004 P/L 3 NONE"), summary(outcomes));
    }

    @Test
    @DisplayName("S1–S5: thresholds per category decide between TL and a rank")
    void thresholdsPerCategory() {
        assertEquals(SkdCode.BELOW_THRESHOLD, only(FormationCategory.GENERAL, present(1, 100, 120, 160)).code());
        assertEquals(SkdCode.PROCEEDS, only(FormationCategory.GENERAL, present(2, 65, 80, 166)).code());
        assertEquals(SkdCode.PROCEEDS, only(FormationCategory.CUMLAUDE, present(3, 60, 85, 170)).code());
        assertEquals(SkdCode.BELOW_THRESHOLD, only(FormationCategory.CUMLAUDE, present(4, 90, 80, 180)).code());
        assertEquals(SkdCode.PROCEEDS, only(FormationCategory.DISABILITY, present(5, 55, 60, 171)).code());
        assertEquals(null, only(FormationCategory.GENERAL, present(1, 100, 120, 160)).rank());
        assertEquals(1, only(FormationCategory.DISABILITY, present(5, 55, 60, 171)).rank());
    }

    private static SkdOutcome only(FormationCategory category, SkdCandidate candidate) {
        return SkdRanking.rank(category, 1, T2024, List.of(candidate)).get(0);
    }

    @Test
    @DisplayName("§1.5: absent is TH, disqualified DIS, unranked;"
            + " ranked first, then TL, TH, DIS by registration number")
    void unrankedCodes() {
        List<SkdOutcome> outcomes = general(1, missing(7, Attendance.DISQUALIFIED), missing(3, Attendance.ABSENT),
                present(6, 100, 120, 160), missing(2, Attendance.ABSENT), present(5, 65, 80, 166),
                present(4, 100, 120, 160), present(1, 65, 80, 170));
        assertEquals(List.of("24-000001 P/L 1 null", "24-000005 P/L 2 SKD_TOTAL", "24-000004 TL null null",
                "24-000006 TL null null", "24-000002 TH null null", "24-000003 TH null null",
                "24-000007 DIS null null"), summary(outcomes));
    }

    @Test
    @DisplayName("§1.5: the cut-off is 3 × quota")
    void cutOff() {
        assertEquals(3, SkdRanking.cutOff(1));
        assertEquals(30, SkdRanking.cutOff(10));
        assertThrows(IllegalArgumentException.class, () -> SkdRanking.cutOff(0));
    }

    @Test
    @DisplayName("A registration number twice in one formation is refused: the order would depend on the input")
    void duplicateRegistration() {
        SkdCandidate twin = new SkdCandidate(9, reg(1), Attendance.ABSENT, null, null, Candidates.BORN);
        assertThrows(IllegalArgumentException.class, () -> general(1, present(1, 65, 80, 166), twin));
    }

    @Test
    @DisplayName("Property: shuffling the input never changes the outcome")
    void inputOrderIrrelevant() {
        Random random = new Random(1945L);
        for (int round = 0; round < 200; round++) {
            List<SkdCandidate> candidates = Candidates.randomSkdCandidates(random, 1 + random.nextInt(40));
            int quota = 1 + random.nextInt(4);
            List<SkdOutcome> expected = SkdRanking.rank(FormationCategory.GENERAL, quota, T2024, candidates);
            assertEquals(expected,
                    SkdRanking.rank(FormationCategory.GENERAL, quota, T2024, Candidates.shuffled(candidates, random)));
            assertEquals(candidates.size(), expected.size());
        }
    }

    @Test
    @DisplayName("Property §1.5: at least min(3 × quota, passing) proceed;"
            + " beyond 3 × quota only full ties with the cut-off")
    void cutOffProperty() {
        Random random = new Random(321L);
        for (int round = 0; round < 200; round++) {
            List<SkdCandidate> candidates = Candidates.randomSkdCandidates(random, 1 + random.nextInt(40));
            int quota = 1 + random.nextInt(4);
            int cutOff = SkdRanking.cutOff(quota);
            List<SkdOutcome> outcomes = SkdRanking.rank(FormationCategory.GENERAL, quota, T2024, candidates);
            List<SkdOutcome> ranked = outcomes.stream().filter(o -> o.rank() != null).toList();
            long proceeding = ranked.stream().filter(o -> o.code() == SkdCode.PROCEEDS).count();
            assertTrue(proceeding >= Math.min(cutOff, ranked.size()));
            for (int i = 0; i < ranked.size(); i++) {
                SkdOutcome o = ranked.get(i);
                boolean proceeds = o.code() == SkdCode.PROCEEDS;
                boolean insideOrTiedAtCutOff = i < cutOff || RankingOrder.SKD
                        .tied(candidate(candidates, ranked.get(cutOff - 1)), candidate(candidates, o));
                assertEquals(insideOrTiedAtCutOff, proceeds, o.toString());
                assertTrue(!proceeds || o.rank() <= cutOff);
            }
        }
    }

    private static SkdCandidate candidate(List<SkdCandidate> candidates, SkdOutcome outcome) {
        return candidates.stream().filter(c -> c.applicationId() == outcome.applicationId()).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("§1.5 codes read back from their labels")
    void labels() {
        for (SkdCode code : SkdCode.values()) {
            assertEquals(code, SkdCode.fromLabel(code.label()));
        }
        assertEquals(SkdCode.PROCEEDS, SkdCode.fromLabel("P/L"));
        assertThrows(IllegalArgumentException.class, () -> SkdCode.fromLabel("L"));
    }
}
