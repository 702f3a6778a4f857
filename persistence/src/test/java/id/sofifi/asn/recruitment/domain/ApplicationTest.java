package id.sofifi.asn.recruitment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.NikKeys;
import id.sofifi.asn.kernel.Sex;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Registration deadline, the two-person rule of verification, and the objection (sanggah) window (§1.1–1.2). */
class ApplicationTest {
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T14:59:59Z");
    private static final Qualification S1 = new Qualification("S1 Informatika", new BigDecimal("3.5"));

    private final SelectionPeriod period = new SelectionPeriod(
            new PeriodDetails("CPNS-2026", "Seleksi CPNS 2026", 2026, ProcurementType.CPNS, OPENS, CLOSES, 3));
    private final Formation formation = new Formation(period,
            new FormationDetails("F-01", "Pranata Komputer", "BKD", "S1 Informatika", FormationCategory.GENERAL, 2),
            new WorkUnit("BKD", "Badan Kepegawaian Daerah"));

    @BeforeAll
    static void nikKeys() {
        NikKeys.install(NikKeys.generate());
    }

    private Applicant applicant(boolean confirmed) {
        Applicant applicant = new Applicant(
                new Nik("8272045203900001"), new ApplicantDetails("8272045203900001", "Siti Rahma",
                        LocalDate.of(1990, 3, 12), Sex.F, "siti@example.id", "081234567890"),
                "rahasia123".toCharArray(), OPENS);
        if (confirmed) {
            applicant.confirmEmail(OPENS);
        }
        return applicant;
    }

    private Application submitted() {
        return Application.submit("CPNS-2026-0000001", formation, applicant(true), S1, OPENS.plusSeconds(60));
    }

    @Test
    @DisplayName("§1.1: registration closes at the period's deadline, to the second")
    void deadlineToTheSecond() {
        Applicant applicant = applicant(true);
        Application.submit("R1", formation, applicant, S1, CLOSES.minusSeconds(1));
        ConflictException late = assertThrows(ConflictException.class,
                () -> Application.submit("R2", formation, applicant, S1, CLOSES));
        assertEquals("application.registrationClosed", late.messageKey());
    }

    @Test
    @DisplayName("An applicant must confirm their e-mail before submitting")
    void emailFirst() {
        DomainException refused = assertThrows(DomainException.class,
                () -> Application.submit("R1", formation, applicant(false), S1, OPENS.plusSeconds(1)));
        assertEquals("application.emailUnconfirmed", refused.messageKey());
    }

    @Test
    @DisplayName("§1.2: TMS needs a reason per unmet requirement;"
            + " the proposal is final only after a second person confirms")
    void twoPersonRule() {
        Application application = submitted();
        assertEquals("verification.reasonRequired", assertThrows(DomainException.class,
                () -> application.propose(AdministrationResult.TMS, List.of(), "ver1", OPENS)).messageKey());
        application.propose(AdministrationResult.TMS, List.of(new UnmetRequirement("IJAZAH", "Ijazah tidak terbaca")),
                "ver1", OPENS);
        assertEquals(ApplicationStatus.SUBMITTED, application.status());
        assertEquals("verification.samePerson",
                assertThrows(DomainException.class, () -> application.confirm("ver1", OPENS)).messageKey());
        application.confirm("sup1", OPENS.plusSeconds(5));
        assertEquals(ApplicationStatus.TMS, application.status());
        TimelineStepCheck.last(application, TimelineStep.VERIFIED_TMS, "IJAZAH: Ijazah tidak terbaca");
    }

    @Test
    @DisplayName("A supervisor may send a proposal back with a note; the verifier proposes again")
    void sendBack() {
        Application application = submitted();
        application.propose(AdministrationResult.MS, List.of(), "ver1", OPENS);
        assertThrows(DomainException.class, () -> application.sendBack("sup1", " ", OPENS));
        application.sendBack("sup1", "Periksa ulang transkrip", OPENS);
        assertTrue(application.proposedResult().isEmpty());
        assertEquals("Periksa ulang transkrip", application.returnNote());
        application.propose(AdministrationResult.MS, List.of(), "ver1", OPENS);
        application.confirm("sup1", OPENS);
        assertEquals(ApplicationStatus.MS, application.status());
    }

