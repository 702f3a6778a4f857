package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForumRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");

    private static ForumPost post() {
        return new ForumPost(1L, "penulis@contoh.id", "isi", NOW);
    }

    @Test
    @DisplayName("Forum moderation: the third report by a different account hides the post until a moderator looks")
    void thirdDistinctReportHides() {
        ForumPost post = post();
        assertFalse(post.report("a@contoh.id", NOW));
        assertFalse(post.report("b@contoh.id", NOW));
        assertFalse(post.isHidden());
        assertTrue(post.report("c@contoh.id", NOW));
        assertTrue(post.isHidden());
        assertTrue(post.awaitsModerator());
        assertEquals(3, post.reports());
    }

    @Test
    @DisplayName("Forum moderation: one account reports a post once; a second report is a conflict and counts nothing")
    void reportOncePerAccount() {
        ForumPost post = post();
        post.report("a@contoh.id", NOW);
        assertThrows(ConflictException.class, () -> post.report("a@contoh.id", NOW));
        post.report("b@contoh.id", NOW);
        assertFalse(post.isHidden());
        assertEquals(2, post.reports());
    }

    @Test
    @DisplayName("Forum moderation: a post a moderator restored is not hidden again by further reports")
    void restoredPostStaysVisible() {
        ForumPost post = post();
        post.report("a@contoh.id", NOW);
        post.report("b@contoh.id", NOW);
        post.report("c@contoh.id", NOW);
        post.restore();
        assertFalse(post.isHidden());
        assertFalse(post.report("d@contoh.id", NOW));
        assertFalse(post.isHidden());
    }

    @Test
    @DisplayName("Forum moderation: a moderator hides only with a reason, which is kept with who and when")
    void hideNeedsReason() {
        ForumPost post = post();
        assertThrows(DomainException.class, () -> post.hide("  ", "admin", NOW));
        assertFalse(post.isHidden());
        post.hide(" ujaran kebencian ", "admin", NOW);
        assertTrue(post.isHidden());
        assertFalse(post.awaitsModerator());
        assertEquals("ujaran kebencian", post.hiddenReason());
        assertEquals("admin", post.hiddenBy());
        assertEquals(NOW, post.hiddenAt());
    }

    @Test
    @DisplayName("Official answer: an edit is the next version; the first answer is version 1")
    void answerVersions() {
        OfficialAnswer first = OfficialAnswer.after(Optional.empty(), 7L, "jawaban", "admin", NOW, "a".repeat(64));
        OfficialAnswer second = OfficialAnswer.after(Optional.of(first), 7L, "jawaban baru", "admin", NOW,
                "b".repeat(64));
        assertEquals(1, first.versionNo());
        assertEquals(2, second.versionNo());
        assertEquals("jawaban", first.body());
    }

    @Test
    @DisplayName("Official answer: an open topic that gets its answer becomes ANSWERED")
    void answerMarksTopic() {
        ForumTopic topic = new ForumTopic("BKD", "Judul", "Isi", "warga@contoh.id", NOW);
        topic.answered();
        assertEquals(TopicStatus.ANSWERED, topic.status());
    }

    @Test
    @DisplayName("Posting limit: 5 posts per 10 minutes by default; the sixth within the window is refused")
    void postingLimit() {
        PostingLimit limit = PostingLimit.DEFAULT;
        limit.check(4);
        assertThrows(PostingRateExceeded.class, () -> limit.check(5));
        assertEquals(NOW.minus(Duration.ofMinutes(10)), limit.since(NOW));
        assertThrows(IllegalArgumentException.class, () -> new PostingLimit(0, Duration.ofMinutes(1)));
    }

    private static ForumTopic topic() {
        return new ForumTopic("BKD", "Jadwal layanan", "isi", "penulis@contoh.id", NOW);
    }

    @Test
    @DisplayName("Forum topics: a closed topic keeps its reason, who and when, takes no posts, and is closed only once")
    void closedTopicTakesNothing() {
        ForumTopic topic = topic();
        topic.close("sudah ditindaklanjuti", "admin", NOW);
        assertEquals(TopicStatus.CLOSED, topic.status());
        assertEquals("sudah ditindaklanjuti", topic.closedReason());
        assertEquals("admin", topic.closedBy());
        assertEquals(NOW, topic.closedAt());
        assertThrows(DomainException.class, topic::requireOpen);
        assertThrows(DomainException.class, topic::answered);
        assertThrows(DomainException.class, () -> topic.close("lagi", "admin", NOW));
    }

    @Test
    @DisplayName("Forum topics: reopening returns to answered when an official answer exists, to open otherwise;"
            + " an open topic cannot be reopened")
    void reopenRestoresStatus() {
        ForumTopic answered = topic();
        answered.answered();
        answered.close("selesai", "admin", NOW);
        answered.reopen(true);
        assertEquals(TopicStatus.ANSWERED, answered.status());
        assertEquals(null, answered.closedAt());
        ForumTopic open = topic();
        assertThrows(DomainException.class, () -> open.reopen(false));
        open.close("di luar tujuan forum", "admin", NOW);
        open.reopen(false);
        assertEquals(TopicStatus.OPEN, open.status());
    }
}
