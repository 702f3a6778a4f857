package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Unit layanan: a counter, a clinic or a licensing desk of a work unit, which citizens rate; its yearly number of
 * users is the N of the minimum sample (ASN-RULES §3).
 */
@Entity
@Table(name = "service_unit")
public class ServiceUnit {
    /** 2–30 characters, e.g. {@code DINKES-LABKESDA-LOKET}. */
    public static final CodeFormat CODE = new CodeFormat(2, 30);
    /** More users a year than the whole of Indonesia has people is a typing mistake. */
    static final int MAX_ANNUAL_USERS = 300_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "work_unit_id", nullable = false)
    private Long workUnitId;

    @Column(name = "annual_users", nullable = false)
    private int annualUsers;

    @Version
    private long version;

    protected ServiceUnit() {
    }

    /** A unit of the work unit {@code workUnitId} (null when its code named none: refused as {@code workUnitCode}). */
    public ServiceUnit(String code, String name, Long workUnitId, Integer annualUsers) {
        String c = Codes.normalize(code);
        String n = name == null ? null : name.strip();
        Violations v = new Violations().code(c, "code", CODE).text(n, "name", 3, 200);
        v.require(workUnitId, "workUnitCode");
        v.range(annualUsers, "annualUsers", 1, MAX_ANNUAL_USERS);
        v.throwIfAny();
        this.code = c;
        this.name = n;
        this.workUnitId = workUnitId;
        this.annualUsers = annualUsers;
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

    public Long workUnitId() {
        return workUnitId;
    }

    /** N of the Krejcie–Morgan rule. */
    public int annualUsers() {
        return annualUsers;
    }

    public int minimumSample() {
        return MinimumSample.of(annualUsers);
    }
}
