package id.sofifi.asn.selection.domain;

import static id.sofifi.asn.selection.domain.Candidates.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ASN-RULES.md §1.5 and API-CONTRACT.md: one total, deterministic order and competition ranks. */
class RankingOrderTest {
    private static final RankingOrder SKD = RankingOrder.SKD;

    @Test
    @DisplayName("S7: C and D both total 385; C is ahead on TKP, the first tie-break key")
    void s7TieBreak() {
        SkdCandidate c = present(3, 95, 110, 180);
        SkdCandidate d = present(4, 110, 100, 175);
        assertTrue(SKD.comparator().compare(c, d) < 0);
        assertEquals(TieBreak.TKP, SKD.decidingKey(c, d));
        assertFalse(SKD.tied(c, d));
    }

    @Test
    @DisplayName("§1.5: TIU decides when TKP is equal, TWK when TIU is too; the total decides first")
    void keyOrder() {
        assertEquals(TieBreak.TIU, SKD.decidingKey(present(1, 90, 105, 170), present(2, 95, 100, 170)));
        assertEquals(TieBreak.SKD_TOTAL, SKD.decidingKey(present(1, 150, 175, 170), present(2, 60, 80, 225)));
    }

    @Test
    @DisplayName("API-CONTRACT: equal on every key share a rank and the next skips — 1, 2, 2, 4")
    void competitionRanks() {
        List<SkdCandidate> sorted = new ArrayList<>(List.of(present(4, 70, 85, 170), present(2, 80, 85, 170),
                present(1, 90, 90, 170), present(3, 80, 85, 170)));
        sorted.sort(SKD.comparator());
        assertEquals(List.of("24-000001", "24-000002", "24-000003", "24-000004"),
                sorted.stream().map(Ranked::registrationNumber).toList());
        assertEquals(List.of(1, 2, 2, 4), SKD.ranks(sorted));
        assertEquals(Arrays.asList(null, TieBreak.SKD_TOTAL, TieBreak.NONE, TieBreak.SKD_TOTAL), SKD.tieBreaks(sorted));
        assertTrue(SKD.tied(sorted.get(1), sorted.get(2)));
    }

    @Test
    @DisplayName("Property: the order is total, antisymmetric and transitive on random candidates")
    void totalOrder() {
        Random random = new Random(20240701L);
        for (int round = 0; round < 200; round++) {
            for (RankingOrder order : List.of(RankingOrder.SKD, RankingOrder.FINAL)) {
                List<? extends Ranked> sample = order == RankingOrder.SKD
                        ? Candidates.randomSkdCandidates(random, 3).stream().filter(c -> c.skd() != null).toList()
                        : Candidates.randomFinalCandidates(random, 3).stream().filter(c -> c.finalScore() != null)
                                .toList();
                for (Ranked a : sample) {
                    assertEquals(0, order.comparator().compare(a, a));
                    for (Ranked b : sample) {
                        int ab = order.comparator().compare(a, b);
                        assertEquals(Integer.signum(ab), -Integer.signum(order.comparator().compare(b, a)));
                        assertEquals(a == b, ab == 0, "distinct candidates never compare equal");
                        for (Ranked c : sample) {
                            if (ab < 0 && order.comparator().compare(b, c) < 0) {
                                assertTrue(order.comparator().compare(a, c) < 0);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("Property: sorting any shuffle gives the identical list")
    void deterministic() {
        Random random = new Random(55L);
        for (int round = 0; round < 200; round++) {
            List<FinalCandidate> candidates = Candidates.randomFinalCandidates(random, 30).stream()
                    .filter(c -> c.finalScore() != null).toList();
            List<FinalCandidate> expected = candidates.stream().sorted(RankingOrder.FINAL.comparator()).toList();
            List<FinalCandidate> again = Candidates.shuffled(candidates, random).stream()
                    .sorted(RankingOrder.FINAL.comparator()).toList();
            assertEquals(expected, again);
        }
    }
}
