package id.sofifi.asn.workforce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Kepala unit kerja: an employee's head and what a head oversees, on the demo tree BKD (1) with its bidang Mutasi
 * (2) and Bangkom (3), and DINKES (4) with its UPT Labkesda (5).
 */
class UnitHeadsTest {
    private static final long BKD = 1;
    private static final long MUTASI = 2;
    private static final long BANGKOM = 3;
    private static final long DINKES = 4;
    private static final long LABKESDA = 5;
    private static final Map<Long, Long> TREE = tree();
    private static final String RAHMAT = "198506142010031001";
    private static final String NURHAYATI = "199011022015042001";
    private static final String RIZAL = "199912052026031001";
    private static final String YUSUF = "198808302014011001";

    private static Map<Long, Long> tree() {
        Map<Long, Long> parents = new HashMap<>();
        parents.put(BKD, null);
        parents.put(MUTASI, BKD);
        parents.put(BANGKOM, BKD);
        parents.put(DINKES, null);
        parents.put(LABKESDA, DINKES);
        return parents;
    }

    @Test
    @DisplayName("An employee's head is the head of their own unit")
    void headOfOwnUnit() {
        UnitHeads heads = new UnitHeads(TREE, Map.of(BANGKOM, NURHAYATI, BKD, RAHMAT));
        assertEquals(Optional.of(NURHAYATI), heads.headOf(RIZAL, BANGKOM));
    }

    @Test
    @DisplayName("A unit without a head: the head of the nearest unit above it that has one")
    void nearestAncestor() {
        UnitHeads heads = new UnitHeads(TREE, Map.of(BKD, RAHMAT));
        assertEquals(Optional.of(RAHMAT), heads.headOf(RIZAL, BANGKOM));
        assertEquals(Optional.of(RAHMAT), heads.headOf(RIZAL, BKD));
    }

    @Test
    @DisplayName("The head of a unit answers to the head of the unit above, and nobody is their own head")
    void neverThemself() {
        UnitHeads heads = new UnitHeads(TREE, Map.of(BKD, RAHMAT, BANGKOM, NURHAYATI));
        assertEquals(Optional.of(RAHMAT), heads.headOf(NURHAYATI, BANGKOM));
        assertEquals(Optional.empty(), heads.headOf(RAHMAT, BKD), "the head of an OPD has no head here");
    }

    @Test
    @DisplayName("A head placed below the unit they head answers to the unit above the one they head, not to the "
            + "head of their own bidang")
    void headPlacedBelow() {
        UnitHeads heads = new UnitHeads(TREE, Map.of(BKD, RAHMAT, MUTASI, NURHAYATI));
        assertEquals(Optional.empty(), heads.headOf(RAHMAT, MUTASI));
        assertEquals(Optional.of(NURHAYATI), heads.headOf(RIZAL, MUTASI));
    }

    @Test
    @DisplayName("No head anywhere above: none; another OPD's head is never anyone's head here")
    void noHead() {
        UnitHeads heads = new UnitHeads(TREE, Map.of(DINKES, YUSUF));
        assertEquals(Optional.empty(), heads.headOf(RIZAL, BANGKOM));
        assertEquals(Optional.of(YUSUF), heads.headOf(RIZAL, LABKESDA));
    }

    @Test
    @DisplayName("A head oversees their unit and every unit below it, not the units above or beside it")
    void oversees() {
        UnitHeads heads = new UnitHeads(TREE, Map.of(BKD, RAHMAT, BANGKOM, NURHAYATI));
        assertTrue(heads.oversees(RAHMAT, BKD));
        assertTrue(heads.oversees(RAHMAT, MUTASI));
        assertTrue(heads.oversees(NURHAYATI, BANGKOM));
        assertFalse(heads.oversees(NURHAYATI, BKD), "not the OPD above");
        assertFalse(heads.oversees(NURHAYATI, MUTASI), "not the bidang beside");
        assertFalse(heads.oversees(RAHMAT, LABKESDA), "not another OPD");
        assertFalse(heads.oversees(RIZAL, BANGKOM), "who heads nothing oversees nothing");
        assertEquals(Optional.of(BANGKOM), heads.unitHeadedBy(NURHAYATI));
        assertEquals(Optional.empty(), heads.unitHeadedBy(RIZAL));
    }

    @Test
    @DisplayName("A broken tree (a unit under itself) does not loop")
    void cycle() {
        Map<Long, Long> broken = new HashMap<>(TREE);
        broken.put(BKD, MUTASI);
        UnitHeads heads = new UnitHeads(broken, Map.of(BANGKOM, NURHAYATI));
        assertEquals(Optional.empty(), heads.headOf(RIZAL, MUTASI));
        assertFalse(heads.oversees(NURHAYATI, MUTASI));
    }
}
