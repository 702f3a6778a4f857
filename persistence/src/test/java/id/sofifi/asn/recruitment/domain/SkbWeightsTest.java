package id.sofifi.asn.recruitment.domain;

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

/** ASN-RULES.md §1.6: wCat ≥ 0.6, wExtra ≤ 0.4, wCat + wExtra = 1. */
class SkbWeightsTest {
    private static List<Violation> refused(String cat, String extra) {
        return assertThrows(ValidationFailure.class, () -> SkbWeights.of(new BigDecimal(cat), new BigDecimal(extra)))
                .violations();
    }

    @Test
    @DisplayName("§1.6: 0.6/0.4 (the default), 0.7/0.3 and CAT only are accepted")
    void accepted() {
        assertEquals(SkbWeights.defaults(), SkbWeights.of(new BigDecimal("0.6"), new BigDecimal("0.4")));
        assertTrue(SkbWeights.defaults().hasExtra());
        assertTrue(SkbWeights.of(new BigDecimal("0.7"), new BigDecimal("0.3")).hasExtra());
        assertFalse(SkbWeights.catOnly().hasExtra());
        assertEquals(0, SkbWeights.catOnly().cat().compareTo(BigDecimal.ONE));
    }

    @Test
    @DisplayName("§1.6: 0.5/0.5 breaks both bounds")
    void halfAndHalf() {
        assertEquals(
                List.of(new Violation("cat", "validation.atLeast", List.of(new BigDecimal("0.6"))), new Violation(
                        "extra", "validation.decimalRange", List.of(BigDecimal.ZERO, new BigDecimal("0.4")))),
                refused("0.5", "0.5"));
    }

    @Test
    @DisplayName("§1.6: 0.7/0.4 keeps each bound but adds up to 1.1")
    void sumNotOne() {
        assertEquals(List.of(new Violation("extra", "skb.weightsSum", List.of())), refused("0.7", "0.4"));
        assertEquals(List.of(new Violation("extra", "skb.weightsSum", List.of())), refused("0.6", "0.3"));
    }

    @Test
    @DisplayName("§1.6: a negative extra weight and missing weights are refused")
    void negativeOrMissing() {
        assertEquals("extra", refused("1.1", "-0.1").get(0).field());
        assertEquals(2, assertThrows(ValidationFailure.class, () -> SkbWeights.of(null, null)).violations().size());
    }
}
