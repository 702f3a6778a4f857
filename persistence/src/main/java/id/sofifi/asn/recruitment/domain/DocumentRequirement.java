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
import java.util.ArrayList;
import java.util.List;

/** A document every applicant of a period must upload (KTP, ijazah, …); the list is per period. */
@Entity
@Table(name = "document_requirement")
public class DocumentRequirement {
    /** The photo requirement: its upload is printed on the registration card. */
    public static final String PHOTO = "PAS_FOTO";

    private static final String[][] DEFAULTS = {{"KTP", "Pindaian KTP"}, {"IJAZAH", "Ijazah"},
            {"TRANSKRIP", "Transkrip nilai"}, {"SURAT_LAMARAN", "Surat lamaran"}, {PHOTO, "Pas foto"}};

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

    /** What a new period asks for until staff change it: KTP, diploma, transcript, letter and photo. */
    public static List<DocumentRequirement> defaultsFor(SelectionPeriod period) {
        List<DocumentRequirement> list = new ArrayList<>();
        for (String[] d : DEFAULTS) {
            list.add(new DocumentRequirement(period, d[0], d[1], list.size() + 1));
        }
        return list;
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
