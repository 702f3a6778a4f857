package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Wit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Pengumuman hasil seleksi administrasi: the published list of a period's administrative results.
 * Publishing the first revision opens the objection window: it closes at the end of the last of the
 * period's objection days (calendar days, WIT). A revision after objections is a new announcement;
 * earlier ones stay as they were published.
 */
@Entity
@Table(name = "administration_announcement")
public class AdministrationAnnouncement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false)
    private SelectionPeriod period;

    @Column(nullable = false)
    private int revision;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "objection_closes", nullable = false)
    private Instant objectionCloses;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "administration_announcement_entry", joinColumns = @JoinColumn(name = "announcement_id"))
    @OrderBy("registrationNumber")
    private List<AnnouncedResult> entries = new ArrayList<>();

    protected AdministrationAnnouncement() {}

    /** The first publication of a period: its window runs for the period's objection days. */
    public static AdministrationAnnouncement first(
            SelectionPeriod period, List<AnnouncedResult> entries, String publisher, Instant now) {
        LocalDate lastDay = now.atZone(Wit.ZONE).toLocalDate().plusDays(period.objectionDays());
        Instant closes = lastDay.plusDays(1).atStartOfDay(Wit.ZONE).toInstant();
        return new AdministrationAnnouncement(period, 1, entries, publisher, now, closes);
    }

    /** A revised list (after objections were answered); the window of the first publication stands. */
    public AdministrationAnnouncement revise(List<AnnouncedResult> newEntries, String publisher, Instant now) {
        return new AdministrationAnnouncement(period, revision + 1, newEntries, publisher, now, objectionCloses);
    }

    private AdministrationAnnouncement(
            SelectionPeriod period,
            int revision,
            List<AnnouncedResult> entries,
            String publisher,
            Instant now,
            Instant objectionCloses) {
        this.period = period;
        this.revision = revision;
        this.entries = new ArrayList<>(entries);
        this.publishedBy = publisher;
        this.publishedAt = now;
        this.objectionCloses = objectionCloses;
    }

    public boolean objectionOpenAt(Instant now) {
        return now.isBefore(objectionCloses);
    }

    public Long id() {
        return id;
    }

    public SelectionPeriod period() {
        return period;
    }

    public int revision() {
        return revision;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant objectionCloses() {
        return objectionCloses;
    }

    public List<AnnouncedResult> entries() {
        return List.copyOf(entries);
    }
}
