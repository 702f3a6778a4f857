package id.sofifi.asn.oversight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One account's support (dukungan) of a topic; the database keeps it to one per account and topic. */
@Entity
@Table(name = "topic_support")
public class TopicSupport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Column(nullable = false, length = 60)
    private String account;

    @Column(name = "supported_at", nullable = false)
    private Instant supportedAt;

    protected TopicSupport() {
    }

    public TopicSupport(Long topicId, String account, Instant supportedAt) {
        this.topicId = topicId;
        this.account = account;
        this.supportedAt = supportedAt;
    }
}
