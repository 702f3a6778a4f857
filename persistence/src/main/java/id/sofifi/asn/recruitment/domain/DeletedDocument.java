package id.sofifi.asn.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document of an application deleted under the retention schedule (ASN-RULES §6): which requirement, how large,
 * when, without its content or file name. Written only by the retention sweep ({@link RetainedDocuments}).
 */
@Entity
@Table(name = "deleted_document")
public class DeletedDocument {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false, insertable = false, updatable = false)
    private Application application;

    @Column(name = "requirement_code", nullable = false, insertable = false, updatable = false)
    private String requirementCode;

    @Column(name = "deleted_at", nullable = false, insertable = false, updatable = false)
    private Instant deletedAt;

    protected DeletedDocument() {
    }

    public String requirementCode() {
        return requirementCode;
    }

    public Instant deletedAt() {
        return deletedAt;
    }
}
