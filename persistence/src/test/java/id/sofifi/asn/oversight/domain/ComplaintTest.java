package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A case's status moves, its refused moves and its missed deadlines (ASN-RULES §5). */
class ComplaintTest {
    private static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(List.of());
    private static final DeadlineRules RULES = DeadlineRules.DEFAULTS;
    /** Mon 2024-07-01 10:00 WIT, case C1. */
    private static final Instant C1_RECEIVED = Instant.parse("2024-07-01T01:00:00Z");

    private static Complaint filedAt(Instant at) {
        Filing filing = new Filing(ComplaintKind.COMPLAINT, Privacy.PUBLIC, "Antrian layanan lama",
                "Antrian di loket pelayanan memakan waktu tiga jam.", "bkd", null,
                new Reporter("Siti", "siti@example.id", "0812 3456 7890"));
        return new Complaint(filing, 1L, "LAP-2024-ABCDEF", ReporterSecret.hashOf("ABCD-EFGH-JKMN-PQRS"), at);
    }

    private static Instant witNoon(int month, int day) {
        return LocalDate.of(2024, month, day).atTime(12, 0).atZone(id.sofifi.asn.kernel.Wit.ZONE).toInstant();
    }

    @Test
    @DisplayName("§5: 23:30 UTC on Monday is Tuesday in Sofifi — routeBy counts from Tuesday")
    void receiptJustAfterMidnightWit() {
        Complaint c = filedAt(Instant.parse("2024-07-01T23:30:00Z"));
        assertEquals(LocalDate.of(2024, 7, 5), c.deadlines(NO_HOLIDAYS, RULES).routeBy());
    }

    @Test
    @DisplayName("§5: 14:59 UTC on Monday is still Monday 23:59 WIT — C1's routeBy Thu 07-04")
    void receiptJustBeforeMidnightWit() {
        Complaint c = filedAt(Instant.parse("2024-07-01T14:59:00Z"));
        assertEquals(LocalDate.of(2024, 7, 4), c.deadlines(NO_HOLIDAYS, RULES).routeBy());
    }

    @Test
    @DisplayName("§5 C2: Fri 2024-07-05 16:00 UTC → local Sat 07-06, routeBy Wed 07-10; routed Mon 07-08 → Mon 07-15")
    void c2RoutedOnMonday() {
        Complaint c = filedAt(Instant.parse("2024-07-05T16:00:00Z"));
        assertEquals(LocalDate.of(2024, 7, 10), c.deadlines(NO_HOLIDAYS, RULES).routeBy());
        c.route(2L, witNoon(7, 8));
        assertEquals(ComplaintStatus.ROUTED, c.status());
        assertEquals(2L, c.workUnitId());
        assertEquals(LocalDate.of(2024, 7, 15), c.deadlines(NO_HOLIDAYS, RULES).followUpBy());
    }

    @Test
    @DisplayName("§5 C1: a missed deadline is one whose day has ended in WIT and whose step is not done")
    void missedRouting() {
        Complaint c = filedAt(C1_RECEIVED);
        assertEquals(List.of(), c.overdue(Instant.parse("2024-07-04T14:59:00Z"), NO_HOLIDAYS, RULES));
        assertEquals(List.of(Step.ROUTE), c.overdue(Instant.parse("2024-07-04T15:00:00Z"), NO_HOLIDAYS, RULES));
        assertEquals(List.of(Step.ROUTE, Step.FOLLOW_UP), c.overdue(witNoon(7, 12), NO_HOLIDAYS, RULES));
        c.route(2L, witNoon(7, 12));
        assertEquals(List.of(), c.overdue(witNoon(7, 12), NO_HOLIDAYS, RULES));
        assertEquals(List.of(Step.FOLLOW_UP, Step.CLOSE, Step.SETTLE), c.overdue(witNoon(10, 1), NO_HOLIDAYS, RULES));
    }

    @Test
    @DisplayName("§5 C1: route, follow up, close — each move on the timeline; a finished case misses nothing")
    void happyPath() {
        Complaint c = filedAt(C1_RECEIVED);
        c.route(1L, witNoon(7, 2));
        c.followUp("Loket tambahan dibuka mulai Senin.", witNoon(7, 4));
        assertEquals(ComplaintStatus.FOLLOWED_UP, c.status());
        assertEquals(LocalDate.of(2024, 7, 18), c.deadlines(NO_HOLIDAYS, RULES).closeAfter());
        c.close(witNoon(7, 19));
        assertEquals(ComplaintStatus.CLOSED, c.status());
        assertEquals(List.of(EventKind.FILED, EventKind.ROUTED, EventKind.FOLLOWED_UP, EventKind.CLOSED),
                c.timeline().stream().map(ComplaintEvent::kind).toList());
        assertEquals(List.of(), c.overdue(witNoon(12, 1), NO_HOLIDAYS, RULES));
    }

