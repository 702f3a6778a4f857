package id.sofifi.asn.oversight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** That a missed step of a case was escalated to a level, on which day and to which address (none known: null). */
@Entity
@Table(name = "complaint_escalation")
public class Escalation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private EscalationLevel level;

    @Column(name = "escalated_on", nullable = false)
    private LocalDate escalatedOn;

    @Column(length = 254)
    private String recipient;

    protected Escalation() {
    }

    public Escalation(long complaintId, Step step, EscalationLevel level, LocalDate escalatedOn, String recipient) {
        this.complaintId = complaintId;
        this.step = step;
        this.level = level;
        this.escalatedOn = escalatedOn;
        this.recipient = recipient;
    }

    public long complaintId() {
        return complaintId;
    }

    public Step step() {
        return step;
    }

    public LocalDate escalatedOn() {
        return escalatedOn;
    }

    public String recipient() {
        return recipient;
    }

    public EscalationLevel level() {
        return level;
    }
}
