package id.sofifi.asn.audit.application;

import java.io.Serializable;
import java.time.Instant;

/** An audit event as staff read it. */
public record AuditEventView(long seq, Instant occurredAt, String actor, String action, String subjectType,
        String subjectKey, String summary, String hash) implements Serializable {
}
