package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.StaleVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Organisasi Perangkat Daerah (OPD): a work unit of the provincial government, e.g. Dinas Kesehatan. */
@Entity
@Table(name = "work_unit")
public class WorkUnit {
    /** 2–20 characters, e.g. {@code DINKES}. */
    public static final CodeFormat CODE = new CodeFormat(2, 20);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Version
    private long version;

    protected WorkUnit() {
    }

    public WorkUnit(String code, String name) {
        rename(code, name);
    }

    public final void rename(String code, String name) {
        String c = Codes.normalize(code);
        String n = name == null ? null : name.strip();
        new Violations().code(c, "code", CODE).text(n, "name", 3, 200).throwIfAny();
        this.code = c;
        this.name = n;
    }

    public void checkVersion(long expected) {
        StaleVersion.refuseUnless(expected, version);
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

    public long version() {
        return version;
    }
}
