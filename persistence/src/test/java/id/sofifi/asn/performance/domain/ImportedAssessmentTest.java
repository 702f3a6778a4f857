package id.sofifi.asn.performance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportedAssessmentTest {
    private static final Map<String, Integer> COLUMNS = IntStream.range(0, ImportedAssessment.COLUMNS.size()).boxed()
            .collect(Collectors.toMap(ImportedAssessment.COLUMNS::get, i -> i));
    private static final String NIP = "199001012015031001";
    private static final String HEAD = "198506142010031001";

    private static Violations violations;

    private static Optional<ImportedAssessment> parse(String line) {
        violations = new Violations();
        return ImportedAssessment.parse(new CsvReader.Row(2, Arrays.asList(line.split(",", -1)), COLUMNS), 2026,
                violations);
    }

    private static Map<String, String> problems() {
        return violations.found().stream().collect(Collectors.toMap(Violation::field, Violation::messageKey));
    }

    @Test
    @DisplayName("§2 K4: a row with results Di Bawah, behaviour Di Atas derives Butuh Perbaikan")
    void goodRow() {
        ImportedAssessment row = parse(NIP + ",2026,q2,BELOW,above," + HEAD).orElseThrow();
        assertEquals(AssessmentPeriod.Q2, row.period());
        assertEquals(Predicate.BUTUH_PERBAIKAN, row.predicate());
        assertEquals(NIP + "|2026|Q2", row.key());
        assertEquals(HEAD, row.evaluatorNip().value());
    }

    @Test
    @DisplayName("§2: the evaluator may not be the employee; bad enums, a year out of range and a bad NIP by field")
    void badRows() {
        assertTrue(parse(NIP + ",2026,ANNUAL,ABOVE,ABOVE," + NIP).isEmpty());
        assertEquals(Map.of("evaluator_nip", "skp.selfEvaluation"), problems());
        assertTrue(parse("12345,2021,Q5,GOOD,,1985").isEmpty());
        assertEquals(Map.of("nip", "nip.length", "year", "validation.range", "period", "csv.choice", "results",
                "csv.choice", "behaviour", "validation.required", "evaluator_nip", "nip.length"), problems());
        assertTrue(parse(NIP + ",2027,Q1,ABOVE,ABOVE," + HEAD).isEmpty(), "a year after the current one");
        assertEquals(Map.of("year", "validation.range"), problems());
        assertTrue(parse(NIP + ",2026,Q1,ABOVE").isEmpty());
        assertEquals(List.of("row"), violations.found().stream().map(Violation::field).toList());
    }
}
