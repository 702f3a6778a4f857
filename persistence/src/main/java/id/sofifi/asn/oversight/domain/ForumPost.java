package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A post (tanggapan) under a topic. A moderator may hide it with a reason: it is then shown as "hidden by a moderator:
 * reason", never silently removed. Citizens report abuse; the {@value #REPORTS_TO_HIDE}th report by a different
 * account hides it until a moderator has looked at it (restored or hid it with a reason); once looked at, further
 * reports no longer hide it by themselves.
 */
@Entity
@Table(name = "forum_post")
public class ForumPost {
    public static final int REPORTS_TO_HIDE = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null while visible, or when hidden by reports and no moderator has looked yet. */
    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "hidden_by", length = 60)
    private String hiddenBy;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(nullable = false)
    private boolean reviewed;

    @ElementCollection
    @CollectionTable(name = "forum_post_report", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "reporter", length = 60)
    private Set<String> reporters = new HashSet<>();

    @Version
    private long version;

    protected ForumPost() {
    }

    public ForumPost(Long topicId, String author, String body, Instant createdAt) {
        this.topicId = topicId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    /**
     * One account's abuse report; a second report by the same account is a conflict. Answers true when this report
     * hid the post (the {@value #REPORTS_TO_HIDE}th distinct one, on a post no moderator has looked at).
     */
    public boolean report(String account, Instant now) {
        if (!reporters.add(account)) {
            throw new ConflictException("forum.alreadyReported");
        }
        if (!reviewed && !isHidden() && reporters.size() >= REPORTS_TO_HIDE) {
            hiddenAt = now;
            return true;
        }
        return false;
    }

    /** A moderator hides the post, giving the reason shown in its place. */
    public void hide(String reason, String moderator, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("forum.reasonRequired");
        }
        hiddenReason = reason.strip();
        hiddenBy = moderator;
        hiddenAt = now;
        reviewed = true;
    }

    /** A moderator looked and found nothing wrong: the post is shown again and reports no longer hide it. */
    public void restore() {
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
        reviewed = true;
    }

    public boolean isHidden() { return hiddenAt != null; }

    /** Hidden by reports, waiting for a moderator. */
    public boolean awaitsModerator() {
        return isHidden() && hiddenBy == null;
    }

    public Long id() {
        return id;
    }

    public Long topicId() {
        return topicId;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public String hiddenBy() {
        return hiddenBy;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public int reports() {
        return reporters.size();
    }
}
