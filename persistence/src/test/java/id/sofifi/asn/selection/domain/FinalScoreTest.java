package id.sofifi.asn.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.recruitment.domain.SkbWeights;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ASN-RULES.md §1.6: SKD100, SKB100 and FINAL in exact decimals, rounded only for display. */
class FinalScoreTest {
    private static final SkbWeights DEFAULTS = SkbWeights.defaults();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static void assertExactly(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> expected + " ≠ " + actual);
    }

    @Test
    @DisplayName("S8: SKD 420, SKB 400/500 → FINAL 78.5454… shown as 78.55")
    void s8() {
        BigDecimal skb100 = FinalScore.skb100(SkbScore.of(d("400"), d("500"), null, null), SkbWeights.catOnly());
        assertExactly("80", skb100);
        BigDecimal finalScore = FinalScore.finalScore(FinalScore.skd100(420), skb100);
        assertTrue(finalScore.toPlainString().startsWith("78.54545454"), finalScore::toPlainString);
        assertEquals(d("78.55"), FinalScore.display(finalScore));
    }

    @Test
    @DisplayName("S9: SKD 450, CAT 350/500, extra 90/100 at 0.6/0.4 → SKB100 78 → FINAL 79.5272… (79.53)")
    void s9() {
        BigDecimal skb100 = FinalScore.skb100(SkbScore.of(d("350"), d("500"), d("90"), d("100")), DEFAULTS);
        assertExactly("78", skb100);
        BigDecimal finalScore = FinalScore.finalScore(FinalScore.skd100(450), skb100);
        assertTrue(finalScore.toPlainString().startsWith("79.52727272"), finalScore::toPlainString);
        assertEquals(d("79.53"), FinalScore.display(finalScore));
    }

    @Test
    @DisplayName("S10: SKD 495 with SKB100 60 and SKD 330 with SKB100 80 are both exactly 72")
    void s10() {
        BigDecimal p1 = FinalScore.finalScore(FinalScore.skd100(495), d("60"));
        BigDecimal p2 = FinalScore.finalScore(FinalScore.skd100(330), d("80"));
        assertExactly("72", p1);
        assertEquals(0, p1.compareTo(p2));
    }

    @Test
    @DisplayName("§1.3/§1.6: SKD100 keeps ten decimals of a total that 550 does not divide")
    void skd100Scale() {
        assertEquals(d("76.3636363636"), FinalScore.skd100(420));
        assertExactly("100", FinalScore.skd100(550));
    }

    @Test
    @DisplayName("§1.6: a row must carry the extra test exactly when the period weighs one")
    void extraTestMismatch() {
        ValidationFailure missing = assertThrows(ValidationFailure.class,
                () -> FinalScore.skb100(SkbScore.of(d("350"), d("500"), null, null), DEFAULTS));
        assertEquals(List.of(new Violation("extra_score", "validation.required", List.of())), missing.violations());
        ValidationFailure unexpected = assertThrows(ValidationFailure.class,
                () -> FinalScore.skb100(SkbScore.of(d("350"), d("500"), d("90"), d("100")), SkbWeights.catOnly()));
        assertEquals(List.of(new Violation("extra_score", "skb.noExtraTest", List.of())), unexpected.violations());
    }
}
