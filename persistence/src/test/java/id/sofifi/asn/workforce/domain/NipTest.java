package id.sofifi.asn.workforce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NIP: its structure, its agreement with the person, and the serial of a new appointee (ASN-RULES §4). */
class NipTest {
    private static final LocalDate APRIL_7_1998 = LocalDate.of(1998, 4, 7);
    private static final LocalDate TMT_MARCH_2027 = LocalDate.of(2027, 3, 1);

    /** The message key recorded for the NIP, or "valid". */
    private static String verdict(String raw, LocalDate birth, Sex sex, LocalDate firstAppointment) {
        Violations violations = new Violations();
        var nip = Nip.check(raw, birth, sex, firstAppointment, "nip", violations);
        try {
            violations.throwIfAny();
            assertEquals(raw.strip(), nip.orElseThrow().value());
            return "valid";
        } catch (ValidationFailure failure) {
            assertEquals("nip", failure.violations().get(0).field());
            return failure.violations().get(0).messageKey();
        }
    }

    @Test
    @DisplayName("G1: a woman born 1998-04-07, TMT 2027-03-01, first of her prefix gets 199804072027032001; a man "
            + "born the same day with the same TMT gets 199804072027031001")
    void g1FirstSerialPerPrefix() {
        String woman = Nip.prefix(APRIL_7_1998, YearMonth.from(TMT_MARCH_2027), Sex.F);
        String man = Nip.prefix(APRIL_7_1998, YearMonth.from(TMT_MARCH_2027), Sex.M);
        assertEquals("199804072027032001", Nip.firstFree(woman, Set.of()).value());
        assertEquals("199804072027031001", Nip.firstFree(man, Set.of()).value());
    }

    @Test
    @DisplayName("§4: a new appointee gets the lowest serial not yet used for the prefix, gaps first")
    void lowestFreeSerial() {
        String prefix = "199804072027032";
        assertEquals("199804072027032002", Nip.firstFree(prefix, Set.of(1, 3)).value());
        assertEquals("199804072027032004", Nip.firstFree(prefix, Set.of(1, 2, 3)).value());
        Set<Integer> all = IntStream.rangeClosed(1, 999).boxed().collect(Collectors.toSet());
        assertThrows(IllegalStateException.class, () -> Nip.firstFree(prefix, all));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("§4: an imported NIP must agree with birth date, first-appointment month and sex")
    @CsvSource({"199804072027032001, valid", "' 199804072027032001 ', valid", "19980407202703200, nip.length",
            "19980407202703200X, nip.digitsOnly", "199802302027032001, nip.birthDate",
            "199804072027132001, nip.appointmentMonth", "199804072027033001, nip.sexDigit",
            "199804072027032000, nip.serial", "199804082027032001, nip.birthMismatch",
            "199804072027042001, nip.appointmentMismatch", "199804072027031001, nip.sexMismatch"})
    void importedNip(String raw, String expected) {
        assertEquals(expected, verdict(raw, APRIL_7_1998, Sex.F, TMT_MARCH_2027));
    }

    @Test
    @DisplayName("A missing NIP is reported as required; the NIP is masked on public pages")
    void requiredAndMasked() {
        assertEquals("validation.required", verdict(" ", APRIL_7_1998, Sex.F, TMT_MARCH_2027));
        assertEquals("19980407********01", new Nip("199804072027032001").masked());
    }
}
