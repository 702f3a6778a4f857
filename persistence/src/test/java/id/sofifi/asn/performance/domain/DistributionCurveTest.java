package id.sofifi.asn.performance.domain;

import static id.sofifi.asn.performance.domain.Predicate.BAIK;
import static id.sofifi.asn.performance.domain.Predicate.BUTUH_PERBAIKAN;
import static id.sofifi.asn.performance.domain.Predicate.KURANG;
import static id.sofifi.asn.performance.domain.Predicate.SANGAT_BAIK;
import static id.sofifi.asn.performance.domain.Predicate.SANGAT_KURANG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DistributionCurveTest {
    private static final DistributionCurve CURVE = DistributionCurve.STANDARD;

    private static List<Predicate> staff(Object... countsAndPredicates) {
        Stream.Builder<Predicate> all = Stream.builder();
        for (int i = 0; i < countsAndPredicates.length; i += 2) {
            Collections.nCopies((Integer) countsAndPredicates[i], (Predicate) countsAndPredicates[i + 1]).forEach(all);
        }
        return all.build().toList();
    }

    private static List<String> keys(List<CurveWarning> warnings) {
        return warnings.stream().map(CurveWarning::messageKey).toList();
    }

    @Test
    @DisplayName("§2 curve, organisation Baik: 7 of 10 Baik (70 %) with one Butuh Perbaikan keeps the curve")
    void baikWithinBounds() {
        assertEquals(List.of(), CURVE.check(BAIK, staff(7, BAIK, 2, SANGAT_BAIK, 1, BUTUH_PERBAIKAN)));
        assertEquals(List.of(), CURVE.check(BAIK, staff(7, BAIK, 2, SANGAT_BAIK, 1, KURANG)), "Kurang counts too");
    }

    @Test
    @DisplayName("§2 curve, organisation Baik: 8 of 10 Baik breaks the 70 % bound, with the figures")
    void baikAboveSeventyPercent() {
        List<CurveWarning> warnings = CURVE.check(BAIK, staff(8, BAIK, 1, SANGAT_BAIK, 1, BUTUH_PERBAIKAN));
        assertEquals(List.of(new CurveWarning("performance.curve.atMostShare", List.of("BAIK", 70, 8L, 10L))),
                warnings);
    }

    @Test
    @DisplayName("§2 curve, organisation Baik: nobody Butuh Perbaikan or Kurang breaks the at-least-one bound")
    void baikWithoutLowPredicates() {
        List<CurveWarning> warnings = CURVE.check(BAIK, staff(3, BAIK, 3, SANGAT_BAIK, 1, SANGAT_KURANG));
        assertEquals(List.of(new CurveWarning("performance.curve.atLeastOneOf", List.of("BUTUH_PERBAIKAN, KURANG"))),
                warnings);
        assertEquals(List.of("performance.curve.atMostShare", "performance.curve.atLeastOneOf"),
                keys(CURVE.check(BAIK, staff(4, BAIK))), "both bounds broken at once");
    }

    @Test
    @DisplayName("§2 curve, organisation Sangat Kurang: one Sangat Baik breaks it; none keeps it")
    void sangatKurang() {
        assertEquals(List.of(new CurveWarning("performance.curve.noneOf", List.of("SANGAT_BAIK", 1L))),
                CURVE.check(SANGAT_KURANG, staff(1, SANGAT_BAIK, 5, BAIK)));
        assertEquals(List.of(), CURVE.check(SANGAT_KURANG, staff(10, BAIK)), "70 % holds for Baik only");
    }

    @Test
    @DisplayName("§2 curve: a rating the table has no bounds for, and a unit nobody was assessed in, warn of nothing")
    void noBounds() {
        assertEquals(List.of(), CURVE.check(SANGAT_BAIK, staff(10, SANGAT_BAIK)));
        assertEquals(List.of(), CURVE.check(BAIK, List.of()));
    }

    @Test
    @DisplayName("§2 [P]: the bounds are a table; another share is another entry")
    void anotherTable() {
        DistributionCurve strict = new DistributionCurve(
                java.util.Map.of(BAIK, List.of(new DistributionCurve.AtMostShare(BAIK, 50))));
        assertEquals(List.of("performance.curve.atMostShare"), keys(strict.check(BAIK, staff(6, BAIK, 4, KURANG))));
        assertEquals(List.of(), strict.check(BAIK, staff(5, BAIK, 5, KURANG)));
    }
}
