package id.sofifi.asn.performance.domain;

import id.sofifi.asn.platform.persistence.FileNames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Bukti dukung: a file the evaluating official attached to an assessment (issue 11), already checked by its content
 * and stored by its SHA-256; the row keeps what the file was shown and sent as. Never changed once attached.
 */
@Entity
@Table(name = "skp_evidence")
public class Evidence {
    static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Evidence() {
    }

    /** @param originalName the browser's name, shown without its path; "bukti" when none */
    public Evidence(Assessment assessment, String originalName, String mediaType, long size, String sha256,
            String uploadedBy, Instant now) {
        this.assessmentId = assessment.id();
        this.fileName = FileNames.shown(originalName, "bukti", NAME_MAX);
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long assessmentId() {
        return assessmentId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
