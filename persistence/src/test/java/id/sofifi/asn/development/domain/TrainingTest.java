package id.sofifi.asn.development.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A training's enrolments: places, overlapping dates, the waiting list, completion (ASN-RULES §4). */
class TrainingTest {
    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private static final TrainingPartner UNKHAIR = new TrainingPartner("UNKHAIR", "Universitas Khairun",
            PartnerKind.UNIVERSITY);
    private static final String A = "199001012015031001";
    private static final String B = "199102022015032001";
    private static final String C = "199203032015031002";

    private static Training training(String code, String starts, String ends, int capacity) {
        return new Training(new TrainingDetails(code, "Pelatihan " + code, "UNKHAIR", Competence.TECHNICAL,
                TrainingForm.CLASSICAL, false, LocalDate.parse(starts), LocalDate.parse(ends),
                new Jp(BigDecimal.valueOf(24)), capacity), UNKHAIR);
    }

    private static Training oneSeat() {
        return training("GIS-1", "2026-06-01", "2026-06-05", 1);
    }

    @Test
    @DisplayName("§4 enrolment: a full training refuses the next employee (409) unless they ask for the waiting list")
    void capacity() {
        Training t = oneSeat();
        t.enrol(A, List.of(), false, NOW);
        assertEquals(0, t.placesLeft());
        ConflictException full = assertThrows(ConflictException.class, () -> t.enrol(B, List.of(), false, NOW));
        assertEquals("training.full", full.messageKey());
        Enrolment waiting = t.enrol(B, List.of(), true, NOW);
        assertEquals(EnrolmentStatus.WAITING, waiting.status());
        assertEquals(1, waiting.waitingPosition());
    }

    @Test
    @DisplayName("§4 enrolment: the same employee twice on one training is a duplicate")
    void duplicate() {
        Training t = training("GIS-2", "2026-06-01", "2026-06-05", 5);
        t.enrol(A, List.of(), false, NOW);
        assertEquals("enrolment.duplicate",
                assertThrows(ConflictException.class, () -> t.enrol(A, List.of(), true, NOW)).messageKey());
    }

    @Test
    @DisplayName("§4 enrolment: dates overlapping another active enrolment are refused; touching ones are too, "
            + "the day after is fine")
    void overlap() {
        Training other = training("ETIKA", "2026-06-05", "2026-06-07", 5);
        Training t = training("GIS-3", "2026-06-01", "2026-06-05", 5);
        assertEquals("enrolment.overlap",
                assertThrows(ConflictException.class, () -> t.enrol(A, List.of(other), false, NOW)).messageKey());
        Training later = training("LATER", "2026-06-06", "2026-06-08", 5);
        assertEquals(EnrolmentStatus.ENROLLED, t.enrol(A, List.of(later), false, NOW).status());
    }

    @Test
    @DisplayName("§4 waiting list: cancelling a held place gives it to the first waiting, who is answered to be told")
    void waitingListMovesUp() {
        Training t = oneSeat();
        t.enrol(A, List.of(), false, NOW);
        t.enrol(B, List.of(), true, NOW);
        t.enrol(C, List.of(), true, NOW);
        Enrolment promoted = t.cancel(A, NOW).orElseThrow();
        assertEquals(B, promoted.nip());
        assertEquals(EnrolmentStatus.ENROLLED, promoted.status());
        assertEquals(List.of(C), t.waitingList().stream().map(Enrolment::nip).toList());
        assertEquals(0, t.placesLeft());
        assertTrue(t.cancel(C, NOW).isEmpty(), "a waiting enrolment held no place, so nobody moves up");
        Enrolment again = t.enrol(A, List.of(), true, NOW);
        assertEquals(EnrolmentStatus.WAITING, again.status(),
                "re-enrolling after cancelling is allowed; B holds the place");
        assertEquals(3, again.waitingPosition(), "the end of the line, after everyone who ever waited");
    }

    @Test
    @DisplayName("§4 completion: only an enrolment holding a place completes, not before the start nor in the future")
    void completion() {
        Training t = oneSeat();
        t.enrol(A, List.of(), false, NOW);
        t.enrol(B, List.of(), true, NOW);
        LocalDate today = LocalDate.of(2026, 6, 10);
        assertThrows(ValidationFailure.class,
                () -> t.complete(A, EnrolmentResult.PASSED, LocalDate.of(2026, 5, 31), today));
        assertThrows(ValidationFailure.class,
                () -> t.complete(A, EnrolmentResult.PASSED, LocalDate.of(2026, 6, 11), today));
        assertEquals("enrolment.notHoldingPlace", assertThrows(DomainException.class,
                () -> t.complete(B, EnrolmentResult.PASSED, LocalDate.of(2026, 6, 5), today)).messageKey());
        Enrolment done = t.complete(A, EnrolmentResult.PASSED, LocalDate.of(2026, 6, 5), today);
        assertEquals(EnrolmentStatus.COMPLETED, done.status());
        assertEquals(0, t.placesLeft(), "a completed enrolment still used its place");
    }

    @Test
    @DisplayName("§4 training: an end date before the start date is refused under endsOn")
    void endBeforeStart() {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> training("BAD", "2026-06-05", "2026-06-01", 5));
        assertEquals("endsOn", failure.violations().get(0).field());
        assertEquals("training.endsBeforeStart", failure.violations().get(0).messageKey());
    }

    @Test
    @DisplayName("§4 training: a JP with three decimals is refused before the training exists")
    void jpThreeDecimals() {
        Violations v = new Violations();
        Jp jp = Jp.parse("24.125", "jp", v);
        new TrainingDetails("X1", "Pelatihan X", "UNKHAIR", Competence.TECHNICAL, TrainingForm.CLASSICAL, false,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), jp, 10).validate(v);
        assertEquals(List.of("jp"), v.found().stream().map(x -> x.field()).toList());
    }
}
