package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Working days (ASN-RULES §5): weekends and configured public holidays do not count. */
class WorkingCalendarTest {
    private static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(List.of());

    @Test
    @DisplayName("§5: Saturday and Sunday are not working days, Monday is")
    void weekends() {
        assertFalse(NO_HOLIDAYS.isWorkingDay(LocalDate.of(2024, 7, 6)));
        assertFalse(NO_HOLIDAYS.isWorkingDay(LocalDate.of(2024, 7, 7)));
        assertTrue(NO_HOLIDAYS.isWorkingDay(LocalDate.of(2024, 7, 8)));
    }

    @Test
    @DisplayName("§5: the n-th working day after D counts strictly after D — 1st after Monday is Tuesday")
    void strictlyAfter() {
        assertEquals(LocalDate.of(2024, 7, 2), NO_HOLIDAYS.workingDaysAfter(LocalDate.of(2024, 7, 1), 1));
    }

    @Test
    @DisplayName("§5: counting over a weekend — 1st working day after Friday is Monday")
    void overWeekend() {
        assertEquals(LocalDate.of(2024, 7, 8), NO_HOLIDAYS.workingDaysAfter(LocalDate.of(2024, 7, 5), 1));
    }

    @Test
    @DisplayName("§5: a public holiday on a weekday is skipped — 17 Aug 2026 (Monday) pushes Friday's 1st to Tuesday")
    void holidaySkipped() {
        WorkingCalendar calendar = new WorkingCalendar(List.of(LocalDate.of(2026, 8, 17)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 8, 17)));
        assertEquals(LocalDate.of(2026, 8, 18), calendar.workingDaysAfter(LocalDate.of(2026, 8, 14), 1));
        assertEquals(LocalDate.of(2026, 8, 17), NO_HOLIDAYS.workingDaysAfter(LocalDate.of(2026, 8, 14), 1));
    }
}
