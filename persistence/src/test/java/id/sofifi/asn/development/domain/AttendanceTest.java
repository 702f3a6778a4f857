package id.sofifi.asn.development.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Attendance (presensi) per session of a training (ASN-RULES §4, development). */
class AttendanceTest {
    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private static final LocalDate AFTER = LocalDate.parse("2026-07-01");
    private static final String ENROLLED = "199001012015031001";
    private static final String COMPLETED = "199102022015032001";
    private static final String WAITING = "199203032015031002";
    private static final String CANCELLED = "199304042015031003";

    private static Training training() {
        Training t = new Training(
                new TrainingDetails("GIS-1", "Pelatihan GIS", "UNKHAIR", Competence.TECHNICAL, TrainingForm.CLASSICAL,
                        false, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-03"),
                        new Jp(BigDecimal.valueOf(24)), 2),
                new TrainingPartner("UNKHAIR", "Universitas Khairun", PartnerKind.UNIVERSITY));
        t.enrol(ENROLLED, List.of(), false, NOW);
        t.enrol(COMPLETED, List.of(), false, NOW);
        t.enrol(WAITING, List.of(), true, NOW);
        t.enrol(CANCELLED, List.of(), true, NOW);
        t.cancel(CANCELLED, NOW);
        t.complete(COMPLETED, EnrolmentResult.PASSED, LocalDate.parse("2026-06-03"), AFTER);
        return t;
    }

    private static List<String> refusals(Runnable check) {
        return assertThrows(ValidationFailure.class, check::run).violations().stream()
                .map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @Test
    @DisplayName("§4 attendance: the sessions of a training are its days, first to last")
    void sessionsAreDays() {
        assertEquals(
                List.of(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-03")),
                training().sessions());
    }

    @Test
    @DisplayName("§4 attendance: taken for the enrolled and the completed, not for the waiting or the cancelled")
    void attendees() {
        Training t = training();
        assertEquals(List.of(ENROLLED, COMPLETED), t.attendees());
        t.checkAttendance(LocalDate.parse("2026-06-02"), Map.of(ENROLLED, true, COMPLETED, false), AFTER);
        assertEquals(List.of("nip:attendance.notAttendee"),
                refusals(() -> t.checkAttendance(LocalDate.parse("2026-06-02"), Map.of(WAITING, true), AFTER)));
        assertEquals(List.of("nip:attendance.notAttendee"),
                refusals(() -> t.checkAttendance(LocalDate.parse("2026-06-02"), Map.of(CANCELLED, true), AFTER)));
    }

    @Test
    @DisplayName("§4 attendance: a session before the start, after the end, or after today is refused on sessionOn")
    void sessionWithinTheTraining() {
        Training t = training();
        Map<String, Boolean> one = Map.of(ENROLLED, true);
        assertEquals(List.of("sessionOn:attendance.sessionOutside"),
                refusals(() -> t.checkAttendance(LocalDate.parse("2026-05-31"), one, AFTER)));
        assertEquals(List.of("sessionOn:attendance.sessionOutside"),
                refusals(() -> t.checkAttendance(LocalDate.parse("2026-06-04"), one, AFTER)));
        assertEquals(List.of("sessionOn:attendance.sessionInFuture"),
                refusals(() -> t.checkAttendance(LocalDate.parse("2026-06-02"), one, LocalDate.parse("2026-06-01"))));
        t.checkAttendance(LocalDate.parse("2026-06-01"), one, LocalDate.parse("2026-06-01"));
    }

    @Test
    @DisplayName("§4 attendance: an empty register, a missing session or a mark without present/absent is refused")
    void incompleteRegister() {
        Training t = training();
        Map<String, Boolean> unmarked = new LinkedHashMap<>();
        unmarked.put(ENROLLED, null);
        assertEquals(List.of("sessionOn:validation.required", "attendees:attendance.nobody"),
                refusals(() -> t.checkAttendance(null, Map.of(), AFTER)));
        assertEquals(List.of("present:validation.required"),
                refusals(() -> t.checkAttendance(LocalDate.parse("2026-06-01"), unmarked, AFTER)));
    }

    @Test
    @DisplayName("§4 attendance rate: present of recorded sessions, in whole percent; nothing recorded has no rate")
    void rate() {
        Training t = training();
        List<Attendance> marks = List.of(mark(t, "2026-06-01", true), mark(t, "2026-06-02", true),
                mark(t, "2026-06-03", false));
        AttendanceRate rate = AttendanceRate.of(marks);
        assertEquals(new AttendanceRate(2, 3), rate);
        assertEquals(67, rate.percent());
        assertNull(AttendanceRate.of(List.of()).percent());
        Attendance again = mark(t, "2026-06-03", false);
        again.mark(true, "admin", NOW);
        assertEquals(100, AttendanceRate.of(List.of(again)).percent(), "recording again changes the mark");
    }

    private static Attendance mark(Training t, String on, boolean present) {
        return new Attendance(t, ENROLLED, LocalDate.parse(on), present, "admin", NOW);
    }
}
