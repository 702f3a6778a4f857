package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A forum topic (topik) a citizen opened under a work unit: input or criticism on that unit's work, which the unit
 * answers officially. The author is the account's username (a citizen's e-mail), never shown publicly.
 */
@Entity
@Table(name = "forum_topic")
public class ForumTopic {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_unit_code", nullable = false, length = 20)
    private String workUnitCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false, length = 60)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TopicStatus status = TopicStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_reason", length = 500)
    private String closedReason;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected ForumTopic() {
    }

    public ForumTopic(String workUnitCode, String title, String body, String author, Instant createdAt) {
        this.workUnitCode = workUnitCode;
        this.title = title;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    /** A closed topic takes no more posts, supports or answers. */
    public void requireOpen() {
        if (status == TopicStatus.CLOSED) {
            throw new DomainException("forum.topicClosed", id);
        }
    }

    /** The unit gave its official answer. */
    public void answered() {
        requireOpen();
        status = TopicStatus.ANSWERED;
    }

    /** Closes the topic with the reason its page shows; a closed topic is closed once. */
    public void close(String reason, String by, Instant at) {
        requireOpen();
        status = TopicStatus.CLOSED;
        closedReason = reason;
        closedBy = by;
        closedAt = at;
    }

    /**
     * Opens a closed topic again, as it was before closing: answered if it has an official answer.
     *
     * @param hasAnswer whether an official answer was given
     */
    public void reopen(boolean hasAnswer) {
        if (status != TopicStatus.CLOSED) {
            throw new DomainException("forum.topicNotClosed", id);
        }
        status = hasAnswer ? TopicStatus.ANSWERED : TopicStatus.OPEN;
        closedReason = null;
        closedBy = null;
        closedAt = null;
    }

    public Long id() {
        return id;
    }

    public String workUnitCode() {
        return workUnitCode;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String author() {
        return author;
    }

    public TopicStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String closedReason() {
        return closedReason;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
