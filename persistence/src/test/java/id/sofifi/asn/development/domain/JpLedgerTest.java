package id.sofifi.asn.development.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The yearly JP requirement, its pro-rating in the year of appointment, and the shortfall (ASN-RULES §4). */
class JpLedgerTest {
    private static List<Jp> jp(String... values) {
        return Stream.of(values).map(v -> new Jp(new BigDecimal(v))).toList();
    }

    @Test
    @DisplayName("§4 J1: trainings of 8 + 6 + 4 JP = 18 → 2 JP short of 20")
    void j1() {
        JpLedger ledger = JpLedger.of(LocalDate.of(2015, 1, 1), 2026, jp("8", "6", "4"));
        assertEquals("18", ledger.earned().text());
        assertEquals("20", ledger.required().text());
        assertEquals("2", ledger.shortfall().text());
    }

    @Test
    @DisplayName("§4 J2: CPNS appointed 2026-03-01 with 12 JP in 2026 → required 16.67, short 4.67")
    void j2() {
        JpLedger ledger = JpLedger.of(LocalDate.of(2026, 3, 1), 2026, jp("12"));
        assertEquals("16.67", ledger.required().text());
        assertEquals("4.67", ledger.shortfall().text());
        assertEquals("20", JpLedger.of(LocalDate.of(2026, 3, 1), 2027, jp("12")).required().text());
    }

    @ParameterizedTest(name = "§4: appointed {0} → {1} JP required in its year")
    @CsvSource({"2026-01-01, 20", "2026-01-31, 20", "2026-02-15, 18.33", "2026-07-01, 10", "2026-12-31, 1.67",
            "2026-11-01, 3.33"})
    void proRated(LocalDate appointed, String required) {
        assertEquals(required, JpRequirement.required(appointed, 2026).text());
    }

    @Test
    @DisplayName("§4: nothing is required before the year of first appointment")
    void beforeAppointment() {
        assertEquals("0", JpRequirement.required(LocalDate.of(2027, 3, 1), 2026).text());
    }

    @Test
    @DisplayName("§4: shortfall is never negative (30 JP earned of 20 → 0 short)")
    void noNegativeShortfall() {
        assertEquals("0", JpLedger.of(LocalDate.of(2010, 5, 1), 2026, jp("24", "6")).shortfall().text());
    }
}
