package id.sofifi.asn.performance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateMatrixTest {
    @ParameterizedTest(name = "§2 {0}: results {1}, behaviour {2} → {3}")
    @CsvSource({"K1, ABOVE, ABOVE, SANGAT_BAIK", "K2, ABOVE, AS_EXPECTED, BAIK", "K3, AS_EXPECTED, BELOW, KURANG",
            "K4, BELOW, ABOVE, BUTUH_PERBAIKAN", "K5, BELOW, BELOW, SANGAT_KURANG"})
    @DisplayName("§2 worked cases K1–K5")
    void workedCases(String id, Rating results, Rating behaviour, Predicate expected) {
        assertEquals(expected, Predicate.of(results, behaviour), id);
    }

    @ParameterizedTest(name = "§2 matrix: results {0}, behaviour {1} → {2}")
    @CsvSource({"BELOW, ABOVE, BUTUH_PERBAIKAN", "AS_EXPECTED, ABOVE, BAIK", "ABOVE, ABOVE, SANGAT_BAIK",
            "BELOW, AS_EXPECTED, BUTUH_PERBAIKAN", "AS_EXPECTED, AS_EXPECTED, BAIK", "ABOVE, AS_EXPECTED, BAIK",
            "BELOW, BELOW, SANGAT_KURANG", "AS_EXPECTED, BELOW, KURANG", "ABOVE, BELOW, KURANG"})
    @DisplayName("§2 matrix: all nine pairs as the table reads, row by row")
    void allNinePairs(Rating results, Rating behaviour, Predicate expected) {
        assertEquals(expected, PredicateMatrix.STANDARD.predicate(results, behaviour));
    }

    @Test
    @DisplayName("§2 [P]: another agency's table is another instance; a table with a gap is refused")
    void anotherTable() {
        Predicate[][] lenient = {{Predicate.BAIK, Predicate.SANGAT_BAIK, Predicate.SANGAT_BAIK},
                {Predicate.BAIK, Predicate.BAIK, Predicate.SANGAT_BAIK},
                {Predicate.KURANG, Predicate.BUTUH_PERBAIKAN, Predicate.BAIK}};
        PredicateMatrix matrix = new PredicateMatrix(lenient);
        assertEquals(Predicate.BUTUH_PERBAIKAN, matrix.predicate(Rating.AS_EXPECTED, Rating.BELOW));
        lenient[2][1] = Predicate.SANGAT_KURANG;
        assertEquals(Predicate.BUTUH_PERBAIKAN, matrix.predicate(Rating.AS_EXPECTED, Rating.BELOW),
                "the matrix keeps its own copy");
        assertThrows(IllegalArgumentException.class, () -> new PredicateMatrix(
                new Predicate[][]{{Predicate.BAIK, Predicate.BAIK, Predicate.BAIK}, {Predicate.BAIK}, {}}));
    }
}
