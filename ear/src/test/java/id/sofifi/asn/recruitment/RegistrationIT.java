package id.sofifi.asn.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.recruitment.application.AdministrationAnnouncementService;
import id.sofifi.asn.recruitment.application.ApplicationView;
import id.sofifi.asn.recruitment.application.ObjectionService;
import id.sofifi.asn.recruitment.application.RegistrationService;
import id.sofifi.asn.recruitment.application.Upload;
import id.sofifi.asn.recruitment.application.VerificationService;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import id.sofifi.asn.recruitment.domain.ObjectionOutcome;
import id.sofifi.asn.recruitment.domain.Qualification;
import id.sofifi.asn.recruitment.domain.StoredFile;
import id.sofifi.asn.recruitment.domain.UnmetRequirement;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.AsApplicant;
import id.sofifi.asn.system.AsSupervisor;
import id.sofifi.asn.system.AsVerifier;
import id.sofifi.asn.system.SystemTest;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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
    @EJB(lookup = "java:app/ejb/AdministrationAnnouncementService")
    AdministrationAnnouncementService announcements;
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
    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    @Test
    @DisplayName("§1.1: two simultaneous submissions with one NIK in one year — exactly one is stored")
    void raceOfTwoSubmissions() throws Exception {
        String period = "CPNS-" + Year.now().getValue();
        List<StoredFile> files = new ArrayList<>();
        for (String code : List.of("KTP", "IJAZAH", "TRANSKRIP", "SURAT_LAMARAN", "PAS_FOTO")) {
            files.add(applicant.call(() -> registrations.upload(new Upload(code, code.toLowerCase() + ".pdf", PDF))));
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
        for (Future<String> outcome : List.of(first, second)) {
            try {
                outcome.get();
                stored++;
            } catch (java.util.concurrent.ExecutionException e) {
                DomainException refusal = (DomainException) e.getCause();
                assertEquals("application.oncePerYear", refusal.messageKey());
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(1, stored);
        assertEquals(1, refused);
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM application WHERE nik = '8272045203900001'"
                + " AND fiscal_year = ?1").setParameter(1, Year.now().getValue()).getSingleResult()).longValue());
    }

    @Test
    @DisplayName("§1.2: a verifier proposes TMS with reasons, a supervisor confirms; a stale version is refused, never overwritten")
    void twoPersonVerification() throws Exception {
        String number = SystemTest.unique("V");
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("INSERT INTO application (registration_number, formation_id, submitted_at, period_id,"
                + " fiscal_year, nik, full_name, birth_date, sex, education, gpa, source, status)"
                + " SELECT ?1, f.id, now(), p.id, p.fiscal_year, ?2, 'Budi Galela', DATE '1996-05-04', 'M',"
                + " 'S-1 Psikologi', 3.1, 'IMPORT', 'SUBMITTED' FROM formation f JOIN selection_period p"
                + " ON p.id = f.period_id WHERE f.code = 'BKD-ANALIS-SDM-01' AND p.code = ?3")
                .setParameter(1, number)
                .setParameter(2, SystemTest.nik("717101", java.time.LocalDate.of(1996, 5, 4), false,
                        (int) (System.nanoTime() % 9000) + 1))
                .setParameter(3, "CPNS-" + Year.now().getValue()).executeUpdate();
        transaction.commit();

        long version = verifier.call(() -> verification.detail(number)).version();
        assertEquals("verification.reasonRequired", assertThrows(DomainException.class, () -> verifier.call(() ->
                verification.propose(number, version, AdministrationResult.TMS, List.of()))).messageKey());
        ApplicationView proposed = verifier.call(() -> verification.propose(number, version, AdministrationResult.TMS,
                List.of(new UnmetRequirement("KTP", "KTP tidak terbaca"))));
        assertEquals(ApplicationStatus.SUBMITTED, proposed.status());
        assertEquals("conflict.staleVersion", assertThrows(ConflictException.class, () -> supervisor.call(() ->
                verification.confirm(number, version))).messageKey());
        ApplicationView decided = supervisor.call(() -> verification.confirm(number, proposed.version()));
        assertEquals(ApplicationStatus.TMS, decided.status());
        assertEquals("verifikator-it", decided.proposedBy());
        assertEquals("supervisor-it", decided.decidedBy());
        assertEquals("KTP: KTP tidak terbaca", decided.timeline().get(decided.timeline().size() - 1).note());
        List<?> actors = em.createNativeQuery("SELECT actor FROM audit_event WHERE subject_key = ?1 ORDER BY seq")
                .setParameter(1, number).getResultList();
        assertEquals(List.of("verifikator-it", "supervisor-it"), actors.stream().map(String::valueOf).toList());
    }
}
