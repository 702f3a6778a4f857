package id.sofifi.asn.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Published entries held compactly for look-ups from memory: exactly what was published, or nothing. */
class FrozenEntriesTest {

    /** The entries as publication seals them, and the head it ends with. */
    private record Published(List<AnnouncementChain.Link> links, AnnouncementChain.Head head) {
        static Published of(int size, IntFunction<AnnouncementChain.Link> unhashed) {
            AnnouncementChain.Sealer sealer = new AnnouncementChain.Sealer();
            List<AnnouncementChain.Link> links = new ArrayList<>();
            for (int seq = 1; seq <= size; seq++) {
                links.add(sealer.seal(unhashed.apply(seq)));
            }
            return new Published(links, sealer.head());
        }

        FrozenEntries frozen() {
            return FrozenEntries.verified(links.iterator(), head).orElseThrow();
        }

        boolean verifies() {
            return FrozenEntries.verified(links.iterator(), head).isPresent();
        }
    }

    private static AnnouncementChain.Link applicant(int seq) {
        return AnnouncementChain.Link.unhashed(seq, String.format("2412%010d", 700_000 + seq), "Pelamar Nomor " + seq,
                "DINKES-PERAWAT-" + (seq % 40), seq % 3 == 0 ? "TL" : "P/L");
    }

    private static Published withLink(Published p, int index, AnnouncementChain.Link changed) {
        List<AnnouncementChain.Link> links = new ArrayList<>(p.links());
        links.set(index, changed);
        return new Published(links, p.head());
    }

    @Test
    @DisplayName("Every entry comes back as published (seq, number, name, formation, code, both hashes), whatever its"
            + " characters")
    void everyEntryAsPublished() {
        List<String> names = List.of("Andi \"Ucok\" Siregar", "Maria Fernández", "Ni Komang Ayu Ṡuari",
                "Back\\slash</script>", "Tab\tDan\u0001Kontrol", "");
        Published p = Published.of(6, seq -> AnnouncementChain.Link.unhashed(seq, "R-" + seq + (seq == 2 ? "é" : ""),
                names.get(seq - 1), "F-" + (seq % 2), seq % 2 == 0 ? "MS" : "TMS"));
        FrozenEntries frozen = p.frozen();
        assertEquals(6, frozen.size());
        for (int i = 0; i < 6; i++) {
            AnnouncementChain.Link link = p.links().get(i);
            assertEquals(i, frozen.find(link.registrationNumber()), link.registrationNumber());
            assertEquals(link, frozen.link(i));
        }
    }

    @Test
    @DisplayName("A registration number is found exactly as published: not a prefix, not another case, not unknown")
    void exactNumbersOnly() {
        FrozenEntries frozen = Published.of(1000, FrozenEntriesTest::applicant).frozen();
        String number = applicant(500).registrationNumber();
        assertEquals(499, frozen.find(number));
        assertEquals(-1, frozen.find(number.substring(0, number.length() - 1)));
        assertEquals(-1, frozen.find(number + "0"));
        assertEquals(-1, frozen.find("R-X"));
        assertEquals(-1, frozen.find(""));
        FrozenEntries cased = Published.of(2, seq -> AnnouncementChain.Link.unhashed(seq, "ab-" + seq, "N", "F", "MS"))
                .frozen();
        assertEquals(-1, cased.find("AB-1"));
        assertEquals(0, cased.find("ab-1"));
    }

    @Test
    @DisplayName("A changed, removed or swapped entry, a cut or extended chain and an unreadable hash are not kept")
    void onlyAnIntactChainIsKept() {
        Published p = Published.of(20, FrozenEntriesTest::applicant);
        assertTrue(p.verifies());
        AnnouncementChain.Link third = p.links().get(2);
        assertFalse(withLink(p, 2, new AnnouncementChain.Link(3, third.registrationNumber(), "Orang Lain",
                third.formationCode(), third.code(), third.previousHash(), third.entryHash())).verifies());
        assertFalse(withLink(p, 2, new AnnouncementChain.Link(3, third.registrationNumber(), third.name(),
                third.formationCode(), third.code(), third.previousHash(), third.entryHash().toUpperCase()))
                .verifies());
        assertFalse(withLink(p, 2, new AnnouncementChain.Link(3, third.registrationNumber(), third.name(),
                third.formationCode(), third.code(), third.previousHash(), null)).verifies());
        List<AnnouncementChain.Link> swapped = new ArrayList<>(p.links());
        swapped.set(2, p.links().get(3));
        swapped.set(3, third);
        assertFalse(new Published(swapped, p.head()).verifies());
        assertFalse(new Published(p.links().subList(0, 19), p.head()).verifies());
        Published longer = Published.of(21, FrozenEntriesTest::applicant);
        assertFalse(new Published(longer.links(), p.head()).verifies());
        assertFalse(new Published(p.links(), new AnnouncementChain.Head(20, longer.head().headHash())).verifies());
    }

    @Test
    @DisplayName("An announcement without entries is kept and finds nothing")
    void empty() {
        FrozenEntries frozen = Published.of(0, FrozenEntriesTest::applicant).frozen();
        assertEquals(0, frozen.size());
        assertEquals(-1, frozen.find("R-1"));
    }

    @Test
    @DisplayName("Compact: about 90 bytes an entry (32 for the hashes, the number and name as UTF-8, offsets, index),"
            + " so 1,000,000 entries take about 90 MiB")
    void bytesPerEntry() {
        Published p = Published.of(100_000, FrozenEntriesTest::applicant);
        FrozenEntries frozen = p.frozen();
        long perEntry = frozen.bytes() / frozen.size();
        // 32 hash + 14 number + ~19 name + 8 offsets + 4 pair index + 8..16 table slots
        assertTrue(perEntry >= 85 && perEntry <= 100, perEntry + " bytes per entry");
        for (int i = 0; i < 100_000; i += 997) {
            assertEquals(p.links().get(i), frozen.link(frozen.find(p.links().get(i).registrationNumber())));
        }
    }
}
