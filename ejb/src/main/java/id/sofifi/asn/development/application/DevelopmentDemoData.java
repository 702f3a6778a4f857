package id.sofifi.asn.development.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.development.domain.CertificateNumber;
import id.sofifi.asn.development.domain.Competence;
import id.sofifi.asn.development.domain.Enrolment;
import id.sofifi.asn.development.domain.EnrolmentResult;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.PartnerKind;
import id.sofifi.asn.development.domain.Training;
import id.sofifi.asn.development.domain.TrainingDetails;
import id.sofifi.asn.development.domain.TrainingForm;
import id.sofifi.asn.development.domain.TrainingPartner;
import id.sofifi.asn.development.domain.TrainingPartnerRepository;
import id.sofifi.asn.development.domain.TrainingRecord;
import id.sofifi.asn.development.domain.TrainingRecordRepository;
import id.sofifi.asn.development.domain.TrainingRepository;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.application.DemoDataRequested;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Development's part of the demo installation: two universities and the provincial training institute as
 * partners, five trainings across the competences (one a Latsar), and, when workforce has employees by then, a
 * completed training for the first two and an enrolment on an upcoming one. It observes after the default
 * priority ({@code APPLICATION + 500}) that workforce's demo data uses, so employees seeded at the same start-up
 * are there; without any it seeds partners and trainings only.
 */
@ApplicationScoped
public class DevelopmentDemoData {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TrainingPartnerRepository partners;

    @Inject
    TrainingRepository trainings;

    @Inject
    TrainingRecordRepository records;

    @Inject
    EmployeeDirectory employees;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Seeds only an installation without trainings or partners, so a restart never seeds twice; after workforce's
     * demo data (a higher priority runs later), whose employees it enrols.
     */
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) DemoDataRequested request) {
        if (trainings.count() > 0 || !partners.all().isEmpty()) {
            return;
        }
        TrainingPartner unkhair = partner("UNKHAIR", "Universitas Khairun", PartnerKind.UNIVERSITY);
        TrainingPartner ummu = partner("UMMU", "Universitas Muhammadiyah Maluku Utara", PartnerKind.UNIVERSITY);
        TrainingPartner bpsdm = partner("BPSDM-MALUT", "BPSDM Provinsi Maluku Utara", PartnerKind.GOVERNMENT_INSTITUTE);
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        Training past = training(new TrainingDetails("GIS-" + today.getYear(),
                "Sistem Informasi Geografis untuk Perencanaan Daerah", unkhair.code(), Competence.TECHNICAL,
                TrainingForm.CLASSICAL, false, today.minusDays(40), today.minusDays(36), jp("24"), 25), unkhair);
        Training upcoming = training(new TrainingDetails("KEPEMIMPINAN-" + today.getYear(),
                "Kepemimpinan Pelayanan Publik", ummu.code(), Competence.MANAGERIAL, TrainingForm.CLASSICAL, false,
                today.plusDays(14), today.plusDays(17), jp("32"), 30), ummu);
        training(new TrainingDetails("LATSAR-" + today.getYear() + "-I", "Pelatihan Dasar CPNS Angkatan I",
                bpsdm.code(), Competence.SOCIOCULTURAL, TrainingForm.CLASSICAL, true, today.plusDays(21),
                today.plusDays(80), jp("200"), 40), bpsdm);
        training(new TrainingDetails("ETIKA-" + today.getYear(), "Coaching Etika dan Antikorupsi ASN", bpsdm.code(),
                Competence.SOCIOCULTURAL, TrainingForm.NON_CLASSICAL, false, today.plusDays(7), today.plusDays(7),
                jp("8"), 20), bpsdm);
        training(new TrainingDetails("DATA-SDM-" + today.getYear(), "Analisis Data Kepegawaian", unkhair.code(),
                Competence.TECHNICAL, TrainingForm.CLASSICAL, false, today.plusDays(30), today.plusDays(32),
                jp("16.50"), 2), unkhair);
        List<EmployeeFacts> some = employees.firstByNip(2);
        for (EmployeeFacts employee : some) {
            Enrolment done = past.enrol(employee.nip(), List.of(), false, clock.instant());
            trainings.flush(past, employee.nip());
            past.complete(employee.nip(), EnrolmentResult.PASSED, past.endsOn(), today);
            records.add(TrainingRecord.of(done, CertificateNumber.random(RANDOM), clock.instant()));
            upcoming.enrol(employee.nip(), List.of(), false, clock.instant());
            trainings.flush(upcoming, employee.nip());
        }
        audit.recordAs("system", "demo.seeded", "Installation", "development", null, null,
                "Data contoh pengembangan kompetensi: 3 mitra, 5 pelatihan, " + some.size() + " pegawai terdaftar");
    }

    private TrainingPartner partner(String code, String name, PartnerKind kind) {
        TrainingPartner partner = new TrainingPartner(code, name, kind);
        partners.add(partner);
        return partner;
    }

    private Training training(TrainingDetails details, TrainingPartner partner) {
        Training training = new Training(details, partner);
        trainings.add(training);
        return training;
    }

    private static Jp jp(String value) {
        return new Jp(new BigDecimal(value));
    }
}
