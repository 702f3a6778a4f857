package id.sofifi.asn.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ASN-RULES.md §1.6 and API-CONTRACT.md: an SKB score row, with or without the extra test. */
class SkbScoreTest {
    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static List<Violation> check(String cat, String catMax, String extra, String extraMax) {
        return SkbScore.check(d(cat), d(catMax), d(extra), d(extraMax));
    }

    @Test
    @DisplayName("S9: CAT 350/500 with extra 90/100 is a valid row; S8: CAT 400/500 alone too")
    void valid() {
        assertTrue(SkbScore.of(d("350"), d("500"), d("90"), d("100")).hasExtra());
        assertFalse(SkbScore.of(d("400"), d("500"), null, null).hasExtra());
        assertTrue(check("0", "500", "100", "100").isEmpty());
    }

    @Test
    @DisplayName("§1.6: a raw score lies between 0 and its maximum, and a maximum is positive")
    void ranges() {
        assertEquals(
                List.of(new Violation("cat_score", "validation.decimalRange", List.of(BigDecimal.ZERO, d("500"))),
                        new Violation("extra_max", "validation.positive", List.of())),
                check("500.5", "500", "10", "0"));
        assertEquals(List.of(new Violation("cat_score", "validation.decimalRange", List.of(BigDecimal.ZERO, d("500")))),
                check("-1", "500", null, null));
    }

    @Test
    @DisplayName("API-CONTRACT: CAT is required; the extra columns come both or not at all")
    void required() {
        assertEquals(List.of(new Violation("cat_max", "validation.required", List.of()),
                new Violation("cat_score", "validation.required", List.of()),
                new Violation("extra_max", "validation.required", List.of())), check(null, null, "90", null));
        assertEquals(List.of(new Violation("extra_score", "validation.required", List.of())),
                check("350", "500", null, "100"));
        assertThrows(ValidationFailure.class, () -> SkbScore.of(d("350"), d("500"), d("90"), null));
    }
}
