package id.sofifi.asn.recruitment;

import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.application.ApplicationView;
import id.sofifi.asn.recruitment.application.FormationService;
import id.sofifi.asn.recruitment.application.ObjectionService;
import id.sofifi.asn.recruitment.application.RegistrationService;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.application.Upload;
import id.sofifi.asn.recruitment.application.VerificationService;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationDetails;
import id.sofifi.asn.recruitment.domain.ObjectionOutcome;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import id.sofifi.asn.recruitment.domain.Qualification;
import id.sofifi.asn.recruitment.domain.StoredFile;
import id.sofifi.asn.recruitment.domain.UnmetRequirement;
import id.sofifi.asn.selection.application.AnnouncementService;
import id.sofifi.asn.selection.application.AnnouncementSummary;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.AsApplicant;
import id.sofifi.asn.system.AsSupervisor;
import id.sofifi.asn.system.AsVerifier;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration, verification with two people, and objection, called inside the deployed application
 * as the demo applicant (NIK of case N1), a verifier and a supervisor would.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(RegistrationIT.class, AsApplicant.class, AsVerifier.class, AsSupervisor.class));
    }

    @EJB(lookup = "java:app/ejb/RegistrationService")
    RegistrationService registrations;

    @EJB(lookup = "java:app/ejb/VerificationService")
    VerificationService verification;

    @EJB(lookup = "java:app/ejb/ObjectionService")
    ObjectionService objections;

    @EJB(lookup = "java:app/ejb/AnnouncementService")
    AnnouncementService announcements;

    @EJB(lookup = "java:app/ejb/SelectionPeriodService")
    SelectionPeriodService periods;

    @EJB(lookup = "java:app/ejb/FormationService")
    FormationService formations;

    @EJB
    AsApplicant applicant;

    @EJB
    AsVerifier verifier;

    @EJB
    AsSupervisor supervisor;

    @EJB
    AsAdministrator admin;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    @DisplayName("§1.1: two simultaneous submissions with one NIK in one year — exactly one is stored")
    void raceOfTwoSubmissions() throws Exception {
        String period = "CPNS-" + Year.now().getValue();
        List<StoredFile> files = new ArrayList<>();
        for (String code : List.of("KTP", "IJAZAH", "TRANSKRIP", "SURAT_LAMARAN", "PAS_FOTO")) {
            files.add(applicant.call(() -> registrations
                    .upload(new Upload(code, code.toLowerCase(java.util.Locale.ROOT) + ".pdf", PDF))));
        }
        Qualification s1 = new Qualification("S-1 Psikologi", new BigDecimal("3.45"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<String> submit = () -> {
            start.await();
            return applicant.call(() -> registrations.submit(period, "BKD-ANALIS-SDM-01", s1, files));
        };
        Future<String> first = pool.submit(submit);
        Future<String> second = pool.submit(submit);
        start.countDown();
        int stored = 0;
        int refused = 0;
        String number = null;
        for (Future<String> outcome : List.of(first, second)) {
            try {
                number = outcome.get();
                stored++;
            } catch (ExecutionException e) {
                DomainException refusal = (DomainException) e.getCause();
                assertEquals("application.oncePerYear", refusal.messageKey());
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(1, stored);
        assertEquals(1, refused);
        assertEquals(1L,
                ((Number) em
                        .createNativeQuery("SELECT COUNT(*) FROM application WHERE nik_hash = ?2 AND fiscal_year = ?1")
                        .setParameter(1, Year.now().getValue())
                        .setParameter(2, SealedNik.hashOf(new Nik("8272045203900001"))).getSingleResult()).longValue());

        // §6: a document is read only by staff, and each reading is audited with who and which
        String registration = number;
        long documentId = verifier.call(() -> verification.detail(registration)).documents().get(0).id();
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), new String(
                verifier.call(() -> verification.openDocument(documentId)).content(), StandardCharsets.US_ASCII));
        assertEquals(List.of("verifikator-it"),
                em.createNativeQuery(
                        "SELECT actor FROM audit_event" + " WHERE action = 'document.opened' AND subject_key LIKE ?1")
                        .setParameter(1, registration + "/%").getResultList());
    }

    @Test
    @DisplayName("§1.2: a verifier proposes TMS with reasons, a supervisor confirms;"
            + " a stale version is refused, never overwritten")
    void twoPersonVerification() throws Exception {
        String number = SystemTest.unique("V");
        SealedNik nik = SystemTest.sealedNik("717101", LocalDate.of(1996, 5, 4), false,
                (int) (System.nanoTime() % 9000) + 1);
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("INSERT INTO application (registration_number, formation_id, submitted_at, period_id,"
                + " fiscal_year, " + SealedNik.COLUMNS + ", full_name, birth_date, sex, education, gpa, source, status)"
                + " SELECT ?1, f.id, now(), p.id, p.fiscal_year, ?2, ?4, ?5, 'Budi Galela', DATE '1996-05-04', 'M',"
                + " 'S-1 Psikologi', 3.1, 'IMPORT', 'SUBMITTED' FROM formation f JOIN selection_period p"
                + " ON p.id = f.period_id WHERE f.code = 'BKD-ANALIS-SDM-01' AND p.code = ?3").setParameter(1, number)
                .setParameter(2, nik.hash()).setParameter(4, nik.sealed()).setParameter(5, nik.keyId())
                .setParameter(3, "CPNS-" + Year.now().getValue()).executeUpdate();
        transaction.commit();

        long version = verifier.call(() -> verification.detail(number)).version();
        assertEquals("verification.reasonRequired", assertThrows(DomainException.class,
                () -> verifier.call(() -> verification.propose(number, version, AdministrationResult.TMS, List.of())))
                .messageKey());
        ApplicationView proposed = verifier.call(() -> verification.propose(number, version, AdministrationResult.TMS,
                List.of(new UnmetRequirement("KTP", "KTP tidak terbaca"))));
        assertEquals(ApplicationStatus.SUBMITTED, proposed.status());
        assertEquals("conflict.staleVersion", assertThrows(ConflictException.class,
                () -> supervisor.call(() -> verification.confirm(number, version))).messageKey());
        ApplicationView decided = supervisor.call(() -> verification.confirm(number, proposed.version()));
        assertEquals(ApplicationStatus.TMS, decided.status());
        assertEquals("verifikator-it", decided.proposedBy());
        assertEquals("supervisor-it", decided.decidedBy());
        assertEquals("KTP: KTP tidak terbaca", decided.timeline().get(decided.timeline().size() - 1).note());
        List<?> actors = em.createNativeQuery("SELECT actor FROM audit_event WHERE subject_key = ?1 ORDER BY seq")
                .setParameter(1, number).getResultList();
        assertEquals(List.of("verifikator-it", "supervisor-it"), actors.stream().map(String::valueOf).toList());
    }

    @Test
    @DisplayName("§1.2: the approved ADMINISTRATION announcement verifies and opens the objection window; the"
            + " applicant objects once; an accepted objection turns TMS into MS and a correction is published")
    void objectionAfterAnnouncement() throws Exception {
        String period = SystemTest.unique("OBJ");
        admin.call(() -> periods.create(new PeriodDetails(period, "Seleksi uji sanggah", 2041, ProcurementType.CPNS,
                Instant.parse("2041-03-01T00:00:00Z"), Instant.parse("2041-03-31T00:00:00Z"), 3)));
        admin.call(() -> formations.create(period,
                new FormationDetails("OBJ-01", "Analis", "BKD", "S-1 Hukum", FormationCategory.GENERAL, 1)));
        String number = period + "-1";
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("INSERT INTO application (registration_number, formation_id, submitted_at, period_id,"
                + " fiscal_year, applicant_id, " + SealedNik.COLUMNS + ", full_name, birth_date, sex, education, gpa,"
                + " source, status) SELECT ?1, f.id, now(), p.id, p.fiscal_year, a.id, a.nik_hash, a.nik_sealed,"
                + " a.nik_key_id, a.full_name, a.birth_date, a.sex, 'S-1 Hukum', 3.2, 'PORTAL', 'SUBMITTED'"
                + " FROM formation f JOIN selection_period p ON p.id = f.period_id"
                + " JOIN applicant a ON a.nik_hash = ?3 WHERE p.code = ?2").setParameter(1, number)
                .setParameter(2, period).setParameter(3, SealedNik.hashOf(new Nik("8272045203900001"))).executeUpdate();
        transaction.commit();
        long version = verifier.call(() -> verification.detail(number)).version();
        ApplicationView proposed = verifier.call(() -> verification.propose(number, version, AdministrationResult.TMS,
                List.of(new UnmetRequirement("IJAZAH", "Ijazah tidak dilegalisasi"))));
        supervisor.call(() -> verification.confirm(number, proposed.version()));

        assertEquals("objection.notAnnounced",
                assertThrows(ConflictException.class,
                        () -> applicant.call(() -> objections.file(number, "Ijazah saya sudah dilegalisasi")))
                        .messageKey());
        AnnouncementSummary draft = supervisor
                .call(() -> announcements.prepareNext(period, AnnouncementStage.ADMINISTRATION));
        assertNull(draft.correctsId());
        assertEquals("objection.notAnnounced",
                assertThrows(ConflictException.class,
                        () -> applicant.call(() -> objections.file(number, "Draf belum membuka masa sanggah")))
                        .messageKey(),
                "a draft opens no objection window");
        AnnouncementSummary first = admin.call(() -> announcements.approve(draft.id()));
        assertTrue(announcements.checkChain(first.id()).valid(), "the administrative result is hash-chained");
        assertEquals(List.of(first.id()),
                em.createNativeQuery("SELECT announcement_id FROM objection_window w JOIN selection_period p"
                        + " ON p.id = w.period_id WHERE p.code = ?1").setParameter(1, period).getResultList().stream()
                        .map(id -> ((Number) id).longValue()).toList());
        assertEquals("objection.reasonRequired",
                assertThrows(DomainException.class, () -> applicant.call(() -> objections.file(number, "salah")))
                        .messageKey());
        applicant.call(() -> objections.file(number, "Ijazah saya sudah dilegalisasi, halaman 2 berkas IJAZAH"));
        assertEquals("objection.once",
                assertThrows(ConflictException.class,
                        () -> applicant.call(() -> objections.file(number, "Sekali lagi: ijazah sudah dilegalisasi")))
                        .messageKey());
        assertEquals("announcement.objectionsOpen", assertThrows(ConflictException.class,
                () -> supervisor.call(() -> announcements.prepareNext(period, AnnouncementStage.ADMINISTRATION)))
                .messageKey());

        long objectionVersion = supervisor.call(() -> verification.detail(number)).objection().version();
        ApplicationView answered = supervisor.call(() -> objections.answer(number, objectionVersion,
                ObjectionOutcome.ACCEPTED, "Benar, legalisasi ada di halaman 2; kesalahan panitia"));
        assertEquals(ApplicationStatus.MS, answered.status());
        // the application was inserted directly, so its timeline starts at the verification
        assertEquals(List.of("VERIFIED_TMS", "ANNOUNCED", "OBJECTION_FILED", "OBJECTION_ACCEPTED"),
                answered.timeline().stream().map(ApplicationView.TimelineEntry::step).toList());
        AnnouncementSummary correctionDraft = supervisor
                .call(() -> announcements.prepareNext(period, AnnouncementStage.ADMINISTRATION));
        assertEquals(first.id(), correctionDraft.correctsId());
        AnnouncementSummary correction = admin.call(() -> announcements.approve(correctionDraft.id()));
        assertTrue(announcements.checkChain(correction.id()).valid());
        assertEquals(correction.id(),
                announcements.current(period, AnnouncementStage.ADMINISTRATION).orElseThrow().id());
        assertEquals("MS", announcements.entry(correction.id(), number).code());
        assertEquals("TMS", announcements.entry(first.id(), number).code(), "the corrected list stays as published");
        assertTrue(announcements.entries(correction.id(), null, PageRequest.of(0, 50)).items().stream()
                .noneMatch(e -> e.toString().contains("8272045203900001")), "no NIK in a published list");
        assertEquals(List.of("VERIFIED_TMS", "ANNOUNCED", "OBJECTION_FILED", "OBJECTION_ACCEPTED"),
                supervisor.call(() -> verification.detail(number)).timeline().stream()
                        .map(ApplicationView.TimelineEntry::step).toList(),
                "a correction announces nothing anew");
        List<?> actions = em.createNativeQuery("SELECT action FROM audit_event WHERE subject_key = ?1 ORDER BY seq")
                .setParameter(1, number).getResultList();
        assertEquals(
                List.of("verification.proposed", "verification.confirmed", "objection.filed", "objection.answered"),
                actions.stream().map(String::valueOf).toList());
    }
}
