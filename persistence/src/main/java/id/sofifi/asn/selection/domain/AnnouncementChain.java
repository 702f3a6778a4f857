package id.sofifi.asn.selection.domain;

import id.sofifi.asn.audit.domain.AuditChain;
import java.util.Iterator;

/**
 * The SHA-256 chain over the entries of a published announcement, in the same canonical style as the
 * audit chain (fields joined by a unit separator, the first entry chained to 64 zeros). Only what the
 * public sees is hashed, so anyone holding the published list can recompute the head hash.
 */
public final class AnnouncementChain {
    private static final String SEPARATOR = "\u001f";

    private AnnouncementChain() {
    }

    public static String hash(String previousHash, Link link) {
        return AuditChain.sha256(String.join(SEPARATOR, Integer.toString(link.seq()), link.registrationNumber(),
                link.name(), link.formationCode(), link.code(), previousHash));
    }

    /**
     * Walks the entries in seq order and recomputes every link. The first position whose entry has the
     * wrong seq, previous hash or own hash is reported as the seq that belongs there, so a removed or
     * swapped entry is caught as surely as a changed name.
     */
    public static ChainCheck check(Iterator<Link> inOrder) {
        String expectedPrevious = AuditChain.GENESIS;
        int expectedSeq = 1;
        Integer firstBroken = null;
        while (inOrder.hasNext()) {
            Link link = inOrder.next();
            boolean intact = link.seq() == expectedSeq && expectedPrevious.equals(link.previousHash())
                    && hash(expectedPrevious, link).equals(link.entryHash());
            if (!intact && firstBroken == null) {
                firstBroken = expectedSeq;
            }
            expectedPrevious = link.entryHash() == null ? "" : link.entryHash();
            expectedSeq++;
        }
        return new ChainCheck(expectedSeq - 1, expectedPrevious, firstBroken);
    }

    /**
     * As {@link #check(Iterator)}, and also against what was published: a chain cut short or extended at
     * its end still links up, so the stored entry count and head hash must match too. A missing tail is
     * reported at the first missing seq, an extra tail at the first extra one.
     */
    public static ChainCheck check(Iterator<Link> inOrder, Head published) {
        ChainCheck found = check(inOrder);
        if (!found.valid()) {
            return found;
        }
        if (found.entries() != published.entries()) {
            return new ChainCheck(found.entries(), found.headHash(),
                    Math.min(found.entries(), published.entries()) + 1);
        }
        if (!found.headHash().equals(published.headHash())) {
            return new ChainCheck(found.entries(), found.headHash(), Math.max(found.entries(), 1));
        }
        return found;
    }

    /** Hashes entries as they are published: feed them in seq order, read the head at the end. */
    public static final class Sealer {
        private String head = AuditChain.GENESIS;
        private int count;

        /** The next entry (seq {@code count + 1}) with its previous hash and its own hash. */
        public Link seal(Link unhashed) {
            if (unhashed.seq() != count + 1) {
                throw new IllegalStateException(
                        "entries must be sealed in seq order, got " + unhashed.seq() + " after " + count);
            }
            String previous = head;
            head = hash(previous, unhashed);
            count++;
            return new Link(unhashed.seq(), unhashed.registrationNumber(), unhashed.name(), unhashed.formationCode(),
                    unhashed.code(), previous, head);
        }

        public Head head() {
            return new Head(count, head);
        }
    }

    /** One entry as the chain sees it; the two hashes are null before publication. */
    public record Link(int seq, String registrationNumber, String name, String formationCode, String code,
            String previousHash, String entryHash) {
        public static Link unhashed(int seq, String registrationNumber, String name, String formationCode,
                String code) {
            return new Link(seq, registrationNumber, name, formationCode, code, null, null);
        }
    }

    /** What sealing produced: how many entries and the hash of the last one. */
    public record Head(int entries, String headHash) {
    }

    /** What {@link #check} found: the number of entries, the recomputed head, and the first broken seq or null. */
    public record ChainCheck(int entries, String headHash, Integer firstBrokenSeq) {
        public boolean valid() {
            return firstBrokenSeq == null;
        }
    }
}
