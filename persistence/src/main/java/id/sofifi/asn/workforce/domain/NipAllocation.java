package id.sofifi.asn.workforce.domain;

import id.sofifi.asn.kernel.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pemberian NIP: the NIPs of a group of new CPNS appointed with one TMT (ASN-RULES §4, case G1). Each gets the
 * lowest serial of their prefix that nobody holds, and the serials are handed out in ascending order of
 * registration number, so the same final result and the same existing employees always give the same NIPs.
 * What is held is asked once per prefix; the serials this allocation gives out count as held from then on.
 */
public final class NipAllocation {
    private final YearMonth appointment;
    private final Function<String, Set<Integer>> heldSerials;
    private final Map<String, Set<Integer>> held = new HashMap<>();

    /**
     * @param appointedOn the TMT CPNS, whose month the NIP encodes
     * @param heldSerials the serials already held under a prefix (e.g. {@link EmployeeRepository#usedSerials})
     */
    public NipAllocation(LocalDate appointedOn, Function<String, Set<Integer>> heldSerials) {
        this.appointment = YearMonth.from(appointedOn);
        this.heldSerials = heldSerials;
    }

    /** The NIP of every appointee, keyed and ordered by registration number. */
    public Map<String, Nip> allocate(Collection<Appointee> appointees) {
        Map<String, Nip> nips = new LinkedHashMap<>();
        appointees.stream().sorted(Comparator.comparing(Appointee::registrationNumber))
                .forEach(a -> nips.put(a.registrationNumber(), next(a)));
        return nips;
    }

    private Nip next(Appointee appointee) {
        String prefix = Nip.prefix(appointee.birthDate(), appointment, appointee.sex());
        Set<Integer> taken = held.computeIfAbsent(prefix, p -> new HashSet<>(heldSerials.apply(p)));
        Nip nip = Nip.firstFree(prefix, taken);
        taken.add(nip.serial());
        return nip;
    }

    /** What the NIP of a new appointee is made of, and the registration number that orders them. */
    public record Appointee(String registrationNumber, LocalDate birthDate, Sex sex) {
    }
}
