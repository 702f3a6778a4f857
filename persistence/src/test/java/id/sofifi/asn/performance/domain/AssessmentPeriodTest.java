package id.sofifi.asn.performance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssessmentPeriodTest {
    @Test
    @DisplayName("§2 periods: quarters Q1–Q4 and the year cover their days, a leap year's February included")
    void days() {
        assertEquals(LocalDate.of(2024, 1, 1), AssessmentPeriod.Q1.start(2024));
        assertEquals(LocalDate.of(2024, 3, 31), AssessmentPeriod.Q1.end(2024));
        assertEquals(LocalDate.of(2024, 4, 1), AssessmentPeriod.Q2.start(2024));
        assertEquals(LocalDate.of(2024, 6, 30), AssessmentPeriod.Q2.end(2024));
        assertEquals(LocalDate.of(2024, 9, 30), AssessmentPeriod.Q3.end(2024));
        assertEquals(LocalDate.of(2024, 10, 1), AssessmentPeriod.Q4.start(2024));
        assertEquals(LocalDate.of(2024, 12, 31), AssessmentPeriod.Q4.end(2024));
        assertEquals(LocalDate.of(2024, 1, 1), AssessmentPeriod.ANNUAL.start(2024));
        assertEquals(LocalDate.of(2024, 12, 31), AssessmentPeriod.ANNUAL.end(2024));
    }
}
