package id.sofifi.asn.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/** A document every applicant of a period must upload (KTP, ijazah, …); the list is per period. */
@Entity
@Table(name = "document_requirement")
public class DocumentRequirement {
    /** The photo requirement: its upload is printed on the registration card. */
    public static final String PHOTO = "PAS_FOTO";
    /** What a new period asks for until staff change it. */
    public static final List<Template> DEFAULTS = List.of(new Template("KTP", "Pindaian KTP"),
            new Template("IJAZAH", "Ijazah"), new Template("TRANSKRIP", "Transkrip nilai"),
            new Template("SURAT_LAMARAN", "Surat lamaran"), new Template(PHOTO, "Pas foto"));

    /** A requirement before it belongs to a period. */
    public record Template(String code, String name) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false)
    private SelectionPeriod period;
    @Column(nullable = false, length = 30)
    private String code;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false)
    private int position;
    @Version
    private long version;

    protected DocumentRequirement() {
    }

    public DocumentRequirement(SelectionPeriod period, String code, String name, int position) {
        this.period = period;
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }
}
