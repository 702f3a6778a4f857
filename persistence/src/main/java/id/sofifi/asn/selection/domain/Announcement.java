package id.sofifi.asn.selection.domain;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Pengumuman hasil seleksi: the public list of one stage's results (administration, SKD or final) of a
 * period. One staff account prepares it as a draft holding a snapshot of the results; a different
 * account approves it, which publishes it: its entries are sealed into a SHA-256 chain, the head hash is
 * shown with it, and from then on the entries never change (the database refuses it, and verification
 * exposes anyone who goes around that). A mistake found later is answered by a new announcement that
 * corrects this one; the corrected announcement stays public as it was.
 */
@Entity
@Table(name = "announcement")
public class Announcement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The selection period, by id: the period belongs to recruitment, which selection does not reach into. */
    @Column(name = "period_id", nullable = false)
    private Long periodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private AnnouncementStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AnnouncementStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id")
    private Announcement corrects;

    @Column(name = "prepared_by", nullable = false, length = 100)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @Column(name = "head_hash", length = 64)
    private String headHash;

    @Version
    private long version;

    protected Announcement() {
    }

    private Announcement(long periodId, AnnouncementStage stage, Announcement corrects, String preparer, Instant now) {
        this.periodId = periodId;
        this.stage = Objects.requireNonNull(stage);
        this.corrects = corrects;
        this.preparedBy = Objects.requireNonNull(preparer);
        this.preparedAt = now;
        this.status = AnnouncementStatus.DRAFT;
    }

    /** A first announcement of a stage; its entries are snapshotted right after it is stored. */
    public static Announcement prepare(long periodId, AnnouncementStage stage, String preparer, Instant now) {
        return new Announcement(periodId, stage, null, preparer, now);
    }

    /** A correction: only of a published announcement of the same period and stage. */
    public static Announcement correct(Announcement corrected, String preparer, Instant now) {
        if (!corrected.isPublished()) {
            throw new DomainException("publication.correctsDraft", String.valueOf(corrected.id()));
        }
        return new Announcement(corrected.periodId, corrected.stage, corrected, preparer, now);
    }

    /**
     * Checks the same period and stage when the caller named both the stage and the corrected announcement;
     * {@code ownPeriodCode} (the code of this announcement's period) only names it in the refusal.
     */
    public void checkCorrects(long expectedPeriodId, AnnouncementStage expectedStage, String ownPeriodCode) {
        if (periodId != expectedPeriodId || stage != expectedStage) {
            throw new DomainException("publication.correctsOther", String.valueOf(id), stage.name(), ownPeriodCode);
        }
    }

    /** The number of entries snapshotted into the draft. */
    public void snapshotTaken(int entries) {
        if (isPublished()) {
            throw new ConflictException("publication.alreadyPublished", String.valueOf(id));
        }
        this.entryCount = entries;
    }

    /**
     * Approval by a second account publishes the announcement. {@code sealer} hashes and stores the
     * entries in seq order (it runs only when the approval is allowed, and before the status changes,
     * because the database freezes the entries of a published announcement).
     */
    public void publish(String approver, Instant now, Supplier<AnnouncementChain.Head> sealer) {
        if (isPublished()) {
            throw new ConflictException("publication.alreadyPublished", String.valueOf(id));
        }
        if (preparedBy.equals(approver)) {
            throw new DomainException("publication.samePerson");
        }
        AnnouncementChain.Head head = sealer.get();
        if (head.entries() != entryCount) {
            throw new IllegalStateException(
                    "announcement " + id + " has " + head.entries() + " entries, " + entryCount + " were snapshotted");
        }
        this.headHash = head.headHash();
        this.approvedBy = approver;
        this.publishedAt = now;
        this.status = AnnouncementStatus.PUBLISHED;
    }

    /** The head as published, for the chain check; null while a draft. */
    public AnnouncementChain.Head publishedHead() {
        return isPublished() ? new AnnouncementChain.Head(entryCount, headHash) : null;
    }

    public boolean isPublished() { return status == AnnouncementStatus.PUBLISHED; }

    public Long id() {
        return id;
    }

    public long periodId() {
        return periodId;
    }

    public AnnouncementStage stage() {
        return stage;
    }

    public AnnouncementStatus status() {
        return status;
    }

    public Announcement corrects() {
        return corrects;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public Instant preparedAt() {
        return preparedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int entryCount() {
        return entryCount;
    }

    public String headHash() {
        return headHash;
    }

    public long version() {
        return version;
    }
}
