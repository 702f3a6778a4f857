package id.sofifi.asn.recruitment.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Period details: code format, registration window in order, sane year and objection window. */
class PeriodDetailsTest {
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T14:59:59Z");

    private static PeriodDetails period(String code, Instant opens, Instant closes) {
        return new PeriodDetails(code, "Seleksi CPNS 2026", 2026, ProcurementType.CPNS, opens, closes, 3);
    }

    private static String fields(ValidationFailure failure) {
        return failure.violations().stream().map(Violation::field).sorted().collect(Collectors.joining(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CPNS-2026", "PPPK-2026-TAHAP-2", "P26", "cpns-2026", "CPNS.2026.II"})
    void acceptsCodes(String code) {
        assertDoesNotThrow(() -> period(code, OPENS, CLOSES).validate());
    }

    @Test
    @DisplayName("Codes are normalised to upper case and trimmed")
    void normalisesCode() {
        assertEquals("CPNS-2026", period("  cpns-2026 ", OPENS, CLOSES).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AB", "-CPNS", "CPNS 2026", "CPNS_2026", "ÇPNS-2026",
            "A234567890123456789012345678901"})
    void refusesCodes(String code) {
        assertEquals("code",
                fields(assertThrows(ValidationFailure.class, () -> period(code, OPENS, CLOSES).validate())));
    }

    @Test
    @DisplayName("Registration must close after it opens; equal instants are refused too")
    void windowInOrder() {
        assertEquals("registrationCloses",
                fields(assertThrows(ValidationFailure.class, () -> period("CPNS-2026", CLOSES, OPENS).validate())));
        assertEquals("registrationCloses",
                fields(assertThrows(ValidationFailure.class, () -> period("CPNS-2026", OPENS, OPENS).validate())));
    }

    @Test
    @DisplayName("Every missing or out-of-range field is reported at once")
    void reportsEverything() {
        PeriodDetails empty = new PeriodDetails(null, " ", 1999, null, null, null, 0);
        assertEquals("code,name,objectionDays,registrationCloses,registrationOpens,type,year",
                fields(assertThrows(ValidationFailure.class, () -> empty.validate())));
    }

    @Test
    @DisplayName("Registration is open from the opening instant until just before the closing instant")
    void statusAtTheEdges() {
        SelectionPeriod p = new SelectionPeriod(period("CPNS-2026", OPENS, CLOSES));
        assertEquals(PeriodStatus.UPCOMING, p.statusAt(OPENS.minusSeconds(1)));
        assertEquals(PeriodStatus.OPEN, p.statusAt(OPENS));
        assertEquals(PeriodStatus.OPEN, p.statusAt(CLOSES.minusSeconds(1)));
        assertEquals(PeriodStatus.CLOSED, p.statusAt(CLOSES));
    }
}
