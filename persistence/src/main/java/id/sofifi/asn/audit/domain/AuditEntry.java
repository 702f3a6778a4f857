package id.sofifi.asn.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The content of an audit event before it takes its place in the chain. Digests are SHA-256 of the
 * record's state (null where there was no record before, or none after a deletion).
 */
public record AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectKey,
        String beforeDigest, String afterDigest, String summary) {

    /** PostgreSQL keeps microseconds; hashing the stored precision lets a reread event verify. */
    public AuditEntry {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
