package id.sofifi.asn.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two people publish an announcement; publication happens once; corrections name a published one. */
class AnnouncementTest {
    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");
    private static final AnnouncementChain.Head HEAD = new AnnouncementChain.Head(3, "a".repeat(64));

    private static Announcement draft() {
        Announcement draft = Announcement.prepare(7L, AnnouncementStage.SKD, "operator-a", NOW);
        draft.snapshotTaken(3);
        return draft;
    }

    @Test
    @DisplayName("The preparer cannot approve their own announcement; nothing is sealed")
    void preparerCannotApprove() {
        Announcement draft = draft();
        AtomicBoolean sealed = new AtomicBoolean();
        DomainException refused = assertThrows(DomainException.class, () -> draft.publish("operator-a", NOW, () -> {
            sealed.set(true);
            return HEAD;
        }));
        assertEquals("publication.samePerson", refused.messageKey());
        assertFalse(sealed.get());
        assertFalse(draft.isPublished());
        assertNull(draft.headHash());
    }

    @Test
    @DisplayName("A second account publishes: head hash, count, approver and time are set once")
    void secondAccountPublishes() {
        Announcement draft = draft();
        draft.publish("supervisor-b", NOW, () -> HEAD);
        assertTrue(draft.isPublished());
        assertEquals(AnnouncementStatus.PUBLISHED, draft.status());
        assertEquals(HEAD.headHash(), draft.headHash());
        assertEquals("supervisor-b", draft.approvedBy());
        assertEquals(NOW, draft.publishedAt());
        assertEquals(HEAD, draft.publishedHead());
        assertThrows(ConflictException.class, () -> draft.publish("someone-c", NOW, () -> HEAD));
        assertThrows(ConflictException.class, () -> draft.snapshotTaken(4));
    }

    @Test
    @DisplayName("A correction references a published announcement of its period and stage, never a draft")
    void corrections() {
        Announcement draft = draft();
        DomainException refused = assertThrows(DomainException.class, () -> Announcement.correct(draft, "x", NOW));
        assertEquals("publication.correctsDraft", refused.messageKey());
        draft.publish("supervisor-b", NOW, () -> HEAD);
        Announcement correction = Announcement.correct(draft, "operator-a", NOW);
        assertSame(draft, correction.corrects());
        assertEquals(AnnouncementStage.SKD, correction.stage());
        assertEquals(draft.periodId(), correction.periodId());
        assertEquals(AnnouncementStatus.DRAFT, correction.status());
    }
}
