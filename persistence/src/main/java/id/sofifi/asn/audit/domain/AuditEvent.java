package id.sofifi.asn.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audited change: who did what to which record and when, digests of the record before and after,
 * and the hash that chains it to the event before it. Never updated or deleted; the database refuses
 * both (see the migration), so the application cannot rewrite history even by mistake.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_key", nullable = false, updatable = false, length = 200)
    private String subjectKey;

    @Column(name = "before_digest", updatable = false, length = 64)
    private String beforeDigest;

    @Column(name = "after_digest", updatable = false, length = 64)
    private String afterDigest;

    @Column(nullable = false, updatable = false, length = 2000)
    private String summary;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    /** Creates the event that follows {@code previousHash} at position {@code seq}, hashing it at once. */
    public AuditEvent(long seq, String previousHash, AuditEntry entry) {
        this.seq = seq;
        this.occurredAt = entry.occurredAt();
        this.actor = entry.actor();
        this.action = entry.action();
        this.subjectType = entry.subjectType();
        this.subjectKey = entry.subjectKey();
        this.beforeDigest = entry.beforeDigest();
        this.afterDigest = entry.afterDigest();
        this.summary = entry.summary();
        this.previousHash = previousHash;
        this.hash = AuditChain.hash(previousHash, seq, entry);
    }

    public AuditEntry entry() {
        return new AuditEntry(occurredAt, actor, action, subjectType, subjectKey, beforeDigest, afterDigest, summary);
    }

    public long seq() {
        return seq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
