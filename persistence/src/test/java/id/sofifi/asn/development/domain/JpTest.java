package id.sofifi.asn.development.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JP as a value and the JP year (ASN-RULES §4). */
class JpTest {

    /** The message key recorded for the typed JP, or its printed value when accepted. */
    private static String verdict(String typed) {
        Violations v = new Violations();
        Jp jp = Jp.parse(typed, "jp", v);
        List<Violation> found = v.found();
        if (found.isEmpty()) {
            return jp.text();
        }
        assertNull(jp);
        assertEquals("jp", found.get(0).field());
        return found.get(0).messageKey();
    }

    @ParameterizedTest(name = "§4: JP \"{0}\" → {1}")
    @CsvSource({"24, 24", "24.5, 24.50", "24.50, 24.50", "0.25, 0.25", "200, 200", "200.00, 200", "8.000, 8",
            "24.125, jp.scale", "0, jp.range", "-1, jp.range", "200.01, jp.range", "abc, jp.notANumber",
            "'', validation.required"})
    void checksJp(String typed, String expected) {
        assertEquals(expected, verdict(typed));
    }

    @Test
    @DisplayName("§4: a JP with three decimals is refused under its field")
    void threeDecimalsRefused() {
        assertEquals("jp.scale", verdict("12.345"));
    }

    @Test
    @DisplayName("§4 J1: 8 + 6 + 4 JP sum to 18")
    void sums() {
        Violations v = new Violations();
        assertEquals("18", Jp.sum(List.of(Jp.parse("8", "a", v), Jp.parse("6", "b", v), Jp.parse("4", "c", v))).text());
    }

    @Test
    @DisplayName("§4 JP year: a training completed on 31 December 23:30 UTC counts in the next year (WIT = UTC+9)")
    void yearInWit() {
        assertEquals(2027, JpYear.of(Instant.parse("2026-12-31T15:30:00Z")));
        assertEquals(2026, JpYear.of(Instant.parse("2026-12-31T14:59:59Z")));
        assertEquals(2026, JpYear.of(LocalDate.of(2026, 12, 31)));
    }
}
