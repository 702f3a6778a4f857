package id.sofifi.asn.workforce.domain;

import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.StaleVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Pegawai: a civil servant of the province, known by their NIP. They arrive either by import of the existing
 * workforce (the NIP as issued, checked against birth date, sex and first appointment) or by appointment from a
 * selection period's final result (a new CPNS with a NIP handed out by §4; the registration number is kept so
 * that appointing again finds them). The work unit is recruitment's OPD, held by its id.
 */
@Entity
@Table(name = "employee")
public class Employee {
    /** Lengths of the name and position, as the columns hold them and every way in (form, import) checks them. */
    public static final int NAME_MIN = 3;
    public static final int POSITION_MIN = 2;
    public static final int TEXT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 18, unique = true)
    private String nip;

    @Embedded
    private SealedNik nik;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 4)
    private EmploymentType employmentType;

    /** TMT of the first appointment (CPNS or PPPK): the NIP encodes its month, §4 pro-rates JP by it. */
    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Column(nullable = false, length = 200)
    private String position;

    @Column(name = "work_unit_id", nullable = false)
    private Long workUnitId;

    @Column(length = 200)
    private String email;

    /** Set only for those appointed from a selection result. */
    @Column(name = "registration_number", length = 30, unique = true)
    private String registrationNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Employee() {
    }

    public Employee(Nip nip, Nik nik, Person person, Placement placement, Instant createdAt) {
        this.nip = nip.value();
        this.nik = SealedNik.of(nik);
        this.createdAt = createdAt;
        update(person, placement);
    }

    /** A new CPNS appointed from the final result of a selection, with the registration number it came from. */
    public static Employee appoint(Nip nip, Nik nik, Person person, Placement placement, String registrationNumber,
            Instant now) {
        Employee employee = new Employee(nip, nik, person, placement, now);
        employee.registrationNumber = registrationNumber;
        return employee;
    }

    /** Replaces what an import or an administrator may change; the NIP and NIK stay. */
    public final void update(Person person, Placement placement) {
        new Violations().text(person.fullName(), "fullName", NAME_MIN, TEXT_MAX)
                .text(placement.position(), "position", POSITION_MIN, TEXT_MAX).throwIfAny();
        this.fullName = person.fullName().strip();
        this.birthDate = person.birthDate();
        this.sex = person.sex();
        this.email = person.email() == null || person.email().isBlank()
                ? null
                : person.email().strip().toLowerCase(Locale.ROOT);
        this.employmentType = placement.employmentType();
        this.appointedOn = placement.appointedOn();
        this.position = placement.position().strip();
        this.workUnitId = placement.workUnitId();
    }

    public void checkVersion(long expected) {
        StaleVersion.refuseUnless(expected, version);
    }

    public Long id() {
        return id;
    }

    public Nip nip() {
        return new Nip(nip);
    }

    public Nik nik() {
        return nik.open();
    }

    /** The NIK's keyed hash: whose data a read touched (§6), without opening the NIK. */
    public String nikHash() {
        return nik.hash();
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public EmploymentType employmentType() {
        return employmentType;
    }

    public LocalDate appointedOn() {
        return appointedOn;
    }

    public String position() {
        return position;
    }

    public Long workUnitId() {
        return workUnitId;
    }

    public String email() {
        return email;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    /** When the employee was recorded here (imported or appointed). */
    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** Who the employee is: the facts the NIP and NIK are checked against. */
    public record Person(String fullName, LocalDate birthDate, Sex sex, String email) {
    }

    /** Where and as what the employee works. */
    public record Placement(EmploymentType employmentType, LocalDate appointedOn, String position, Long workUnitId) {
    }
}
