package id.sofifi.asn.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The hash chain over audit events. Each hash covers the previous hash and a canonical form of the
 * event (fields joined by a unit separator, nulls written as an empty field, instants in ISO-8601 UTC),
 * so any change to any field of any earlier event breaks every hash after it.
 */
public final class AuditChain {
    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';

    private AuditChain() {
    }

    public static String hash(String previousHash, long seq, AuditEntry e) {
        String canonical = String.join(String.valueOf(SEPARATOR), previousHash, Long.toString(seq),
                e.occurredAt().toString(), e.actor(), e.action(), e.subjectType(), e.subjectKey(),
                nullToEmpty(e.beforeDigest()), nullToEmpty(e.afterDigest()), e.summary());
        return sha256(canonical);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Walks events in sequence order and recomputes every link. The first position whose event has the
     * wrong sequence number, previous hash or own hash is reported (as the sequence number that belongs
     * there); the rest are still counted.
     */
    public static ChainCheck check(Iterator<AuditEvent> inOrder) {
        String expectedPrevious = GENESIS;
        long expectedSeq = 1;
        Long firstBroken = null;
        while (inOrder.hasNext()) {
            AuditEvent event = inOrder.next();
            boolean intact = event.seq() == expectedSeq && event.previousHash().equals(expectedPrevious)
                    && event.hash().equals(hash(event.previousHash(), event.seq(), event.entry()));
            if (!intact && firstBroken == null) {
                firstBroken = expectedSeq;
            }
            expectedPrevious = event.hash();
            expectedSeq++;
        }
        return new ChainCheck(expectedSeq - 1, expectedPrevious, firstBroken);
    }

    /** What {@link #check} found: the number of events, the head hash, and the first broken event or null. */
    public record ChainCheck(long events, String headHash, Long firstBrokenSeq) {
        public boolean valid() {
            return firstBrokenSeq == null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
