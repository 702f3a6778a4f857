package id.sofifi.asn.recruitment.domain;

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

/** One step on an application's timeline, with the note the applicant reads (e.g. the TMS reasons). */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TimelineStep step;

    @Column(length = 2000)
    private String note;

    protected ApplicationEvent() {
    }

    ApplicationEvent(Application application, Instant occurredAt, TimelineStep step, String note) {
        this.application = application;
        this.occurredAt = occurredAt;
        this.step = step;
        this.note = note;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public TimelineStep step() {
        return step;
    }

    public String note() {
        return note;
    }
}
