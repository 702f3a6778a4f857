package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.privacy.domain.DocumentRetention;
import id.sofifi.asn.platform.persistence.StaleVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Periode seleksi: one published procurement round (CPNS or PPPK) of a fiscal year. Staff open it
 * with a registration window and the objection (sanggah) window length, set the SKD passing
 * thresholds of the year, and attach formations to it. Once applications exist, nothing that they
 * depend on may be deleted.
 */
@Entity
@Table(name = "selection_period")
public class SelectionPeriod {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "fiscal_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProcurementType type;

    @Column(name = "registration_opens", nullable = false)
    private Instant registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    private Instant registrationCloses;

    @Column(name = "objection_days", nullable = false)
    private int objectionDays;

    /** §6: the applicants' documents are deleted after this day (an administrator may move it). */
    @Column(name = "documents_retained_until", nullable = false)
    private LocalDate documentsRetainedUntil;

    @Embedded
    private PassingThresholds thresholds;

    @Version
    private long version;

    protected SelectionPeriod() {
    }

    public SelectionPeriod(PeriodDetails details) {
        revise(details);
        this.thresholds = PassingThresholds.defaults2024();
        this.documentsRetainedUntil = DocumentRetention.defaultUntil(registrationCloses);
    }

    /** Replaces the period's details; the code may change only while nothing refers to it by code. */
    public final void revise(PeriodDetails details) {
        details.validate();
        this.code = details.code();
        this.name = details.name();
        this.year = details.year();
        this.type = details.type();
        this.registrationOpens = details.registrationOpens();
        this.registrationCloses = details.registrationCloses();
        this.objectionDays = details.objectionDays();
    }

    /** Refuses to act on a copy that someone else has changed since it was read (optimistic locking). */
    public void checkVersion(long expected) {
        StaleVersion.refuseUnless(expected, version);
    }

    /**
     * Moves the end of the documents' retention (§6); the retention sweep deletes them the day after. Never before
     * registration closes: the documents are still being verified then.
     */
    public void retainDocumentsUntil(LocalDate until) {
        Violations violations = new Violations();
        if (violations.require(until, "documentsRetainedUntil")) {
            violations.check(!until.isBefore(registrationCloses.atZone(Wit.ZONE).toLocalDate()),
                    "documentsRetainedUntil", "period.retentionBeforeClose");
        }
        violations.throwIfAny();
        this.documentsRetainedUntil = until;
    }

    public LocalDate documentsRetainedUntil() {
        return documentsRetainedUntil;
    }

    public void changeThresholds(PassingThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** Registration is open from the opening instant up to, but not including, the closing instant. */
    public PeriodStatus statusAt(Instant now) {
        if (now.isBefore(registrationOpens)) {
            return PeriodStatus.UPCOMING;
        }
        return now.isBefore(registrationCloses) ? PeriodStatus.OPEN : PeriodStatus.CLOSED;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public ProcurementType type() {
        return type;
    }

    public Instant registrationOpens() {
        return registrationOpens;
    }

    public Instant registrationCloses() {
        return registrationCloses;
    }

    public int objectionDays() {
        return objectionDays;
    }

    public PassingThresholds thresholds() {
        return thresholds;
    }

    public long version() {
        return version;
    }
}
