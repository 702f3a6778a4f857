package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5 "duplicates are suggested from the same unit and similar words", and the merge of a duplicate. */
class SimilarWordsTest {

    @Test
    @DisplayName("§5 duplicates: function words and words under three letters do not count; case does not matter")
    void meaningfulWords() {
        assertEquals(Set.of("jalan", "rusak", "depan", "kantor", "bkd", "jatuh"),
                SimilarWords.of("Jalan RUSAK di depan kantor BKD, sudah ada yang jatuh? ya."));
    }

    @Test
    @DisplayName("§5 duplicates: two reports of the same pothole share most words (≥ 20 %), unrelated ones do not")
    void similarity() {
        Set<String> first = SimilarWords.of("Jalan rusak di depan kantor BKD Sofifi berlubang besar");
        Set<String> second = SimilarWords.of("Lubang besar, jalan rusak depan kantor BKD");
        Set<String> other = SimilarWords.of("Loket pelayanan tutup lebih awal tanpa pemberitahuan");
        // 6 shared (jalan rusak depan kantor bkd besar) of 9 distinct words
        assertEquals(6.0 / 9, SimilarWords.similarity(first, second), 1e-9);
        assertTrue(SimilarWords.similarity(first, second) >= SimilarWords.SUGGESTED);
        assertEquals(0, SimilarWords.similarity(first, other));
        assertEquals(0, SimilarWords.similarity(first, Set.of()));
    }

    private static Complaint filed(String code) {
        Filing filing = new Filing(ComplaintKind.COMPLAINT, Privacy.PUBLIC, "Jalan rusak di depan kantor",
                "Jalan di depan kantor berlubang sejak bulan lalu.", "bkd", null, new Reporter(null, null, null));
        return new Complaint(filing, 1L, code, ReporterSecret.hashOf("ABCD-EFGH-JKMN-PQRS"),
                Instant.parse("2024-07-01T01:00:00Z"));
    }

    @Test
    @DisplayName("§5 merge: the duplicate ends (REJECTED) naming the survivor, the survivor's timeline names it; a"
            + " merged case cannot be merged again nor receive another")
    void merge() {
        Complaint survivor = filed("LAP-2024-AAAAAA");
        Complaint duplicate = filed("LAP-2024-BBBBBB");
        Instant at = Instant.parse("2024-07-02T01:00:00Z");
        duplicate.mergeInto(survivor, at);
        assertEquals(ComplaintStatus.REJECTED, duplicate.status());
        assertEquals(EventKind.MERGED_INTO, duplicate.timeline().get(1).kind());
        assertEquals("LAP-2024-AAAAAA", duplicate.timeline().get(1).note());
        assertEquals(EventKind.DUPLICATE_JOINED, survivor.timeline().get(1).kind());
        assertEquals("LAP-2024-BBBBBB", survivor.timeline().get(1).note());
        assertThrows(ConflictException.class, () -> duplicate.mergeInto(survivor, at));
        assertThrows(ConflictException.class, () -> filed("LAP-2024-CCCCCC").mergeInto(duplicate, at));
    }
}
