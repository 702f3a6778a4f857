package id.sofifi.asn.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NIK structure and its match with birth date and sex (ASN-RULES §1.1, case N1). */
class NikTest {
    private static final LocalDate MARCH_12_1990 = LocalDate.of(1990, 3, 12);

    /** The message key recorded for the NIK, or "valid". */
    private static String verdict(String raw, LocalDate birth, Sex sex) {
        Violations violations = new Violations();
        Optional<Nik> nik = Nik.check(raw, birth, sex, "nik", violations);
        try {
            violations.throwIfAny();
            assertTrue(nik.isPresent());
            return "valid";
        } catch (ValidationFailure failure) {
            List<Violation> found = failure.violations();
            assertEquals("nik", found.get(0).field());
            return found.get(0).messageKey();
        }
    }

    @Test
    @DisplayName("N1: the NIK composed for a woman born 12 March 1990 in 827204, serial 1, is 8272045203900001;"
            + " a man's keeps the day")
    void composesN1() {
        assertEquals("8272045203900001", Nik.of("827204", MARCH_12_1990, Sex.F, 1).value());
        assertEquals("valid", verdict(Nik.of("827101", MARCH_12_1990, Sex.M, 42).value(), MARCH_12_1990, Sex.M));
        assertEquals("8271011203900042", Nik.of("827101", MARCH_12_1990, Sex.M, 42).value());
    }

    @Test
    @DisplayName("N1: 8272045203900001 is a valid NIK of a woman born 12 March 1990 (day 12 + 40 = 52)")
    void n1Valid() {
        assertEquals("valid", verdict("8272045203900001", MARCH_12_1990, Sex.F));
    }

    @Test
    @DisplayName("N1: the same NIK does not fit a man born that day")
    void n1WrongSex() {
        assertEquals("nik.birthMismatch", verdict("8272045203900001", MARCH_12_1990, Sex.M));
    }

    @ParameterizedTest(name = "N1: {0} → {1}")
    @CsvSource({"827204520390001, nik.length", // 15 digits
            "82720452039000011, nik.length", // 17 digits
            "8272047203900001, nik.day", // day 72
            "8272045213900001, nik.month", // month 13
            "82720452039O0001, nik.digitsOnly", // letter O instead of zero
            "8272043503900001, nik.day", // day 35: neither a man's (1–31) nor a woman's (41–71)
            "8272047102900001, nik.day", // 31 February for a woman
            "8272045203900000, nik.serial", // serial 0000
    })
    void structure(String raw, String key) {
        assertEquals(key, verdict(raw, MARCH_12_1990, Sex.F));
    }

    @Test
    @DisplayName("N1: birth date must match day, month and two-digit year")
    void birthMismatch() {
        assertEquals("nik.birthMismatch", verdict("8272045203900001", LocalDate.of(1991, 3, 12), Sex.F));
        assertEquals("nik.birthMismatch", verdict("8272045203900001", LocalDate.of(1990, 4, 12), Sex.F));
        assertEquals("valid", verdict("7371011203900002", MARCH_12_1990, Sex.M));
    }

    @Test
    @DisplayName("Applicants from any province are accepted, not only North Maluku (82)")
    void anyProvince() {
        assertEquals("valid", verdict("3174015203900001", MARCH_12_1990, Sex.F));
    }

    @Test
    @DisplayName("A missing NIK is reported as required; spaces around it are ignored")
    void requiredAndTrimmed() {
        assertEquals("validation.required", verdict("  ", MARCH_12_1990, Sex.F));
        assertEquals("valid", verdict(" 8272045203900001 ", MARCH_12_1990, Sex.F));
    }

    @Test
    @DisplayName("§6: public lists show only region and serial")
    void masked() {
        Nik nik = new Nik("8272045203900001");
        assertEquals("8272********0001", nik.masked());
        assertEquals("8272********0001", nik.toString());
        assertFalse(nik.toString().contains("520390"));
    }
}
