package id.sofifi.asn.workforce.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.application.DemoDataRequested;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.workforce.domain.Employee;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import id.sofifi.asn.workforce.domain.EmploymentType;
import id.sofifi.asn.workforce.domain.Nip;
import id.sofifi.asn.workforce.domain.UnitHead;
import id.sofifi.asn.workforce.domain.UnitHeadRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Workforce's part of the demo installation: eight employees of every type in the demo OPD and their bidang and
 * UPT (which recruitment seeds), among them a CPNS appointed on 1 March of this year (ASN-RULES §4 case J2's
 * shape). NIPs are handed out by §4 from each person's birth date, TMT and sex; NIKs are built by §1.1 and checked.
 * Three of them head units ({@link #HEADS}), so reminders are copied to a head and a head sees their unit.
 */
@ApplicationScoped
public class WorkforceDemoData {
    /**
     * Kepala unit kerja of the demo: unit code, the head's name. The head of the BKD works in its bidang Mutasi, so
     * the CPNS of the BKD and the bidang Bangkom (which has no head) answer to him; DINKES has a head above the head
     * of its laboratory.
     */
    private static final String[][] HEADS = {{"BKD", "Rahmat Hasan"}, {"DINKES", "Fitriani Abdullah"},
            {"DINKES-LABKESDA", "Yusuf Baharuddin"}};

    /** After recruitment's demo data (default priority), whose work units the employees are placed in. */
    static final int AFTER_WORK_UNITS = Interceptor.Priority.APPLICATION + 600;

    @Inject
    EmployeeRepository employees;

    @Inject
    WorkUnitRepository units;

    @Inject
    UnitHeadRepository heads;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Seeds only an installation without employees, so a restart never seeds twice. */
    void seed(@Observes @Priority(AFTER_WORK_UNITS) DemoDataRequested request) {
        if (!employees.isEmpty()) {
            return;
        }
        int year = LocalDate.now(clock.withZone(Wit.ZONE)).getYear();
        Object[][] seeded = {
                {"Rahmat Hasan", "1985-06-14", Sex.M, EmploymentType.PNS, LocalDate.of(2010, 3, 1),
                        "Analis Sumber Daya Manusia Aparatur Ahli Muda", "BKD-MUTASI"},
                {"Nurhayati Sangaji", "1990-11-02", Sex.F, EmploymentType.PNS, LocalDate.of(2015, 4, 1),
                        "Pranata Komputer Ahli Pertama", "BKD-BANGKOM"},
                {"Fitriani Abdullah", "1992-01-23", Sex.F, EmploymentType.PNS, LocalDate.of(2019, 2, 1),
                        "Dokter Ahli Pertama", "DINKES-P2P"},
                {"Yusuf Baharuddin", "1988-08-30", Sex.M, EmploymentType.PNS, LocalDate.of(2014, 1, 1),
                        "Pranata Laboratorium Kesehatan Ahli Muda", "DINKES-LABKESDA"},
                {"Sartika Umar", "1995-05-17", Sex.F, EmploymentType.PPPK, LocalDate.of(2023, 10, 1),
                        "Guru Ahli Pertama - Bahasa Inggris", "DISDIK-SMA1"},
                {"Irfan Djafar", "1993-09-09", Sex.M, EmploymentType.PPPK, LocalDate.of(2024, 7, 1),
                        "Penata Kelola Sistem dan Teknologi Informasi", "BAPPEDA"},
                {"Ayu Lestari Kadir", "1997-03-28", Sex.F, EmploymentType.CPNS, LocalDate.of(year - 1, 3, 1),
                        "Perawat Ahli Pertama", "RSUD"},
                {"Muhammad Rizal Tomagola", "1999-12-05", Sex.M, EmploymentType.CPNS, LocalDate.of(year, 3, 1),
                        "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "BKD"}};
        int serial = 1;
        Map<String, Nip> nips = new HashMap<>();
        for (Object[] e : seeded) {
            LocalDate birth = LocalDate.parse((String) e[1]);
            Sex sex = (Sex) e[2];
            LocalDate appointedOn = (LocalDate) e[4];
            String prefix = Nip.prefix(birth, YearMonth.from(appointedOn), sex);
            Nip nip = Nip.firstFree(prefix, employees.usedSerials(prefix));
            String unitCode = (String) e[6];
            // an installation seeded before the tree had bidang and UPT places the employee in the OPD itself
            WorkUnit unit = units.findByCode(unitCode).or(() -> units.findByCode(unitCode.split("-")[0])).orElseThrow();
            employees.add(new Employee(nip, nik(birth, sex, serial++),
                    new Employee.Person((String) e[0], birth, sex, email((String) e[0])),
                    new Employee.Placement((EmploymentType) e[3], appointedOn, (String) e[5], unit.id()),
                    clock.instant()));
            nips.put((String) e[0], nip);
        }
        for (String[] headed : HEADS) {
            units.findByCode(headed[0]).ifPresent(
                    unit -> heads.save(new UnitHead(unit.id(), nips.get(headed[1]), clock.instant()), headed[1]));
        }
        audit.recordAs("system", "demo.seeded", "Installation", "workforce", null, null, "Data demo kepegawaian: "
                + seeded.length + " pegawai; kepala BKD, DINKES dan DINKES-LABKESDA ditetapkan");
    }

    /** A demo mailbox, so that the password link of the employee's first sign-in lands in the outbox. */
    private static String email(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@contoh.malutprov.go.id";
    }

    /** A NIK of Kota Tidore Kepulauan (8272), district 01, by §1.1: women's birth day + 40. */
    private static Nik nik(LocalDate birth, Sex sex, int serial) {
        String value = Nik.of("827201", birth, sex, serial).value();
        Violations violations = new Violations();
        Nik nik = Nik.check(value, birth, sex, "nik", violations).orElse(null);
        violations.throwIfAny();
        return nik;
    }
}