    @Test
    @DisplayName("Issue 9 defect: a result decided by the exporting system over a pending proposal records who"
            + " decided and when, withdraws the proposal, and a supervisor can no longer confirm over it")
    void externalResultWithdrawsPendingProposal() {
        Application application = submitted();
        application.propose(AdministrationResult.TMS, List.of(new UnmetRequirement("KTP", "KTP buram")), "ver1", OPENS);
        Instant imported = OPENS.plusSeconds(30);
        application.recordExternalResult(AdministrationResult.MS, "import-bkn", imported);
        assertEquals(ApplicationStatus.MS, application.status());
        assertEquals("import-bkn", application.decidedBy());
        assertEquals(imported, application.decidedAt());
        assertTrue(application.proposedResult().isEmpty());
        assertNull(application.proposedBy());
        assertNull(application.proposedAt());
        assertTrue(application.unmetRequirements().isEmpty(), "the reasons belonged to the withdrawn proposal");
        TimelineStepCheck.last(application, TimelineStep.VERIFIED_MS, Application.EXTERNAL_RESULT_NOTE);
        assertEquals("verification.alreadyDecided",
                assertThrows(ConflictException.class, () -> application.confirm("sup1", imported)).messageKey());
        assertEquals("verification.alreadyDecided",
                assertThrows(ConflictException.class, () -> application.sendBack("sup1", "Periksa lagi", imported))
                        .messageKey());
    }

    @Test
    @DisplayName("Issue 9: the same external result again changes nothing (a re-import is idempotent)")
    void sameExternalResultAgainIsNoChange() {
        Application application = submitted();
        application.recordExternalResult(AdministrationResult.TMS, "import-1", OPENS);
        int steps = application.events().size();
        application.recordExternalResult(AdministrationResult.TMS, "import-2", OPENS.plusSeconds(9));
        assertEquals("import-1", application.decidedBy());
        assertEquals(OPENS, application.decidedAt());
        assertEquals(steps, application.events().size());
    }

    @Test
    @DisplayName("An application assigned to one verifier cannot be decided by another")
    void assignment() {
        Application application = submitted();
        application.assignTo("ver1");
        assertEquals("verification.assignedToOther", assertThrows(DomainException.class,
                () -> application.propose(AdministrationResult.MS, List.of(), "ver2", OPENS)).messageKey());
    }

    @Test
    @DisplayName("§1.2: the objection window is the period's objection days,"
            + " calendar days in WIT, counted from publication")
    void objectionWindow() {
        Application application = submitted();
        application.propose(AdministrationResult.TMS, List.of(new UnmetRequirement("KTP", "KTP buram")), "v", OPENS);
        application.confirm("s", OPENS);
        // published Monday 6 April 2026 10:00 WIT; 3 days → last day Thursday 9 April, closes at midnight WIT
        Instant published = Instant.parse("2026-04-06T01:00:00Z");
        ObjectionWindow window = ObjectionWindow.open(period, 1L, published);
        assertEquals(Instant.parse("2026-04-09T15:00:00Z"), window.closesAt());
        assertEquals("objection.windowClosed",
                assertThrows(ConflictException.class,
                        () -> Objection.file(application, window, "KTP saya jelas terbaca", window.closesAt()))
                        .messageKey());
        Objection objection = Objection.file(application, window, "KTP saya jelas terbaca, mohon diperiksa",
                window.closesAt().minus(Duration.ofSeconds(1)));
        objection.answer(ObjectionOutcome.ACCEPTED, "Benar, kesalahan panitia membaca KTP", "sup1", published);
        assertEquals(ApplicationStatus.MS, application.status());
        assertTrue(application.unmetRequirements().isEmpty());
        TimelineStepCheck.last(application, TimelineStep.OBJECTION_ACCEPTED, "Benar, kesalahan panitia membaca KTP");
        assertEquals("objection.alreadyAnswered", assertThrows(ConflictException.class,
                () -> objection.answer(ObjectionOutcome.REJECTED, "Sudah dijawab sebelumnya", "sup1", published))
                .messageKey());
    }

    @Test
    @DisplayName("§1.2: only a TMS result can be objected to")
    void onlyTms() {
        Application application = submitted();
        application.propose(AdministrationResult.MS, List.of(), "v", OPENS);
        application.confirm("s", OPENS);
        ObjectionWindow window = ObjectionWindow.open(period, 1L, OPENS);
        assertEquals("objection.onlyTms", assertThrows(DomainException.class,
                () -> Objection.file(application, window, "Saya keberatan dengan hasil", OPENS)).messageKey());
    }

    /** Reads the newest timeline step. */
    private static final class TimelineStepCheck {
        static void last(Application application, TimelineStep step, String note) {
            ApplicationEvent last = application.events().get(application.events().size() - 1);
            assertEquals(step, last.step());
            assertEquals(note, last.note());
        }
    }
}
