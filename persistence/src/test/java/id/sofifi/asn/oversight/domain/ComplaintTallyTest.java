package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintTallyTest {
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of(LocalDate.of(2026, 8, 17)));
    /** Monday 3 August 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 8, 3);

    @Test
    @DisplayName("§5 statistics: received, settled, on time, overdue and the median working days to follow-up")
    void tally() {
        List<CaseDates> cases = List.of(
                // followed up on the 2nd working day, closed
                new CaseDates(ComplaintStatus.CLOSED, MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)),
                // routed Tuesday, follow-up due 5 working days later (Tuesday 11th); done Friday 14th: late
                new CaseDates(ComplaintStatus.FOLLOWED_UP, MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(11)),
                // never routed: route deadline Thursday 6th missed
                new CaseDates(ComplaintStatus.RECEIVED, MONDAY, null, null),
                // refused: finished, never overdue
                new CaseDates(ComplaintStatus.REJECTED, MONDAY, null, null));
        ComplaintTally tally = ComplaintTally.of(cases, LocalDate.of(2026, 8, 20), CALENDAR, DeadlineRules.DEFAULTS);
        assertEquals(4, tally.received());
        assertEquals(1, tally.settled());
        assertEquals(1, tally.onTime());
        assertEquals(1, tally.overdue());
        // 2 and 9 working days (Monday 3rd → Friday 14th): median 5.5
        assertEquals(new BigDecimal("5.5"), tally.medianWorkingDaysToFollowUp());
    }

    @Test
    @DisplayName("§5 statistics: a public holiday is not a working day; no follow-up means no median")
    void holidaysAndEmpty() {
        assertEquals(4, CALENDAR.workingDaysBetween(LocalDate.of(2026, 8, 14), LocalDate.of(2026, 8, 21)));
        assertNull(
                ComplaintTally.of(List.of(), MONDAY, CALENDAR, DeadlineRules.DEFAULTS).medianWorkingDaysToFollowUp());
    }
}
