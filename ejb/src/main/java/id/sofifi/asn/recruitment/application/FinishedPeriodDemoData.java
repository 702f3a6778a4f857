package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.ApplicantIdentity;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.ApplicationSource;
import id.sofifi.asn.recruitment.domain.DocumentRequirement;
import id.sofifi.asn.recruitment.domain.DocumentRequirementRepository;
import id.sofifi.asn.recruitment.domain.Formation;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationDetails;
import id.sofifi.asn.recruitment.domain.FormationRepository;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import id.sofifi.asn.recruitment.domain.Qualification;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.recruitment.domain.UnmetRequirement;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * The finished period of the demo installation: last year's CPNS selection, registration closed long ago, with
 * three formations in bidang and UPT of the demo OPD and ten applications decided by the two-person verification
 * (eight MS, two TMS). Selection's demo data scores, ranks and announces it; nobody is appointed yet, so a newcomer
 * can follow the path from the final result to the appointment, the employee and their training (README).
 */
@Dependent
public class FinishedPeriodDemoData {
    /** Formations: code, position, work unit (a bidang or UPT), education, quota. */
    private static final Object[][] FORMATIONS = {
            {"BANGKOM-ANALIS-SDM-01", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "BKD-BANGKOM",
                    "S-1 Psikologi", 2},
            {"P2P-EPIDEMIOLOG-01", "Epidemiolog Kesehatan Ahli Pertama", "DINKES-P2P", "S-1 Kesehatan Masyarakat", 1},
            {"SMA1-GURU-FISIKA-01", "Guru Ahli Pertama - Fisika", "DISDIK-SMA1", "S-1 Pendidikan Fisika", 1}};
    /**
     * Applications: name, birth date, sex, NIK region (Ternate 827101 and districts of Halmahera, none the demo
     * applicant's or the demo employees'), formation index, GPA, and the reason of a TMS (null: MS).
     */
    private static final Object[][] APPLICANTS = {{"Fadli Soleman", "1998-02-17", Sex.M, "827101", 0, "3.45", null},
            {"Nurul Fajriani Kasuba", "1999-07-09", Sex.F, "820401", 0, "3.62", null},
            {"Hasrul Lamatenggo", "1997-10-26", Sex.M, "820501", 0, "3.18", null},
            {"Wahyuni Sahmad", "2000-04-13", Sex.F, "827101", 0, "3.05",
                    new String[]{"IJAZAH", "Ijazah yang diunggah S-1 Manajemen, bukan S-1 Psikologi"}},
            {"Siti Haryati Buamona", "1996-12-04", Sex.F, "820201", 1, "3.51", null},
            {"Rizky Fataruba", "1998-05-21", Sex.M, "827101", 1, "3.27", null},
            {"Julkifli Ibrahim", "1997-01-30", Sex.M, "820601", 1, "3.40", null},
            {"Anita Marsaoly", "1999-09-15", Sex.F, "820501", 2, "3.71", null},
            {"Ikbal Soamole", "1998-11-08", Sex.M, "827101", 2, "3.33", null}, {"Sumarni Do Taher", "2001-03-02", Sex.F,
                    "820301", 2, "2.98", new String[]{"SURAT_LAMARAN", "Surat lamaran tidak ditandatangani"}}};

    @Inject
    WorkUnitRepository units;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    FormationRepository formations;

    @Inject
    DocumentRequirementRepository requirements;

    @Inject
    ApplicationRepository applications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The code of the finished demo period seeded on {@code today}: last year's CPNS selection. */
    public static String code(LocalDate today) {
        return "CPNS-" + (today.getYear() - 1);
    }

    /**
     * Seeds the period unless one of its code exists (so a restart never seeds twice, and an installation first
     * started last year keeps its own period of that code).
     */
    void seed() {
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        int year = today.getYear() - 1;
        if (periods.findByCode(code(today)).isPresent()) {
            return;
        }
        SelectionPeriod period = new SelectionPeriod(
                new PeriodDetails(code(today), "Seleksi CPNS Pemerintah Provinsi Maluku Utara " + year, year,
                        ProcurementType.CPNS, at(LocalDate.of(year, 3, 1), LocalTime.of(8, 0)),
                        at(LocalDate.of(year, 3, 31), LocalTime.of(23, 59, 59)), PeriodDetails.DEFAULT_OBJECTION_DAYS));
        periods.add(period);
        DocumentRequirement.defaultsFor(period).forEach(requirements::add);
        List<Formation> seeded = java.util.Arrays.stream(FORMATIONS).map(f -> formation(period, f)).toList();
        int serial = 1;
        for (Object[] a : APPLICANTS) {
            apply(seeded.get((Integer) a[4]), a, serial++, year);
        }
        audit.recordAs("system", "demo.seeded", "SelectionPeriod", period.code(), null, null,
                "Data demo periode selesai " + period.code() + ": " + seeded.size() + " formasi, " + APPLICANTS.length
                        + " lamaran diverifikasi");
    }

    private Formation formation(SelectionPeriod period, Object[] f) {
        String unitCode = (String) f[2];
        // an installation seeded before the tree had bidang and UPT has the OPD itself
        WorkUnit unit = units.findByCode(unitCode).or(() -> units.findByCode(unitCode.split("-")[0])).orElseThrow();
        Formation formation = new Formation(period, new FormationDetails((String) f[0], (String) f[1], unit.code(),
                (String) f[3], FormationCategory.GENERAL, (Integer) f[4]), unit);
        formations.add(formation);
        return formation;
    }

    /**
     * Registers one application in March and decides it as the verification screens do: the verifier proposes, the
     * supervisor confirms in April.
     */
    private void apply(Formation formation, Object[] a, int serial, int year) {
        String name = (String) a[0];
        LocalDate birth = LocalDate.parse((String) a[1]);
        Sex sex = (Sex) a[2];
        Application application = new Application(applications.nextRegistrationNumber(formation.period()), formation,
                new ApplicantIdentity(Nik.of((String) a[3], birth, sex, serial), name, birth, sex, email(name)),
                new Qualification(formation.education(), new BigDecimal((String) a[5])), ApplicationSource.IMPORT,
                at(LocalDate.of(year, 3, 2 + serial), LocalTime.of(10, 0)));
        applications.add(application);
        String[] unmet = (String[]) a[6];
        Instant decided = at(LocalDate.of(year, 4, 7), LocalTime.of(9, serial));
        if (unmet == null) {
            application.propose(AdministrationResult.MS, List.of(), "verifikator", decided);
        } else {
            application.propose(AdministrationResult.TMS, List.of(new UnmetRequirement(unmet[0], unmet[1])),
                    "verifikator", decided);
        }
        application.confirm("supervisor", decided.plusSeconds(3600));
        applications.flush(application);
    }

    /** A demo mailbox of the applicant, where the portal would send their steps. */
    private static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@contoh.id";
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Wit.ZONE).toInstant();
    }
}
