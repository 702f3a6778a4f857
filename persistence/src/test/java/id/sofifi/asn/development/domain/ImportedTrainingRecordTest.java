package id.sofifi.asn.development.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportedTrainingRecordTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Map<String, Integer> COLUMNS = IntStream.range(0, ImportedTrainingRecord.COLUMNS.size())
            .boxed().collect(Collectors.toMap(ImportedTrainingRecord.COLUMNS::get, i -> i));
    private static final String NIP = "199001012015031001";

    private static Violations violations;

    private static Optional<ImportedTrainingRecord> parse(String line) {
        violations = new Violations();
        return ImportedTrainingRecord.parse(new CsvReader.Row(2, Arrays.asList(line.split(",", -1)), COLUMNS), TODAY,
                violations);
    }

    private static Map<String, String> refused(String line) {
        assertTrue(parse(line).isEmpty(), line);
        return violations.found().stream().collect(Collectors.toMap(Violation::field, Violation::messageKey));
    }

    @Test
    @DisplayName("§4: a training held elsewhere needs title and competence; LATSAR marks a Latsar without an area")
    void heldElsewhere() {
        ImportedTrainingRecord r = parse(NIP + ",,Bimtek Arsip,technical,6.5,2026-06-01,").orElseThrow();
        assertEquals(Competence.TECHNICAL, r.competence());
        assertFalse(r.latsar());
        assertEquals("6.50", r.jp().value().toPlainString());
        assertNull(r.trainingCode());
        ImportedTrainingRecord latsar = parse(NIP + ",,Latsar CPNS,LATSAR,40,2026-04-01,LTS-1").orElseThrow();
        assertTrue(latsar.latsar());
        assertNull(latsar.competence());
        assertEquals(Map.of("title", "validation.required", "competence", "validation.required"),
                refused(NIP + ",,,,4,2026-06-01,"));
        assertEquals(Map.of("competence", "trainingRecord.competence"),
                refused(NIP + ",,Bimtek,SPIRITUAL,4,2026-06-01,"));
    }

    @Test
    @DisplayName("§4: with a training code, title and competence are the training's and need not be given")
    void heldHere() {
        ImportedTrainingRecord r = parse(NIP + ",plt-01,,,24,2026-05-08,").orElseThrow();
        assertEquals("PLT-01", r.trainingCode());
        assertEquals(NIP + "|PLT-01|2026-05-08", r.key());
    }

    @Test
    @DisplayName("§4: JP > 0, ≤ 200, two decimals at most; completion not after today (WIT); NIP of 18 digits")
    void refusals() {
        assertEquals(Map.of("jp", "jp.scale"), refused(NIP + ",,Bimtek,TECHNICAL,4.125,2026-06-01,"));
        assertEquals(Map.of("jp", "jp.range"), refused(NIP + ",,Bimtek,TECHNICAL,0,2026-06-01,"));
        assertEquals(Map.of("jp", "jp.range"), refused(NIP + ",,Bimtek,TECHNICAL,201,2026-06-01,"));
        assertTrue(parse(NIP + ",,Bimtek,TECHNICAL,200,2026-12-03,").isPresent(), "200 JP, completed today");
        assertEquals(Map.of("completed_on", "trainingRecord.completedInFuture"),
                refused(NIP + ",,Bimtek,TECHNICAL,4,2026-12-04,"));
        assertEquals(Map.of("nip", "nip.length"), refused("1990010120150310,,Bimtek,TECHNICAL,4,2026-06-01,"));
        assertEquals(List.of("row"), List.copyOf(refused(NIP + ",,Bimtek,TECHNICAL,4").keySet()));
    }
}
