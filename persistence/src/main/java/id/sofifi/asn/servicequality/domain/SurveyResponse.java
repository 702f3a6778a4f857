package id.sofifi.asn.servicequality.domain;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * Jawaban survei: one respondent's answers about a service received on a day, with what they told about themself.
 * Stored once and never changed; the index is computed from these rows.
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
}
