package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.Wit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ASN-RULES §5: "a missed deadline escalates (to the unit's head, then to the inspectorate)", and a followed-up case
 * the reporter did not answer closes at the end of its closing day. Case C1: received Mon 2024-07-01, routeBy Thu
 * 07-04, followUpBy (not routed) Thu 07-11, closeAfter Thu 07-25.
 */
class EscalationLadderTest {
    private static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(List.of());
    private static final DeadlineRules RULES = DeadlineRules.DEFAULTS;

    private static Complaint c1() {
        Filing filing = new Filing(ComplaintKind.COMPLAINT, Privacy.PUBLIC, "Antrian layanan lama",
                "Antrian di loket pelayanan memakan waktu tiga jam.", "bkd", null, new Reporter("Siti", null, null));
        return new Complaint(filing, 1L, "LAP-2024-ABCDEF", ReporterSecret.hashOf("ABCD-EFGH-JKMN-PQRS"),
                Instant.parse("2024-07-01T01:00:00Z"));
    }

    private static Instant wit(int month, int day) {
        return LocalDate.of(2024, month, day).atTime(0, 10).atZone(Wit.ZONE).toInstant();
    }

    private static List<EscalationLadder.Due> dueOn(Complaint c, int month, int day, WorkingCalendar calendar) {
        Instant now = wit(month, day);
        return EscalationLadder.DEFAULT.due(c.overdue(now, calendar, RULES), c.deadlines(calendar, RULES),
                now.atZone(Wit.ZONE).toLocalDate(), calendar);
    }

    @Test
    @DisplayName("§5 C1: nothing escalates on routeBy itself; the next day the unit's head hears of the missed route")
    void headTheDayAfter() {
        assertEquals(List.of(), dueOn(c1(), 7, 4, NO_HOLIDAYS));
        assertEquals(List.of(new EscalationLadder.Due(Step.ROUTE, EscalationLevel.HEAD)),
                dueOn(c1(), 7, 5, NO_HOLIDAYS));
    }

    @Test
    @DisplayName("§5 C1 [P]: the inspectorate hears once the route is 5 working days late (after Thu 07-11), with the"
            + " follow-up's own miss going to the head")
    void inspectorateFiveWorkingDaysLater() {
        assertEquals(List.of(new EscalationLadder.Due(Step.ROUTE, EscalationLevel.HEAD)),
                dueOn(c1(), 7, 11, NO_HOLIDAYS));
        assertEquals(
                List.of(new EscalationLadder.Due(Step.ROUTE, EscalationLevel.HEAD),
                        new EscalationLadder.Due(Step.ROUTE, EscalationLevel.INSPECTORATE),
                        new EscalationLadder.Due(Step.FOLLOW_UP, EscalationLevel.HEAD)),
                dueOn(c1(), 7, 12, NO_HOLIDAYS));
    }

    @Test
    @DisplayName("§5: a public holiday (Mon 07-08) moves the inspectorate's day with the working days")
    void holidayDelaysInspectorate() {
        WorkingCalendar holiday = new WorkingCalendar(List.of(LocalDate.of(2024, 7, 8)));
        assertFalse(dueOn(c1(), 7, 12, holiday)
                .contains(new EscalationLadder.Due(Step.ROUTE, EscalationLevel.INSPECTORATE)));
        assertTrue(dueOn(c1(), 7, 13, holiday)
                .contains(new EscalationLadder.Due(Step.ROUTE, EscalationLevel.INSPECTORATE)));
    }

    @Test
    @DisplayName("§5: a followed-up case closes by itself once its closing day has ended, and closing never escalates")
    void closesWithoutReply() {
        Complaint c = c1();
        c.route(2L, wit(7, 2));
        c.followUp("Loket tambahan dibuka mulai pekan depan.", wit(7, 3));
        // closeAfter = 10th working day after Wed 07-03 = Wed 07-17
        assertFalse(c.closeWithoutReply(wit(7, 17), NO_HOLIDAYS, RULES));
        assertEquals(List.of(), dueOn(c, 7, 18, NO_HOLIDAYS));
        assertTrue(c.closeWithoutReply(wit(7, 18), NO_HOLIDAYS, RULES));
        assertEquals(ComplaintStatus.CLOSED, c.status());
        assertEquals(EventKind.CLOSED_WITHOUT_REPLY, c.timeline().get(c.timeline().size() - 1).kind());
    }

    @Test
    @DisplayName("§5: an escalation is a line on the case's public timeline naming the missed step")
    void escalationOnTimeline() {
        Complaint c = c1();
        c.escalated(Step.ROUTE, EscalationLevel.INSPECTORATE, wit(7, 12));
        ComplaintEvent last = c.timeline().get(c.timeline().size() - 1);
        assertEquals(EventKind.ESCALATED_TO_INSPECTORATE, last.kind());
        assertEquals("ROUTE", last.note());
    }
}
