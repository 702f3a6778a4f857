package id.sofifi.asn.development.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Pendaftaran pelatihan: one employee (by NIP) on one training, holding a place or waiting for one. Changed only
 * through its {@link Training}, which keeps the places and the waiting list consistent.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "training_id", nullable = false)
    private Training training;

    @Column(nullable = false, length = 18)
    private String nip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnrolmentStatus status;

    /** Place in the waiting list (1 first), kept after promotion so the history shows who waited. */
    @Column(name = "waiting_position")
    private Integer waitingPosition;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private EnrolmentResult result;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Version
    private long version;

    protected Enrolment() {
    }

    private Enrolment(Training training, String nip, EnrolmentStatus status, Integer waitingPosition, Instant now) {
        this.training = training;
        this.nip = nip;
        this.status = status;
        this.waitingPosition = waitingPosition;
        this.enrolledAt = now;
    }

    static Enrolment enrolled(Training training, String nip, Instant now) {
        return new Enrolment(training, nip, EnrolmentStatus.ENROLLED, null, now);
    }

    static Enrolment waiting(Training training, String nip, int position, Instant now) {
        return new Enrolment(training, nip, EnrolmentStatus.WAITING, position, now);
    }

    void cancel(Instant now) {
        status = EnrolmentStatus.CANCELLED;
        cancelledAt = now;
    }

    void promote() {
        status = EnrolmentStatus.ENROLLED;
    }

    void complete(EnrolmentResult result, LocalDate completedOn) {
        this.status = EnrolmentStatus.COMPLETED;
        this.result = result;
        this.completedOn = completedOn;
    }

    public Long id() {
        return id;
    }

    public Training training() {
        return training;
    }

    public String nip() {
        return nip;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Integer waitingPosition() {
        return waitingPosition;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public EnrolmentResult result() {
        return result;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    @Override
    public String toString() {
        return training.code() + "/" + nip + ":" + status + (result == null ? "" : "/" + result);
    }
}
