package id.sofifi.asn.oversight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the public moderation log: every hiding or restoring of a post, with who, when and why. */
@Entity
@Table(name = "forum_moderation")
public class ModerationAct {
    /** The actor of a hiding by reports: no person decided it. */
    public static final String REPORTS = "laporan-warga";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ModerationAction action;

    @Column(length = 500)
    private String reason;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected ModerationAct() {
    }

    public ModerationAct(Long postId, ModerationAction action, String reason, String actor, Instant actedAt) {
        this.postId = postId;
        this.action = action;
        this.reason = reason;
        this.actor = actor;
        this.actedAt = actedAt;
    }

    public Long postId() {
        return postId;
    }

    public ModerationAction action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant actedAt() {
        return actedAt;
    }
}
