package id.sofifi.asn.servicequality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Krejcie–Morgan minimum sample of ASN-RULES §3, rounded up. */
class MinimumSampleTest {
    @Test
    @DisplayName("§3: N = 1,000,000 → 384; N = 12,000 → 373")
    void ruleFigures() {
        assertEquals(384, MinimumSample.of(1_000_000));
        assertEquals(373, MinimumSample.of(12_000));
    }

    @Test
    @DisplayName("§3: rounded up, never above the population: N = 1 → 1, N = 100 → 80")
    void smallUnits() {
        assertEquals(1, MinimumSample.of(1));
        // 96.025 / (0.2475 + 0.96025) = 79.5…
        assertEquals(80, MinimumSample.of(100));
        assertThrows(IllegalArgumentException.class, () -> MinimumSample.of(0));
    }
}
