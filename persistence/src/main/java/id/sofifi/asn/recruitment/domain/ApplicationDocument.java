package id.sofifi.asn.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document uploaded for one requirement. The bytes live in the document store under their SHA-256;
 * the type is the one recognised from the content, never the name or the type the browser declared.
 */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "requirement_code", nullable = false, length = 30)
    private String requirementCode;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "original_name", nullable = false, length = 200)
    private String originalName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationDocument() {
    }

    ApplicationDocument(Application application, StoredFile file, Instant uploadedAt) {
        this.application = application;
        this.requirementCode = file.requirementCode();
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.originalName = file.originalName();
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public String requirementCode() {
        return requirementCode;
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

    public String originalName() {
        return originalName;
    }
}
