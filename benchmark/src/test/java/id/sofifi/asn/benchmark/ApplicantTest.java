package id.sofifi.asn.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApplicantTest {

    @Test
    @DisplayName("§1.1: the NIK encodes region (93 + run), birth day (+40 for women), month, year and serial")
    void nikMatchesBirthAndSex() {
        Applicant man = Applicant.of(1234, 1);
        assertEquals(LocalDate.of(1994, 1, 8), man.birthDate());
        assertEquals("9312340801940001", man.nik());
        Applicant woman = Applicant.of(1234, 2);
        assertTrue(woman.female());
        assertEquals(LocalDate.of(1994, 1, 15), woman.birthDate());
        assertEquals("9312345501940002", woman.nik());
    }

    @Test
    @DisplayName("every applicant of a run has a NIK and an e-mail address of its own, matched by the run's pattern")
    void distinct() {
        Set<String> niks = new HashSet<>();
        Set<String> emails = new HashSet<>();
        IntStream.rangeClosed(1, Applicant.MAX).mapToObj(i -> Applicant.of(42, i)).forEach(a -> {
            niks.add(a.nik());
            emails.add(a.email());
            assertTrue(a.email().matches(Applicant.emailPattern(42).replace("%", ".*")), a.email());
            assertTrue(a.birthDate().isAfter(LocalDate.of(1993, 12, 31)) && a.birthDate().getYear() <= 2003);
        });
        assertEquals(Applicant.MAX, niks.size());
        assertEquals(Applicant.MAX, emails.size());
        assertNotEquals(Applicant.of(42, 7).nik(), Applicant.of(43, 7).nik());
    }

    @Test
    @DisplayName("the serial has four digits: applicant 10000 is refused")
    void serialBound() {
        assertThrows(IllegalArgumentException.class, () -> Applicant.of(1, Applicant.MAX + 1));
        assertThrows(IllegalArgumentException.class, () -> Applicant.of(1, 0));
    }
}
