package id.sofifi.asn.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.audit.domain.AuditChain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chain over announcement entries: reproducible by anyone, and broken by any change, swap or removal. */
class AnnouncementChainTest {

    private static List<AnnouncementChain.Link> sealed(int length) {
        AnnouncementChain.Sealer sealer = new AnnouncementChain.Sealer();
        List<AnnouncementChain.Link> links = new ArrayList<>();
        for (int seq = 1; seq <= length; seq++) {
            links.add(sealer.seal(AnnouncementChain.Link.unhashed(seq, "R-" + (1000 + seq), "Pelamar " + seq,
                    "DINKES-PERAWAT-01", seq % 3 == 0 ? "TMS" : "MS")));
        }
        return links;
    }

    private static AnnouncementChain.Link withName(AnnouncementChain.Link l, String name) {
        return new AnnouncementChain.Link(l.seq(), l.registrationNumber(), name, l.formationCode(), l.code(),
                l.previousHash(), l.entryHash());
    }

    private static AnnouncementChain.Link withSeq(AnnouncementChain.Link l, int seq) {
        return new AnnouncementChain.Link(seq, l.registrationNumber(), l.name(), l.formationCode(), l.code(),
                l.previousHash(), l.entryHash());
    }

    @Test
    @DisplayName("The entry hash is SHA-256 of seq, number, name, formation, code and previous hash joined by U+001F")
    void canonicalForm() {
        AnnouncementChain.Link first = sealed(1).get(0);
        assertEquals(AuditChain.GENESIS, first.previousHash());
        assertEquals(AuditChain.sha256(
                String.join("\u001f", "1", "R-1001", "Pelamar 1", "DINKES-PERAWAT-01", "MS", AuditChain.GENESIS)),
                first.entryHash());
        assertEquals(64, first.entryHash().length());
    }

    @Test
    @DisplayName("An untouched chain verifies, with its entry count and the head hash sealing produced")
    void intactChainVerifies() {
        List<AnnouncementChain.Link> links = sealed(50);
        AnnouncementChain.Sealer again = new AnnouncementChain.Sealer();
        links.forEach(l -> again.seal(l));
        AnnouncementChain.ChainCheck v = AnnouncementChain.check(links.iterator(), again.head());
        assertTrue(v.valid());
        assertNull(v.firstBrokenSeq());
        assertEquals(50, v.entries());
        assertEquals(links.get(49).entryHash(), v.headHash());
        assertEquals(again.head().headHash(), v.headHash());
    }

    @Test
    @DisplayName("A changed name breaks its own entry, which is reported")
    void tamperedName() {
        List<AnnouncementChain.Link> links = sealed(80);
        AnnouncementChain.Head head = new AnnouncementChain.Head(80, links.get(79).entryHash());
        links.set(56, withName(links.get(56), "Orang Lain"));
        assertEquals(57, AnnouncementChain.check(links.iterator(), head).firstBrokenSeq());
    }

    @Test
    @DisplayName("A name changed with its hashes recomputed from there on still fails against the published head")
    void rehashedTailFailsAgainstHead() {
        List<AnnouncementChain.Link> links = sealed(10);
        AnnouncementChain.Head published = new AnnouncementChain.Head(10, links.get(9).entryHash());
        AnnouncementChain.Sealer forger = new AnnouncementChain.Sealer();
        List<AnnouncementChain.Link> forged = new ArrayList<>();
        for (AnnouncementChain.Link l : links) {
            forged.add(forger.seal(l.seq() == 4 ? withName(l, "Orang Lain") : l));
        }
        AnnouncementChain.ChainCheck v = AnnouncementChain.check(forged.iterator(), published);
        assertEquals(10, v.firstBrokenSeq());
        assertNotEquals(published.headHash(), v.headHash());
    }

    @Test
    @DisplayName("Two entries swapped (seq numbers swapped with them) are caught at the first of the two")
    void swappedOrder() {
        List<AnnouncementChain.Link> links = sealed(20);
        AnnouncementChain.Head head = new AnnouncementChain.Head(20, links.get(19).entryHash());
        AnnouncementChain.Link a = links.get(6);
        AnnouncementChain.Link b = links.get(7);
        links.set(6, withSeq(b, 7));
        links.set(7, withSeq(a, 8));
        assertEquals(7, AnnouncementChain.check(links.iterator(), head).firstBrokenSeq());
        List<AnnouncementChain.Link> reordered = sealed(20);
        Collections.swap(reordered, 2, 3);
        assertEquals(3, AnnouncementChain.check(reordered.iterator(), head).firstBrokenSeq());
    }

    @Test
    @DisplayName("A removed entry is caught where it is missing, also the last one")
    void removedEntry() {
        List<AnnouncementChain.Link> links = sealed(30);
        AnnouncementChain.Head head = new AnnouncementChain.Head(30, links.get(29).entryHash());
        List<AnnouncementChain.Link> middle = new ArrayList<>(links);
        middle.remove(11);
        assertEquals(12, AnnouncementChain.check(middle.iterator(), head).firstBrokenSeq());
        List<AnnouncementChain.Link> tail = new ArrayList<>(links);
        tail.remove(29);
        assertEquals(30, AnnouncementChain.check(tail.iterator(), head).firstBrokenSeq());
    }

    @Test
    @DisplayName("Entries must be sealed in seq order")
    void sealingInOrder() {
        AnnouncementChain.Sealer sealer = new AnnouncementChain.Sealer();
        assertThrows(IllegalStateException.class,
                () -> sealer.seal(AnnouncementChain.Link.unhashed(2, "R-1", "A", "F", "MS")));
    }

    @Test
    @DisplayName("An empty list verifies against an empty head")
    void emptyChain() {
        AnnouncementChain.ChainCheck v = AnnouncementChain.check(List.<AnnouncementChain.Link>of().iterator(),
                new AnnouncementChain.Sealer().head());
        assertTrue(v.valid());
        assertEquals(0, v.entries());
    }
}
