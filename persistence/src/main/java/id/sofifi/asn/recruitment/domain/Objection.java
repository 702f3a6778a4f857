package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.platform.persistence.StaleVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * Sanggah: an applicant's one objection to the announced administrative result, filed within the
 * window that the announcement opened, on the documents already uploaded (ASN-RULES §1.2). The panel
 * answers with a reason; only an accepted objection changes the result.
 */
@Entity
@Table(name = "objection")
public class Objection {
    private static final int MIN_REASON = 10;
    private static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false, unique = true)
    private Application application;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(nullable = false, length = MAX_TEXT)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ObjectionOutcome outcome;

    @Column(length = MAX_TEXT)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Objection() {
    }

    private Objection(Application application, String reason, Instant now) {
        this.application = application;
        this.reason = reason;
        this.filedAt = now;
    }

    /** Files the objection if the window is open now and the reason says something. */
    public static Objection file(Application application, ObjectionWindow window, String reason, Instant now) {
        if (!window.isOpenAt(now)) {
            throw new ConflictException("objection.windowClosed");
        }
        if (application.status() != ApplicationStatus.TMS) {
            throw new DomainException("objection.onlyTms");
        }
        String text = requireText(reason, "objection.reasonRequired");
        application.note(TimelineStep.OBJECTION_FILED, text, now);
        return new Objection(application, text, now);
    }

    public void answer(ObjectionOutcome outcome, String answerText, String panelMember, Instant now) {
        if (this.outcome != null) {
            throw new ConflictException("objection.alreadyAnswered");
        }
        if (outcome == null) {
            throw new DomainException("objection.outcomeRequired");
        }
        String text = requireText(answerText, "objection.answerRequired");
        this.outcome = outcome;
        this.answer = text;
        this.answeredBy = panelMember;
        this.answeredAt = now;
        if (outcome == ObjectionOutcome.ACCEPTED) {
            application.acceptObjection(text, now);
        } else {
            application.note(TimelineStep.OBJECTION_REJECTED, text, now);
        }
    }

    public void checkVersion(long expected) {
        StaleVersion.refuseUnless(expected, version);
    }

    private static String requireText(String text, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() < MIN_REASON || stripped.length() > MAX_TEXT) {
            throw new DomainException(key, MIN_REASON, MAX_TEXT);
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String reason() {
        return reason;
    }

    public Optional<ObjectionOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public long version() {
        return version;
    }
}
