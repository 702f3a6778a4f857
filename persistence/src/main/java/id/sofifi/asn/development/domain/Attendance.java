package id.sofifi.asn.development.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Presensi: whether one enrolled employee was present at one session (a day) of a training, as the trainer
 * recorded it. Recording the same session again changes the mark and who recorded it last; the audit trail keeps
 * the history. Made only through {@link Training#checkAttendance}, which knows who may be marked and when.
 */
@Entity
@Table(name = "attendance")
public class Attendance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "training_id", nullable = false)
    private Long trainingId;

    @Column(nullable = false, length = 18)
    private String nip;

    @Column(name = "session_on", nullable = false)
    private LocalDate sessionOn;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(Training training, String nip, LocalDate sessionOn, boolean present, String recordedBy,
            Instant now) {
        this.trainingId = training.id();
        this.nip = nip;
        this.sessionOn = sessionOn;
        mark(present, recordedBy, now);
    }

    public void mark(boolean present, String recordedBy, Instant now) {
        this.present = present;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public String nip() {
        return nip;
    }

    public LocalDate sessionOn() {
        return sessionOn;
    }

    public boolean present() {
        return present;
    }

    @Override
    public String toString() {
        return trainingId + "/" + nip + "/" + sessionOn + ":" + (present ? "present" : "absent");
    }
}
