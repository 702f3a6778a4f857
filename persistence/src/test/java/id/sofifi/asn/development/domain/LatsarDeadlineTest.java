package id.sofifi.asn.development.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.workforce.domain.EmploymentType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Latsar due date of a CPNS and when it is overdue (ASN-RULES §4). */
class LatsarDeadlineTest {

    @ParameterizedTest(name = "§4: TMT CPNS {0} → Latsar due {1}")
    @CsvSource({"2025-03-01, 2026-02-28", "2024-02-29, 2025-02-28", "2026-03-01, 2027-02-28", "2023-03-01, 2024-02-29",
            "2025-01-01, 2025-12-31"})
    void dueTheDayBeforeTheFirstAnniversary(LocalDate tmt, LocalDate due) {
        assertEquals(Optional.of(due), LatsarDeadline.dueOn(EmploymentType.CPNS, tmt));
    }

    @Test
    @DisplayName("§4 Latsar on 29 February: TMT 2024-02-29 → due 2025-02-28 (the anniversary is 1 March)")
    void leapDay() {
        assertEquals(LocalDate.of(2025, 2, 28),
                LatsarDeadline.dueOn(EmploymentType.CPNS, LocalDate.of(2024, 2, 29)).orElseThrow());
    }

    @Test
    @DisplayName("§4 J2: CPNS appointed 2026-03-01 → Latsar due 2027-02-28")
    void j2() {
        assertEquals(LocalDate.of(2027, 2, 28),
                LatsarDeadline.dueOn(EmploymentType.CPNS, LocalDate.of(2026, 3, 1)).orElseThrow());
    }

    @Test
    @DisplayName("§4: PNS and PPPK staff have no Latsar due date, so never overdue")
    void pnsAndPppk() {
        LocalDate tmt = LocalDate.of(2020, 1, 1);
        assertEquals(Optional.empty(), LatsarDeadline.dueOn(EmploymentType.PNS, tmt));
        assertEquals(Optional.empty(), LatsarDeadline.dueOn(EmploymentType.PPPK, tmt));
        assertFalse(LatsarDeadline.overdue(Optional.empty(), Optional.empty(), LocalDate.of(2030, 1, 1)));
    }

    @Test
    @DisplayName("§4: overdue only once the due day has passed in WIT without a completed Latsar")
    void overdue() {
        Optional<LocalDate> due = Optional.of(LocalDate.of(2026, 2, 28));
        assertFalse(LatsarDeadline.overdue(due, Optional.empty(), LocalDate.of(2026, 2, 28)));
        assertTrue(LatsarDeadline.overdue(due, Optional.empty(), LocalDate.of(2026, 3, 1)));
        assertFalse(LatsarDeadline.overdue(due, Optional.of(LocalDate.of(2025, 11, 20)), LocalDate.of(2026, 3, 1)));
    }
}
