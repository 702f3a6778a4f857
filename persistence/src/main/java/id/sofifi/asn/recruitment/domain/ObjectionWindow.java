package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Wit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Masa sanggah: the window in which applicants may object to the administrative result (ASN-RULES
 * §1.2). The publication of the period's first ADMINISTRATION announcement opens it; it closes at the
 * end of the last of the period's objection days (calendar days, WIT). Corrections published after
 * answered objections leave it as it was. The announcement is named by id: it belongs to selection.
 */
@Entity
@Table(name = "objection_window")
public class ObjectionWindow {
    @Id
    @Column(name = "period_id")
    private Long periodId;

    @Column(name = "announcement_id", nullable = false)
    private long announcementId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected ObjectionWindow() {
    }

    private ObjectionWindow(Long periodId, long announcementId, Instant openedAt, Instant closesAt) {
        this.periodId = periodId;
        this.announcementId = announcementId;
        this.openedAt = openedAt;
        this.closesAt = closesAt;
    }

    /** Opened by the announcement published at {@code publishedAt}: it runs for the period's objection days. */
    public static ObjectionWindow open(SelectionPeriod period, long announcementId, Instant publishedAt) {
        LocalDate lastDay = publishedAt.atZone(Wit.ZONE).toLocalDate().plusDays(period.objectionDays());
        Instant closes = lastDay.plusDays(1).atStartOfDay(Wit.ZONE).toInstant();
        return new ObjectionWindow(period.id(), announcementId, publishedAt, closes);
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(closesAt);
    }

    public long periodId() {
        return periodId;
    }

    /** The ADMINISTRATION announcement whose publication opened the window. */
    public long announcementId() {
        return announcementId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closesAt() {
        return closesAt;
    }
}
