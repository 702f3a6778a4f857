package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Jawaban survei: one respondent's answers about a service received on a day, with what they told about themself.
 * Its answers are stored once and never changed; the index is computed from these rows. What may change is the
 * watch over it: a flag when it was part of a burst ({@link BurstRule}), and the BKD's exclusion of a flagged response
 * from the index, with a reason (kept, counted apart).
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {
    /** A service is rated while it is remembered: at most this many days after it was received. */
    public static final int MAX_DAYS_AFTER_SERVICE = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_unit_id")
    private ServiceUnit serviceUnit;

    @Column(name = "served_on", nullable = false)
    private LocalDate servedOn;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Channel channel;

    @Embedded
    private Answers answers;

    @Embedded
    private Respondent respondent;

    @OneToOne
    @JoinColumn(name = "receipt_code_id")
    private ReceiptCode receiptCode;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    @ManyToOne
    @JoinColumn(name = "kiosk_id")
    private Kiosk kiosk;

    @Enumerated(EnumType.STRING)
    @Column(name = "flag_reason", length = 16)
    private FlagReason flagReason;

    @Column(name = "flag_count")
    private Short flagCount;

    @Column(name = "excluded_at")
    private Instant excludedAt;

    @Column(name = "excluded_by", length = 100)
    private String excludedBy;

    @Column(name = "exclusion_reason", length = 500)
    private String exclusionReason;

    @Version
    private long version;

    protected SurveyResponse() {
    }

    /** A response whose answers and service date were checked ({@link #checkServedOn}); the receipt may be null. */
    public SurveyResponse(ServiceUnit serviceUnit, Answers answers, LocalDate servedOn, Respondent respondent,
            Channel channel, ReceiptCode receiptCode, Instant submittedAt) {
        this.serviceUnit = serviceUnit;
        this.answers = answers;
        this.servedOn = servedOn;
        this.respondent = respondent;
        this.channel = channel;
        this.receiptCode = receiptCode;
        this.submittedAt = submittedAt;
    }

    /** A response from a phone or a kiosk, which the burst check compares with the source's earlier ones. */
    public SurveyResponse(ServiceUnit serviceUnit, Answers answers, LocalDate servedOn, Respondent respondent,
            SurveySource source, ReceiptCode receiptCode, Instant submittedAt) {
        this(serviceUnit, answers, servedOn, respondent, source.channel(), receiptCode, submittedAt);
        this.sourceHash = source.hash();
        this.kiosk = source.kiosk();
    }

    /** Marks the response as part of a burst; a response flagged already keeps its first reason. */
    public void flag(BurstFlag flag) {
        if (flagReason == null) {
            flagReason = flag.reason();
            flagCount = (short) Math.min(flag.count(), Short.MAX_VALUE);
        }
    }

    /**
     * The BKD leaves a flagged response out of the index, with a written reason (5–500 characters); it stays
     * stored and is counted apart. Refused for a response that is not flagged or is excluded already.
     */
    public void exclude(String reason, String by, Instant at) {
        String r = reason == null ? null : reason.strip();
        new Violations().text(r, "reason", 5, 500).throwIfAny();
        if (flagReason == null) {
            throw new ConflictException("surveyFlag.notFlagged");
        }
        if (excludedAt != null) {
            throw new ConflictException("surveyFlag.excludedAlready");
        }
        exclusionReason = r;
        excludedBy = by;
        excludedAt = at;
    }

    /** Counts an excluded response again (a mistaken exclusion); refused when it is not excluded. */
    public void include() {
        if (excludedAt == null) {
            throw new ConflictException("surveyFlag.notExcluded");
        }
        exclusionReason = null;
        excludedBy = null;
        excludedAt = null;
    }

    /**
     * Records on {@code servedOn} why the day cannot be when the service was received: missing, after
     * {@code today}, or more than {@link #MAX_DAYS_AFTER_SERVICE} days before it.
     */
    public static void checkServedOn(LocalDate servedOn, LocalDate today, Violations v) {
        if (v.require(servedOn, "servedOn")) {
            v.check(!servedOn.isAfter(today), "servedOn", "survey.servedInFuture");
            v.check(!servedOn.isBefore(today.minusDays(MAX_DAYS_AFTER_SERVICE)), "servedOn", "survey.servedTooLongAgo",
                    MAX_DAYS_AFTER_SERVICE);
        }
    }

    public Long id() {
        return id;
    }

    public ServiceUnit serviceUnit() {
        return serviceUnit;
    }

    public LocalDate servedOn() {
        return servedOn;
    }

    public Answers answers() {
        return answers;
    }

    public Respondent respondent() {
        return respondent;
    }

    public Channel channel() {
        return channel;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Kiosk kiosk() {
        return kiosk;
    }

    public FlagReason flagReason() {
        return flagReason;
    }

    /** How many responses of the source the flag's burst spanned. */
    public Short flagCount() {
        return flagCount;
    }

    public Instant excludedAt() {
        return excludedAt;
    }

    public String excludedBy() {
        return excludedBy;
    }

    public String exclusionReason() {
        return exclusionReason;
    }
}
