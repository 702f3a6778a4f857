package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The four deadlines of a case, exactly as ASN-RULES §5 counts them. */
class DeadlinesTest {
    private static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(List.of());

    @Test
    @DisplayName("§5 C1: received Mon 2024-07-01 → routeBy Thu 07-04, followUpBy Thu 07-11, closeAfter Thu 07-25")
    void c1() {
        Deadlines due = Deadlines.of(LocalDate.of(2024, 7, 1), null, null, NO_HOLIDAYS, DeadlineRules.DEFAULTS);
        assertEquals(new Deadlines(LocalDate.of(2024, 7, 4), LocalDate.of(2024, 7, 11), LocalDate.of(2024, 7, 25),
                LocalDate.of(2024, 8, 30)), due);
    }

    @Test
    @DisplayName("§5 C2: local date Sat 07-06 → routeBy Wed 07-10; routed Mon 07-08 → followUpBy Mon 07-15")
    void c2() {
        LocalDate saturday = LocalDate.of(2024, 7, 6);
        assertEquals(LocalDate.of(2024, 7, 10),
                Deadlines.of(saturday, null, null, NO_HOLIDAYS, DeadlineRules.DEFAULTS).routeBy());
        assertEquals(LocalDate.of(2024, 7, 15), Deadlines
                .of(saturday, LocalDate.of(2024, 7, 8), null, NO_HOLIDAYS, DeadlineRules.DEFAULTS).followUpBy());
    }

    @Test
    @DisplayName("§5 C1 with a holiday on Wed 07-03: every working-day deadline moves one day, settleBy does not")
    void c1WithHoliday() {
        WorkingCalendar calendar = new WorkingCalendar(List.of(LocalDate.of(2024, 7, 3)));
        Deadlines due = Deadlines.of(LocalDate.of(2024, 7, 1), null, null, calendar, DeadlineRules.DEFAULTS);
        assertEquals(new Deadlines(LocalDate.of(2024, 7, 5), LocalDate.of(2024, 7, 12), LocalDate.of(2024, 7, 26),
                LocalDate.of(2024, 8, 30)), due);
    }

    @Test
    @DisplayName("§5: closeAfter counts from the actual follow-up day; the counts are parameters")
    void fromFollowUpAndOtherCounts() {
        LocalDate monday = LocalDate.of(2024, 7, 1);
        assertEquals(LocalDate.of(2024, 7, 17), Deadlines
                .of(monday, monday, LocalDate.of(2024, 7, 3), NO_HOLIDAYS, DeadlineRules.DEFAULTS).closeAfter());
        Deadlines quick = Deadlines.of(monday, null, null, NO_HOLIDAYS, new DeadlineRules(1, 1, 1, 30));
        assertEquals(new Deadlines(LocalDate.of(2024, 7, 2), LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 4),
                LocalDate.of(2024, 7, 31)), quick);
    }
}
