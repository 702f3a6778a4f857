package id.sofifi.asn.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ASN-RULES.md §1.3: which SKD score rows can come out of CAT BKN. */
class SkdScoreTest {

    @Test
    @DisplayName("S6: TWK 67 is not a multiple of 5 — an invalid row")
    void s6() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> SkdScore.of(67, 80, 166));
        assertEquals(List.of(new Violation("twk", "skd.multipleOfFive", List.of(150))), failure.violations());
        assertThrows(ValidationFailure.class, () -> new SkdScore(67, 80, 166));
    }

    @Test
    @DisplayName("§1.3: the maxima 150/175/225 are valid and add up to 550; zeros are valid")
    void bounds() {
        assertEquals(550, SkdScore.of(150, 175, 225).total());
        assertEquals(0, SkdScore.of(0, 0, 0).total());
        assertTrue(SkdScore.check(65, 80, 166).isEmpty());
    }

    @Test
    @DisplayName("§1.3: out of range is a range violation, TIU off the fives names its maximum, missing is required")
    void violationsPerField() {
        assertEquals(List.of(new Violation("twk", "validation.range", List.of(0, 150)),
                new Violation("tiu", "skd.multipleOfFive", List.of(175)),
                new Violation("tkp", "validation.range", List.of(0, 225))), SkdScore.check(155, 82, 226));
        assertEquals(List.of(new Violation("twk", "validation.required", List.of()),
                new Violation("tiu", "validation.range", List.of(0, 175)),
                new Violation("tkp", "validation.required", List.of())), SkdScore.check(null, -5, null));
    }

    @Test
    @DisplayName("§1.3: TKP is any integer 0–225, it need not be a multiple of 5")
    void tkpAnyInteger() {
        assertEquals(167, SkdScore.of(0, 0, 167).tkp());
    }
}
