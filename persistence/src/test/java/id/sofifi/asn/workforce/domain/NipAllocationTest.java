package id.sofifi.asn.workforce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.workforce.domain.NipAllocation.Appointee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** NIPs of a group of new CPNS: lowest free serial per prefix, in registration-number order (ASN-RULES §4). */
class NipAllocationTest {
    private static final LocalDate APRIL_7_1998 = LocalDate.of(1998, 4, 7);
    private static final LocalDate TMT = LocalDate.of(2027, 3, 1);

    private static Map<String, String> allocate(Map<String, Set<Integer>> held, Appointee... appointees) {
        Map<String, String> nips = new LinkedHashMap<>();
        new NipAllocation(TMT, prefix -> held.getOrDefault(prefix, Set.of())).allocate(List.of(appointees))
                .forEach((number, nip) -> nips.put(number, nip.value()));
        return nips;
    }

    @Test
    @DisplayName("§4 G1: a woman born 1998-04-07, TMT 2027-03-01 gets 199804072027032001; a man born the same day "
            + "gets 199804072027031001")
    void caseG1() {
        assertEquals(Map.of("R-1", "199804072027032001", "R-2", "199804072027031001"), allocate(Map.of(),
                new Appointee("R-1", APRIL_7_1998, Sex.F), new Appointee("R-2", APRIL_7_1998, Sex.M)));
    }

    @Test
    @DisplayName("§4: two women of one prefix get 001 and 002 in ascending registration number, whatever order "
            + "they come in")
    void registrationOrder() {
        Map<String, String> nips = allocate(Map.of(), new Appointee("CPNS-2026-0000009", APRIL_7_1998, Sex.F),
                new Appointee("CPNS-2026-0000002", APRIL_7_1998, Sex.F));
        assertEquals(List.of("CPNS-2026-0000002", "CPNS-2026-0000009"), new ArrayList<>(nips.keySet()));
        assertEquals(List.of("199804072027032001", "199804072027032002"), new ArrayList<>(nips.values()));
    }

    @Test
    @DisplayName("§4: when 001 of the prefix is held, the next appointee gets 002; a gap is filled first")
    void heldSerials() {
        assertEquals(Map.of("R-1", "199804072027032002"),
                allocate(Map.of("199804072027032", Set.of(1)), new Appointee("R-1", APRIL_7_1998, Sex.F)));
        assertEquals(Map.of("R-1", "199804072027032002", "R-2", "199804072027032004"),
                allocate(Map.of("199804072027032", Set.of(1, 3)), new Appointee("R-1", APRIL_7_1998, Sex.F),
                        new Appointee("R-2", APRIL_7_1998, Sex.F)));
    }

    @Test
    @DisplayName("§4: the prefix is birth date, TMT month and sex; other birth dates start their own serials")
    void prefixes() {
        LocalDate other = LocalDate.of(1999, 12, 31);
        assertEquals(Map.of("R-1", "199804072027032001", "R-2", "199912312027032001"),
                allocate(Map.of(), new Appointee("R-1", APRIL_7_1998, Sex.F), new Appointee("R-2", other, Sex.F)));
    }
}
