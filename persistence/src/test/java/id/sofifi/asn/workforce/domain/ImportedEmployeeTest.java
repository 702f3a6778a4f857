package id.sofifi.asn.workforce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row of the employee import, checked by §4 (NIP) and §1.1 (NIK). */
class ImportedEmployeeTest {
    /** Case G1's woman: born 1998-04-07, TMT 2027-03-01, NIP 199804072027032001; her NIK by §1.1 (day + 40). */
    private static final String GOOD = "199804072027032001,8272014704980001,Nur Aini,1998-04-07,F,CPNS,2027-03-01,"
            + "Analis Kepegawaian,bkd-mutasi,Nur.Aini@Contoh.ID";

    private static CsvReader.Row row(String line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < ImportedEmployee.COLUMNS.size(); i++) {
            columns.put(ImportedEmployee.COLUMNS.get(i), i);
        }
        return new CsvReader.Row(2, Arrays.asList(line.split(",", -1)), columns);
    }

    /** The fields refused, with their message keys. */
    private static Map<String, String> refused(String line) {
        Violations violations = new Violations();
        assertTrue(ImportedEmployee.parse(row(line), violations).isEmpty());
        return violations.found().stream().collect(Collectors.toMap(Violation::field, Violation::messageKey));
    }

    @Test
    @DisplayName("G1: a row whose NIP and NIK agree with birth date, sex and TMT is read whole")
    void goodRow() {
        Violations violations = new Violations();
        ImportedEmployee employee = ImportedEmployee.parse(row(GOOD), violations).orElseThrow();
        assertEquals("199804072027032001", employee.nip().value());
        assertEquals(Sex.F, employee.person().sex());
        assertEquals(LocalDate.of(2027, 3, 1), employee.appointedOn());
        assertEquals(EmploymentType.CPNS, employee.employmentType());
        assertEquals("BKD-MUTASI", employee.workUnitCode());
        assertEquals(7L, employee.placement(7L).workUnitId());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @DisplayName("§4, §1.1: each bad field is named with its reason")
    @CsvSource({"199804072027042001, nip, nip.appointmentMismatch", "199804072027031001, nip, nip.sexMismatch",
            "8272010704980001, nik, nik.birthMismatch", "HONORER, employment_type, csv.choice",
            "07-04-1998, birth_date, csv.date", "Nur.Aini@Contoh, email, employee.email",
            "'', work_unit, validation.required"})
    void badField(String replacement, String field, String key) {
        List<String> values = Arrays.asList(GOOD.split(",", -1));
        int index = switch (field) {
            case "nip" -> 0;
            case "nik" -> 1;
            default -> ImportedEmployee.COLUMNS.indexOf(field);
        };
        values.set(index, replacement);
        Map<String, String> refused = refused(String.join(",", values));
        assertEquals(key, refused.get(field), refused.toString());
    }

    @Test
    @DisplayName("A row with too few fields is refused as a whole")
    void incompleteRow() {
        assertEquals(Map.of("row", "csv.fieldCount"), refused("199804072027032001,8272014704980001"));
    }
}
