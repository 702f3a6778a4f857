package id.sofifi.asn.development.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Riwayat pelatihan: one completed training of one employee, a line of their JP ledger. Written when staff mark an
 * enrolment passed (with the certificate issued here), or by an import of trainings held elsewhere. It copies the
 * title, partner, competence and JP, so the ledger and the certificate say what was true at completion.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 18)
    private String nip;

    /** Null for a training held elsewhere. */
    @Column(name = "training_code", length = 30)
    private String trainingCode;

    /** The enrolment it completes; null for an imported record. */
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "partner_name", length = 200)
    private String partnerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Competence competence;

    @Column(nullable = false)
    private boolean latsar;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal jp;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "certificate_number", length = 40, unique = true)
    private String certificateNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingRecord() {
    }

    /** The record of a passed enrolment, with the certificate number issued for it. */
    public static TrainingRecord of(Enrolment passed, String certificateNumber, Instant now) {
        Training t = passed.training();
        TrainingRecord r = new TrainingRecord();
        r.nip = passed.nip();
        r.trainingCode = t.code();
        r.enrolmentId = passed.id();
        r.title = t.title();
        r.partnerName = t.partner().name();
        r.competence = t.competence();
        r.latsar = t.latsar();
        r.jp = t.jp().value();
        r.startsOn = t.startsOn();
        r.completedOn = passed.completedOn();
        r.certificateNumber = certificateNumber;
        r.createdAt = now;
        return r;
    }

    public String nip() {
        return nip;
    }

    public String trainingCode() {
        return trainingCode;
    }

    public String title() {
        return title;
    }

    public String partnerName() {
        return partnerName;
    }

    public Competence competence() {
        return competence;
    }

    public boolean latsar() {
        return latsar;
    }

    public Jp jp() {
        return new Jp(jp);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String certificateNumber() {
        return certificateNumber;
    }
}
