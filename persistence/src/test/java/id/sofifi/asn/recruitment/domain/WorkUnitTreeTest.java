package id.sofifi.asn.recruitment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.DomainException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The organisation tree: OPD → bidang/UPT, kept free of cycles. */
class WorkUnitTreeTest {
    private final WorkUnit dinkes = new WorkUnit("DINKES", "Dinas Kesehatan");
    private final WorkUnit p2p = new WorkUnit("DINKES-P2P", "Bidang Pencegahan Penyakit", dinkes);
    private final WorkUnit labkesda = new WorkUnit("DINKES-LAB", "UPT Laboratorium Kesehatan", p2p);
    private final WorkUnit bkd = new WorkUnit("BKD", "Badan Kepegawaian Daerah");

    @Test
    @DisplayName("An OPD has no parent; a bidang knows its OPD and its depth")
    void parentsAndDepth() {
        assertTrue(dinkes.parent().isEmpty());
        assertSame(dinkes, p2p.parent().orElseThrow());
        assertEquals(0, dinkes.depth());
        assertEquals(2, labkesda.depth());
    }

    @Test
    @DisplayName("A unit cannot be moved under itself")
    void notUnderItself() {
        DomainException refused = assertThrows(DomainException.class, () -> p2p.move(p2p));
        assertEquals("workUnit.cycle", refused.messageKey());
        assertSame(dinkes, p2p.parent().orElseThrow(), "a refused move changes nothing");
    }

    @Test
    @DisplayName("A unit cannot be moved under one of its descendants, however deep")
    void notUnderADescendant() {
        assertEquals("workUnit.cycle", assertThrows(DomainException.class, () -> dinkes.move(p2p)).messageKey());
        assertEquals("workUnit.cycle", assertThrows(DomainException.class, () -> dinkes.move(labkesda)).messageKey());
        assertTrue(dinkes.parent().isEmpty());
    }

    @Test
    @DisplayName("A unit moves under another OPD with its whole branch, or becomes an OPD itself")
    void movesElsewhere() {
        p2p.move(bkd);
        assertSame(bkd, p2p.parent().orElseThrow());
        assertEquals(2, labkesda.depth());
        labkesda.move(null);
        assertTrue(labkesda.parent().isEmpty());
        labkesda.move(dinkes);
        assertSame(dinkes, labkesda.parent().orElseThrow());
    }

    @Test
    @DisplayName("In tree order every parent comes before its children, siblings by name")
    void treeOrder() {
        WorkUnit rsud = new WorkUnit("RSUD", "RSUD Sofifi");
        WorkUnit aUnit = new WorkUnit("DINKES-ADM", "Bagian Umum", dinkes);
        List<WorkUnit> ordered = WorkUnit.inTreeOrder(List.of(labkesda, rsud, p2p, aUnit, bkd, dinkes));
        assertEquals(List.of("BKD", "DINKES", "DINKES-ADM", "DINKES-P2P", "DINKES-LAB", "RSUD"),
                ordered.stream().map(WorkUnit::code).toList());
    }
}
