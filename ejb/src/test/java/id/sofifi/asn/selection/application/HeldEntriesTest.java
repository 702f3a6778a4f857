package id.sofifi.asn.selection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.selection.domain.AnnouncementChain;
import id.sofifi.asn.selection.domain.FrozenEntries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The memory bound of look-ups: never more bytes held than allowed, the least recently read dropped first. */
class HeldEntriesTest {

    private static FrozenEntries frozen(int size) {
        AnnouncementChain.Sealer sealer = new AnnouncementChain.Sealer();
        List<AnnouncementChain.Link> links = new ArrayList<>();
        for (int seq = 1; seq <= size; seq++) {
            links.add(sealer.seal(AnnouncementChain.Link.unhashed(seq, "R-" + seq, "Pelamar " + seq, "F-1", "MS")));
        }
        return FrozenEntries.verified(links.iterator(), sealer.head()).orElseThrow();
    }

    @Test
    @DisplayName("Beyond the bound the least recently read announcement is dropped, never the one just added")
    void leastRecentlyReadGoesFirst() {
        FrozenEntries a = frozen(100);
        FrozenEntries b = frozen(100);
        FrozenEntries c = frozen(100);
        HeldEntries held = new HeldEntries(a.bytes() + b.bytes() + c.bytes() / 2);
        assertTrue(held.put(1, a));
        assertTrue(held.put(2, b));
        assertSame(a, held.get(1));
        assertTrue(held.put(3, c));
        assertNull(held.get(2));
        assertEquals(a.bytes() + c.bytes(), held.bytes());
        assertTrue(held.bytes() <= held.maxBytes());

        // 1 read after 3 was added, 3 not: 3 is the least recently read now
        assertSame(a, held.get(1));
        assertTrue(held.put(2, b));
        assertNull(held.get(3));
        assertSame(a, held.get(1));
        assertSame(b, held.get(2));
    }

    @Test
    @DisplayName("An announcement larger than the whole bound is not kept and drops nothing")
    void tooLargeAlone() {
        FrozenEntries small = frozen(10);
        FrozenEntries large = frozen(1000);
        HeldEntries held = new HeldEntries(large.bytes() - 1);
        assertTrue(held.put(1, small));
        assertFalse(held.put(2, large));
        assertNull(held.get(2));
        assertSame(small, held.get(1));
        assertEquals(small.bytes(), held.bytes());
    }

    @Test
    @DisplayName("Keeping the same announcement again replaces it; its bytes count once")
    void keptAgain() {
        FrozenEntries first = frozen(50);
        FrozenEntries again = frozen(50);
        HeldEntries held = new HeldEntries(first.bytes() + 1);
        assertTrue(held.put(7, first));
        assertTrue(held.put(7, again));
        assertSame(again, held.get(7));
        assertEquals(again.bytes(), held.bytes());
    }
}
