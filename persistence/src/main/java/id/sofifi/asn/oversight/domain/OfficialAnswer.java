package id.sofifi.asn.oversight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One version of a unit's official answer (jawaban resmi) to a topic, signed with who gave it and when, and the hash
 * of its event in the audit chain. An edit is a new version; the earlier ones stay and stay visible.
 */
@Entity
@Table(name = "official_answer")
public class OfficialAnswer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false)
    private String body;

    @Column(name = "answered_by", nullable = false, length = 60)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "audit_hash", nullable = false, length = 64)
    private String auditHash;

    protected OfficialAnswer() {
    }

    private OfficialAnswer(Long topicId, int versionNo, String body, String answeredBy, Instant answeredAt,
            String auditHash) {
        this.topicId = topicId;
        this.versionNo = versionNo;
        this.body = body;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.auditHash = auditHash;
    }

    /** The version that follows {@code latest} (the first when there is none). */
    public static OfficialAnswer after(Optional<OfficialAnswer> latest, Long topicId, String body, String answeredBy,
            Instant answeredAt, String auditHash) {
        return new OfficialAnswer(topicId, latest.map(a -> a.versionNo + 1).orElse(1), body, answeredBy, answeredAt,
                auditHash);
    }

    public Long topicId() {
        return topicId;
    }

    public int versionNo() {
        return versionNo;
    }

    public String body() {
        return body;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String auditHash() {
        return auditHash;
    }
}
