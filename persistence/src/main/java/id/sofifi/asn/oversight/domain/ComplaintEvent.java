package id.sofifi.asn.oversight.domain;

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
import java.time.Instant;

/**
 * One entry of a case's timeline: what happened, the status it left, and the note shown with it (the reason of a
 * refusal, the unit's answer, the reporter's reply). Notes never carry the reporter's identity.
 */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ComplaintStatus status;

    @Column(length = 5000)
    private String note;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Complaint complaint, Instant at, EventKind kind, ComplaintStatus status, String note) {
        this.complaint = complaint;
        this.at = at;
        this.kind = kind;
        this.status = status;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public EventKind kind() {
        return kind;
    }

    public ComplaintStatus status() {
        return status;
    }

    public String note() {
        return note;
    }
}
