package id.sofifi.asn.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SHA-256 chain over audit events: stable, and broken by any change, removal or reordering. */
class AuditChainTest {

    private static AuditEntry entry(int n) {
        return new AuditEntry(Instant.parse("2026-11-28T01:02:03.123456789Z").plusSeconds(n), "admin",
                "formation.created", "Formation", "CPNS-2026/F-" + n, null, AuditChain.sha256("after " + n),
                "Formasi F-" + n + " dibuat");
    }

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEvent event = new AuditEvent(seq, previous, entry(seq));
            events.add(event);
            previous = event.hash();
        }
        return events;
    }

    @Test
    @DisplayName("An untouched chain verifies and reports its length and head")
    void intactChain() {
        List<AuditEvent> events = chain(5);
        AuditChain.ChainCheck result = AuditChain.check(events.iterator());
        assertTrue(result.valid());
        assertEquals(5, result.events());
        assertEquals(events.get(4).hash(), result.headHash());
    }

    @Test
    @DisplayName("The hash is deterministic and covers the previous hash")
    void deterministic() {
        assertEquals(AuditChain.hash(AuditChain.GENESIS, 1, entry(1)),
                AuditChain.hash(AuditChain.GENESIS, 1, entry(1)));
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, 1, entry(1)), AuditChain.hash("f".repeat(64), 1, entry(1)));
        assertEquals(64, AuditChain.hash(AuditChain.GENESIS, 1, entry(1)).length());
    }

    @Test
    @DisplayName("Instants are hashed at the microsecond precision the database keeps")
    void microsecondPrecision() {
        assertEquals(Instant.parse("2026-11-28T01:02:04.123456Z"), entry(1).occurredAt());
    }

    @Test
    @DisplayName("A changed field in the middle is reported at its sequence number")
    void changedEvent() {
        List<AuditEvent> events = chain(5);
        AuditEvent original = events.get(2);
        AuditEntry e = original.entry();
        AuditEntry forged = new AuditEntry(e.occurredAt(), "someone-else", e.action(), e.subjectType(), e.subjectKey(),
                e.beforeDigest(), e.afterDigest(), e.summary());
        events.set(2, new ForgedEvent(original.seq(), original.previousHash(), forged, original.hash()));
        AuditChain.ChainCheck result = AuditChain.check(events.iterator());
        assertFalse(result.valid());
        assertEquals(3L, result.firstBrokenSeq());
    }

    @Test
    @DisplayName("A removed event is reported where the gap starts")
    void removedEvent() {
        List<AuditEvent> events = chain(5);
        events.remove(1);
        assertEquals(2L, AuditChain.check(events.iterator()).firstBrokenSeq());
    }

    @Test
    @DisplayName("Two events swapped are reported at the first out-of-place position")
    void reorderedEvents() {
        List<AuditEvent> events = chain(5);
        AuditEvent third = events.get(2);
        events.set(2, events.get(3));
        events.set(3, third);
        assertEquals(3L, AuditChain.check(events.iterator()).firstBrokenSeq());
    }

    @Test
    @DisplayName("An event slipped in, even with a correctly computed hash of its own, breaks the chain")
    void insertedEvent() {
        List<AuditEvent> events = chain(5);
        events.add(2, new AuditEvent(3, events.get(1).hash(), entry(99)));
        assertEquals(4L, AuditChain.check(events.iterator()).firstBrokenSeq());
    }

    /** An event whose stored hash no longer matches its content, as after an edit in the database. */
    private static final class ForgedEvent extends AuditEvent {
        private final String storedHash;

        ForgedEvent(long seq, String previousHash, AuditEntry entry, String storedHash) {
            super(seq, previousHash, entry);
            this.storedHash = storedHash;
        }

        @Override
        public String hash() {
            return storedHash;
        }
    }
}
