package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DashboardPeriodTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 20);

    @Test
    @DisplayName("Issue 12 dashboard: by default this year so far, 1 January to today")
    void thisYearSoFar() {
        assertEquals(new DashboardPeriod(LocalDate.of(2026, 1, 1), TODAY), DashboardPeriod.thisYearSoFar(TODAY));
    }

    @Test
    @DisplayName("Issue 12 dashboard: a past year and a past quarter are counted to their last day")
    void pastPeriods() {
        assertEquals(new DashboardPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                DashboardPeriod.of(2025, DashboardPeriod.WHOLE_YEAR, TODAY));
        assertEquals(new DashboardPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                DashboardPeriod.of(2026, 1, TODAY));
        assertEquals(new DashboardPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                DashboardPeriod.of(2025, 4, TODAY));
    }

    @Test
    @DisplayName("Issue 12 dashboard: the running quarter stops at today; a future quarter keeps its own end")
    void runningQuarter() {
        assertEquals(new DashboardPeriod(LocalDate.of(2026, 7, 1), TODAY), DashboardPeriod.of(2026, 3, TODAY));
        assertEquals(new DashboardPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)),
                DashboardPeriod.of(2026, 4, TODAY));
    }

    @Test
    @DisplayName("Issue 12 dashboard: a quarter outside 1–4 reads as the whole year")
    void unknownQuarter() {
        assertEquals(DashboardPeriod.of(2025, DashboardPeriod.WHOLE_YEAR, TODAY), DashboardPeriod.of(2025, 7, TODAY));
    }
}
