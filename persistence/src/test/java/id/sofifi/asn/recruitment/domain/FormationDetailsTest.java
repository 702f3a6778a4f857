package id.sofifi.asn.recruitment.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Formation details: a quota of at least one seat, a code in the agreed format, every field present. */
class FormationDetailsTest {

    private static FormationDetails formation(String code, Integer quota) {
        return new FormationDetails(code, "Dokter Ahli Pertama", "dinkes", "Profesi Dokter", FormationCategory.GENERAL,
                quota);
    }

    @Test
    @DisplayName("A well-formed formation is accepted; codes and work units are upper-cased")
    void accepts() {
        FormationDetails f = formation("dinkes-dokter.01", 1);
        assertDoesNotThrow(() -> f.validate());
        assertEquals("DINKES-DOKTER.01", f.code());
        assertEquals("DINKES", f.workUnitCode());
    }

    @Test
    @DisplayName("Quota must be at least 1 and at most 10,000")
    void quotaBounds() {
        assertThrows(ValidationFailure.class, () -> formation("F-1", 0).validate());
        assertThrows(ValidationFailure.class, () -> formation("F-1", 10_001).validate());
        assertDoesNotThrow(() -> formation("F-1", 10_000).validate());
    }

    @Test
    @DisplayName("All missing fields are named")
    void missing() {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> new FormationDetails(" ", null, null, "", null, null).validate());
        assertEquals("category,code,education,position,quota,workUnit",
                failure.violations().stream().map(Violation::field).sorted().collect(Collectors.joining(",")));
    }
}