    @Test
    @DisplayName("§5: the reporter's reply sends the case back to the unit, a new follow-up due 5 working days on")
    void replyReturnsToUnit() {
        Complaint c = filedAt(C1_RECEIVED);
        c.route(1L, witNoon(7, 2));
        c.followUp("Sudah ditangani.", witNoon(7, 4));
        c.reply("Belum, antrian masih lama.", witNoon(7, 5));
        assertEquals(ComplaintStatus.ROUTED, c.status());
        assertEquals(LocalDate.of(2024, 7, 12), c.deadlines(NO_HOLIDAYS, RULES).followUpBy());
    }

    @Test
    @DisplayName("§5: refusing needs a reason; a refused case is REJECTED and the reason is on the timeline")
    void refuse() {
        Complaint c = filedAt(C1_RECEIVED);
        ValidationFailure noReason = assertThrows(ValidationFailure.class, () -> c.refuse(" ", witNoon(7, 2)));
        assertEquals("reason", noReason.violations().get(0).field());
        c.refuse("Bukan kewenangan pemerintah provinsi.", witNoon(7, 2));
        assertEquals(ComplaintStatus.REJECTED, c.status());
        assertEquals("Bukan kewenangan pemerintah provinsi.", c.timeline().get(1).note());
    }

    @Test
    @DisplayName("§5: refused moves — follow up before routing, close before a follow-up, route twice, reply early")
    void refusedMoves() {
        Complaint c = filedAt(C1_RECEIVED);
        assertThrows(ConflictException.class, () -> c.followUp("Jawaban", witNoon(7, 2)));
        assertThrows(ConflictException.class, () -> c.close(witNoon(7, 2)));
        assertThrows(ConflictException.class, () -> c.reply("Tanggapan", witNoon(7, 2)));
        assertThrows(ConflictException.class, () -> c.reopen("Alasan", witNoon(7, 2), NO_HOLIDAYS, RULES));
        c.route(1L, witNoon(7, 2));
        assertThrows(ConflictException.class, () -> c.route(1L, witNoon(7, 3)));
        c.followUp("Jawaban", witNoon(7, 3));
        assertThrows(ConflictException.class, () -> c.refuse("Alasan lain", witNoon(7, 3)));
        c.close(witNoon(7, 4));
        assertThrows(ConflictException.class, () -> c.followUp("Jawaban", witNoon(7, 5)));
        assertEquals(ComplaintStatus.CLOSED, c.status());
    }

    @Test
    @DisplayName("§5: a closed case reopens until the 10th working day after closing (Thu 07-04 → Thu 07-18), not later")
    void reopenWindow() {
        Complaint c = filedAt(C1_RECEIVED);
        c.route(1L, witNoon(7, 2));
        c.followUp("Jawaban", witNoon(7, 3));
        c.close(witNoon(7, 4));
        ConflictException late = assertThrows(ConflictException.class,
                () -> c.reopen("Masih terjadi", witNoon(7, 19), NO_HOLIDAYS, RULES));
        assertEquals("complaint.reopenWindowOver", late.messageKey());
        c.reopen("Masih terjadi", witNoon(7, 18), NO_HOLIDAYS, RULES);
        assertEquals(ComplaintStatus.ROUTED, c.status());
        assertEquals(LocalDate.of(2024, 7, 25), c.deadlines(NO_HOLIDAYS, RULES).followUpBy());
    }

    @Test
    @DisplayName("§5: bad input names every field; the secret is checked by its hash only")
    void validationAndSecret() {
        Filing bad = new Filing(null, Privacy.CONFIDENTIAL, "abc", "", " ", null, new Reporter(null, "not-mail", "x"));
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> new Complaint(bad, 1L, "LAP-2024-ABCDEF", "h", C1_RECEIVED));
        assertEquals(List.of("kind", "title", "body", "workUnitCode", "reporter.email", "reporter.phone"),
                failure.violations().stream().map(Violation::field).toList());
        Complaint c = filedAt(C1_RECEIVED);
        assertTrue(c.heldBy("abcd efgh jkmn pqrs"));
        assertFalse(c.heldBy("ABCD-EFGH-JKMN-PQRT"));
        assertFalse(c.heldBy(null));
    }

    @Test
    @DisplayName("§5: tracking codes are short and unambiguous, secrets four groups of four")
    void codes() {
        assertTrue(TrackingCode.next(2026).matches("LAP-2026-[2-9A-HJKMNP-TW-Z]{6}"));
        ReporterSecret secret = ReporterSecret.create();
        assertTrue(secret.text().matches("([2-9A-HJKMNP-TW-Z]{4}-){3}[2-9A-HJKMNP-TW-Z]{4}"));
        assertEquals(secret.hash(), ReporterSecret.hashOf(secret.text().toLowerCase()));
    }
}
