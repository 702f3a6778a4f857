package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.application.DemoDataRequested;
import id.sofifi.asn.recruitment.domain.Applicant;
import id.sofifi.asn.recruitment.domain.ApplicantDetails;
import id.sofifi.asn.recruitment.domain.ApplicantRepository;
import id.sofifi.asn.recruitment.domain.DocumentRequirement;
import id.sofifi.asn.recruitment.domain.DocumentRequirementRepository;
import id.sofifi.asn.recruitment.domain.Formation;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationDetails;
import id.sofifi.asn.recruitment.domain.FormationRepository;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Recruitment's part of the demo installation README.md documents: the work units (OPD with some of their bidang
 * and UPT), an open period
 * with its document requirements and formations, a demo applicant with a confirmed e-mail, and last year's finished
 * period ({@link FinishedPeriodDemoData}).
 */
@ApplicationScoped
public class RecruitmentDemoData {
    /** The demo applicant's NIK (case N1 of ASN-RULES.md): a woman born 12 March 1990. */
    static final String APPLICANT_NIK = "8272045203900001";
    /** Bidang and UPT under the demo OPD: code, name, parent code. Workforce's demo employees work in them. */
    static final String[][] SUB_UNITS = {{"BKD-MUTASI", "Bidang Mutasi dan Promosi", "BKD"},
            {"BKD-BANGKOM", "Bidang Pengembangan Kompetensi", "BKD"},
            {"DINKES-P2P", "Bidang Pencegahan dan Pengendalian Penyakit", "DINKES"},
            {"DINKES-LABKESDA", "UPT Laboratorium Kesehatan Daerah", "DINKES"},
            {"DISDIK-SMA1", "UPT SMA Negeri 1 Sofifi", "DISDIK"}};

    @Inject
    WorkUnitRepository units;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    FormationRepository formations;

    @Inject
    DocumentRequirementRepository requirements;

    @Inject
    ApplicantRepository applicants;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    FinishedPeriodDemoData finishedPeriod;

    /**
     * Seeds the installation only when it has no work units, so a restart never seeds twice; then last year's
     * finished period, which seeds itself once (an installation seeded before it existed gets it on its next start).
     */
    void seed(@Observes DemoDataRequested request) {
        if (units.all().isEmpty()) {
            seedInstallation();
        }
        finishedPeriod.seed();
    }

    private void seedInstallation() {
        Map<String, WorkUnit> byCode = new HashMap<>();
        for (String[] u : new String[][]{{"BKD", "Badan Kepegawaian Daerah"}, {"DINKES", "Dinas Kesehatan"},
                {"DISDIK", "Dinas Pendidikan dan Kebudayaan"}, {"DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"},
                {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah"}, {"RSUD", "RSUD Sofifi"}}) {
            WorkUnit unit = new WorkUnit(u[0], u[1]);
            units.add(unit);
            byCode.put(unit.code(), unit);
        }
        for (String[] u : SUB_UNITS) {
            WorkUnit unit = new WorkUnit(u[0], u[1], byCode.get(u[2]));
            units.add(unit);
            byCode.put(unit.code(), unit);
        }

        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        SelectionPeriod period = new SelectionPeriod(new PeriodDetails("CPNS-" + today.getYear(),
                "Seleksi CPNS Pemerintah Provinsi Maluku Utara " + today.getYear(), today.getYear(),
                ProcurementType.CPNS, today.minusDays(7).atTime(LocalTime.of(8, 0)).atZone(Wit.ZONE).toInstant(),
                today.plusDays(30).atTime(LocalTime.of(23, 59, 59)).atZone(Wit.ZONE).toInstant(),
                PeriodDetails.DEFAULT_OBJECTION_DAYS));
        periods.add(period);
        DocumentRequirement.defaultsFor(period).forEach(requirements::add);
        Applicant applicant = new Applicant(
                new Nik(APPLICANT_NIK), new ApplicantDetails(APPLICANT_NIK, "Siti Rahma Umasugi",
                        LocalDate.of(1990, 3, 12), Sex.F, "siti.rahma@contoh.id", "081234567890"),
                "pelamar123".toCharArray(), clock.instant());
        applicant.confirmEmail(clock.instant());
        applicants.add(applicant);
        Object[][] seeded = {
                {"BKD-ANALIS-SDM-01", "Analis Sumber Daya Manusia Aparatur", "BKD", "S-1 Psikologi",
                        FormationCategory.GENERAL, 3},
                {"BKD-PRANATA-KOMP-01", "Pranata Komputer Ahli Pertama", "BKD", "S-1 Teknik Informatika",
                        FormationCategory.CUMLAUDE, 1},
                {"DINKES-DOKTER-01", "Dokter Ahli Pertama", "DINKES", "Profesi Dokter", FormationCategory.GENERAL, 5},
                {"DINKES-PERAWAT-01", "Perawat Ahli Pertama", "DINKES", "S-1 Keperawatan + Ners",
                        FormationCategory.GENERAL, 8},
                {"DINKES-PERAWAT-02", "Perawat Ahli Pertama", "DINKES", "S-1 Keperawatan + Ners",
                        FormationCategory.DISABILITY, 1},
                {"DINKES-BIDAN-01", "Bidan Terampil", "DINKES", "D-III Kebidanan",
                        FormationCategory.DISADVANTAGED_REGION, 4},
                {"DISDIK-GURU-MTK-01", "Guru Ahli Pertama - Matematika", "DISDIK", "S-1 Pendidikan Matematika",
                        FormationCategory.GENERAL, 6},
                {"DISDIK-GURU-BIO-01", "Guru Ahli Pertama - Biologi", "DISDIK", "S-1 Pendidikan Biologi",
                        FormationCategory.PAPUA, 2},
                {"DPUPR-TEKSIPIL-01", "Teknik Jalan dan Jembatan Ahli Pertama", "DPUPR", "S-1 Teknik Sipil",
                        FormationCategory.GENERAL, 3},
                {"BAPPEDA-PERENC-01", "Perencana Ahli Pertama", "BAPPEDA", "S-1 Ekonomi Pembangunan",
                        FormationCategory.DIASPORA, 1},
                {"RSUD-APOTEKER-01", "Apoteker Ahli Pertama", "RSUD", "Profesi Apoteker", FormationCategory.GENERAL, 2},
                {"RSUD-RADIOG-01", "Radiografer Terampil", "RSUD", "D-III Radiologi", FormationCategory.KALIMANTAN, 1}};
        for (Object[] f : seeded) {
            formations.add(new Formation(period, new FormationDetails((String) f[0], (String) f[1], (String) f[2],
                    (String) f[3], (FormationCategory) f[4], (Integer) f[5]), byCode.get((String) f[2])));
        }
        audit.recordAs("system", "demo.seeded", "Installation", period.code(), null, null,
                "Data demo rekrutmen: 1 pelamar, " + byCode.size() + " unit kerja, periode " + period.code() + ", "
                        + seeded.length + " formasi");
    }
}
