package id.sofifi.asn.development.domain;

import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Mitra pelatihan: who holds trainings with the province, e.g. Universitas Khairun. */
@Entity
@Table(name = "training_partner")
public class TrainingPartner {
    /** 2–20 characters, e.g. {@code UNKHAIR}. */
    public static final CodeFormat CODE = new CodeFormat(2, 20);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerKind kind;

    @Version
    private long version;

    protected TrainingPartner() {
    }

    public TrainingPartner(String code, String name, PartnerKind kind) {
        String c = Codes.normalize(code);
        String n = name == null ? null : name.strip();
        Violations v = new Violations().code(c, "code", CODE).text(n, "name", 3, 200);
        v.require(kind, "kind");
        v.throwIfAny();
        this.code = c;
        this.name = n;
        this.kind = kind;
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

    public PartnerKind kind() {
        return kind;
    }
}
