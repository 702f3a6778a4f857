package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12: "notifications by mail as a daily digest of followed topics, never one mail per post". */
class ForumDigestTest {

    @Test
    @DisplayName("Issue 12: one mail names the day and each followed topic with its new posts and official answer")
    void oneMailPerDay() {
        ForumDigest digest = new ForumDigest("warga@sofifi.example", LocalDate.of(2030, 5, 6),
                List.of(new ForumDigest.Line(7, "Loket buka Sabtu", 3, 1),
                        new ForumDigest.Line(9, "Parkir kantor", 0, 1), new ForumDigest.Line(11, "Antrean KTP", 2, 0)));
        assertEquals("Ringkasan forum 06 Mei 2030: 3 topik yang Anda ikuti", digest.subject());
        assertTrue(
                digest.body()
                        .contains("- Loket buka Sabtu: 3 tanggapan baru dan jawaban resmi (/forum/topik.xhtml?id=7)"),
                digest.body());
        assertTrue(digest.body().contains("- Parkir kantor: jawaban resmi (/forum/topik.xhtml?id=9)"), digest.body());
        assertTrue(digest.body().contains("- Antrean KTP: 2 tanggapan baru (/forum/topik.xhtml?id=11)"), digest.body());
    }
}
