package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Lampiran laporan (issue 12): a file attached to a case, already checked by its content, pictures re-encoded without
 * their metadata, stored by its SHA-256. At most {@value #MAX_PER_CASE} per case, numbered from 1 in the order
 * attached. The browser's file name is <em>not kept</em>, not even sanitised: names like "IMG_20260312_081503.jpg" or
 * "ktp_siti_rahma.pdf" carry the time, the place or the reporter's own name, which §5 keeps confidential; the file is
 * shown as "lampiran-n" with the extension of its recognised type instead. Never changed once attached.
 */
@Entity
@Table(name = "complaint_attachment")
public class ComplaintAttachment {
    /** The most files one case carries. */
    public static final int MAX_PER_CASE = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ComplaintAttachment() {
    }

    public ComplaintAttachment(Complaint complaint, int number, String mediaType, long size, String sha256,
            Instant now) {
        this.complaintId = complaint.id();
        this.number = number;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.createdAt = now;
    }

    /**
     * The number the first of {@code adding} new files gets on a case that has {@code attached} already; refused by
     * {@code field} when the case would carry more than {@value #MAX_PER_CASE}.
     */
    public static int firstFreeNumber(int attached, int adding, String field) {
        new Violations().check(attached + adding <= MAX_PER_CASE, field, "complaint.attachmentsTooMany", MAX_PER_CASE)
                .throwIfAny();
        return attached + 1;
    }

    public Long complaintId() {
        return complaintId;
    }

    public int number() {
        return number;
    }

    public String sha256() {
        return sha256.strip();
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
